package io.infrakit.oneview.store.etcd;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** The etcd user's password, read from a file or an environment variable; its {@code toString} never shows it. */
final class EtcdPassword {

    private final String value;

    private EtcdPassword(String value) {
        this.value = value;
    }

    static EtcdPassword fromFile(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the etcd password file " + file + ": " + e);
        }
        String password = text.strip();
        if (password.isEmpty()) {
            throw new IllegalArgumentException("the etcd password file " + file + " is empty");
        }
        return new EtcdPassword(password);
    }

    static EtcdPassword fromEnvironment(String variable, Map<String, String> environment) {
        String password = environment.get(variable);
        if (password == null || password.isEmpty()) {
            throw new IllegalArgumentException("the environment variable " + variable + " that should hold the etcd "
                    + "password is not set");
        }
        return new EtcdPassword(password);
    }

    String reveal() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EtcdPassword p && p.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return "EtcdPassword[****]";
    }
}
