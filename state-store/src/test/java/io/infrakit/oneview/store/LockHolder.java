package io.infrakit.oneview.store;

import java.nio.file.Path;

/** Run in a separate JVM by {@link FileStateStoreTest}: opens a store, says so, and holds it until stdin closes. */
public final class LockHolder {

    private LockHolder() {
    }

    public static void main(String[] args) throws Exception {
        try (FileStateStore store = FileStateStore.open(Path.of(args[0]))) {
            System.out.println("locked " + store.location());
            System.out.flush();
            while (System.in.read() != -1) {
                // hold the lock until the parent closes our stdin
            }
        }
    }
}
