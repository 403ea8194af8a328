package io.infrakit.oneview.store;

import java.nio.file.Path;

/**
 * Run in a separate JVM by {@link FileStateStoreTest}: commits records {@code k0, k1, ...} as fast as it can and
 * prints {@code acked N} after commit N returned, until it is killed.
 */
public final class LogWriter {

    private LogWriter() {
    }

    public static void main(String[] args) {
        try (FileStateStore store = FileStateStore.open(Path.of(args[0]))) {
            int n = store.load().records().size();
            String value = "x".repeat(Integer.parseInt(args[1]));
            for (; ; n++) {
                store.commit(Commit.of(Write.put("k" + n, value + n, Expect.absent())));
                System.out.println("acked " + n);
                System.out.flush();
            }
        }
    }
}
