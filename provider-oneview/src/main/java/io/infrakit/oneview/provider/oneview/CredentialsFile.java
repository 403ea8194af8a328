package io.infrakit.oneview.provider.oneview;

import io.infrakit.oneview.client.Secret;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a credentials file: Java properties format with the keys {@code address}, {@code username},
 * {@code password} and {@code login-domain}, each optional. A file others can read (file mode and folder allow it)
 * is used, with a warning.
 *
 * <pre>
 * address=oneview.example.com
 * username=infrakit
 * password=s3cret
 * </pre>
 */
final class CredentialsFile {

    private static final Logger LOG = LoggerFactory.getLogger(CredentialsFile.class);
    private static final Set<String> KEYS = Set.of("address", "username", "password", "login-domain");

    private CredentialsFile() {
    }

    /**
     * @param file  the file
     * @param where what named the file, for messages (e.g. {@code the setting credentials-file})
     * @return what the file holds
     * @throws IllegalArgumentException when the file cannot be read or has unknown keys; the message names the
     *                                  file and {@code where}, never a value
     */
    static PartialCredentials read(Path file, String where) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException(where + ": cannot read the credentials file " + file + ": "
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage()));
        }
        Set<String> unknown = new TreeSet<>(p.stringPropertyNames());
        unknown.removeAll(KEYS);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException(where + ": the credentials file " + file + " has unknown keys "
                    + unknown + "; known keys: address, username, password, login-domain");
        }
        warnIfReadableByOthers(file);
        String password = p.getProperty("password");
        return new PartialCredentials(p.getProperty("address"), p.getProperty("username"),
                password == null ? null : Secret.of(password), p.getProperty("login-domain"));
    }

    /**
     * Reads a file holding only a password (one line; the trailing line break is dropped).
     *
     * @param file  the file
     * @param where what named the file, for messages
     * @return the password
     * @throws IllegalArgumentException when the file cannot be read or is empty
     */
    static Secret readPassword(Path file, String where) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException(where + ": cannot read the password file " + file + ": "
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage()));
        }
        int end = text.length();
        while (end > 0 && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        if (end == 0) {
            throw new IllegalArgumentException(where + ": the password file " + file + " is empty");
        }
        warnIfReadableByOthers(file);
        return Secret.of(text.substring(0, end));
    }

    private static void warnIfReadableByOthers(Path file) {
        try {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
            Path parent = file.toAbsolutePath().getParent();
            Set<PosixFilePermission> dir = parent == null ? Set.of() : Files.getPosixFilePermissions(parent);
            boolean others = perms.contains(PosixFilePermission.OTHERS_READ)
                    && dir.contains(PosixFilePermission.OTHERS_EXECUTE);
            boolean group = perms.contains(PosixFilePermission.GROUP_READ)
                    && dir.contains(PosixFilePermission.GROUP_EXECUTE);
            if (others || group) {
                LOG.warn("The credentials file {} can be read by other users; chmod 600 it", file);
            }
        } catch (IOException | UnsupportedOperationException e) {
            LOG.debug("Cannot check the permissions of {}", file, e);
        }
    }
}
