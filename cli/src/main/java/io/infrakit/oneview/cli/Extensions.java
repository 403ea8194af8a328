package io.infrakit.oneview.cli;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarFile;

/**
 * The folder of {@code --extensions}: every {@code *.jar} in it is put in a class loader, child of the plugin's own,
 * that the {@code ServiceLoader} lookups of instance providers and state stores search. {@code java -jar} ignores
 * the class path, so this folder is how a third-party provider or store is added to the plugin.
 *
 * <p>The default folder is {@code extensions/} beside the running jar (the launcher of the distribution names its
 * own through the system property {@value #DEFAULT_PROPERTY}); a missing default folder means no extensions, a
 * missing folder given with {@code --extensions} is an error. Since the jars run as the plugin, a folder or jar that
 * other users can write to is refused.
 */
final class Extensions {

    /** The system property that, when set, replaces the folder beside the jar as the default. */
    static final String DEFAULT_PROPERTY = "infrakit.oneview.extensions";

    /**
     * What was loaded.
     *
     * @param folder the folder searched, or null when there was none
     * @param jars   the jars found in it, sorted by name
     * @param loader the class loader to search: the parent itself when there is no jar
     */
    record Loaded(Path folder, List<Path> jars, ClassLoader loader) {
        Loaded {
            jars = List.copyOf(jars);
        }

        /** @return one line for the log */
        String summary() {
            if (folder == null) {
                return "none (no extensions folder beside the jar)";
            }
            return jars.isEmpty() ? "none in " + folder : jars.size() + " jar(s) in " + folder + ": "
                    + String.join(", ", jars.stream().map(j -> j.getFileName().toString()).toList());
        }
    }

    private Extensions() {
    }

    /**
     * @param given      the folder of {@code --extensions}, or null
     * @param byDefault  the default folder, or null when there is none
     * @param parent     the plugin's own class loader
     * @return the loader over the folder's jars
     * @throws UsageException when the given folder is missing or not a folder, when a jar cannot be read as one, or
     *                        when the folder or a jar is writable by other users
     */
    static Loaded load(Path given, Path byDefault, ClassLoader parent) {
        Path folder = given != null ? given : byDefault;
        if (folder == null || (given == null && !Files.exists(folder))) {
            return new Loaded(null, List.of(), parent);
        }
        if (!Files.isDirectory(folder)) {
            throw new UsageException("--extensions: " + (Files.exists(folder) ? "not a folder: " : "no folder at ")
                    + folder);
        }
        refuseForeignWriters(folder);
        List<Path> jars = new ArrayList<>();
        try (DirectoryStream<Path> found = Files.newDirectoryStream(folder, "*.jar")) {
            for (Path jar : found) {
                if (Files.isRegularFile(jar)) {
                    jars.add(jar);
                }
            }
        } catch (IOException e) {
            throw new UsageException("--extensions: cannot list " + folder + ": " + e.getMessage());
        }
        jars.sort(null);
        if (jars.isEmpty()) {
            return new Loaded(folder, jars, parent);
        }
        URL[] urls = new URL[jars.size()];
        for (int i = 0; i < urls.length; i++) {
            Path jar = jars.get(i);
            refuseForeignWriters(jar);
            try (JarFile ignored = new JarFile(jar.toFile())) {
                urls[i] = jar.toUri().toURL();
            } catch (MalformedURLException e) {
                throw new IllegalStateException(e);
            } catch (IOException e) {
                throw new UsageException("--extensions: " + jar + " cannot be read as a jar: " + e.getMessage());
            }
        }
        return new Loaded(folder, jars, new URLClassLoader("extensions", urls, parent));
    }

    /**
     * @param property the value of {@value #DEFAULT_PROPERTY}, or null
     * @param codeSource where the plugin's classes come from
     * @return the default folder: the property's, else {@code extensions/} beside the jar; empty when the classes
     *         are not in a jar (tests, an IDE) and the property is not set
     */
    static Optional<Path> defaultFolder(String property, CodeSource codeSource) {
        if (property != null && !property.isBlank()) {
            return Optional.of(Path.of(property));
        }
        if (codeSource == null || codeSource.getLocation() == null) {
            return Optional.empty();
        }
        try {
            Path location = Path.of(codeSource.getLocation().toURI());
            if (Files.isRegularFile(location) && location.getFileName().toString().endsWith(".jar")) {
                return Optional.of(location.toAbsolutePath().getParent().resolve("extensions"));
            }
        } catch (URISyntaxException | IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** @return the default folder of this process */
    static Path processDefault() {
        return defaultFolder(System.getProperty(DEFAULT_PROPERTY), Extensions.class.getProtectionDomain()
                .getCodeSource()).orElse(null);
    }

    private static void refuseForeignWriters(Path path) {
        PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class);
        if (view == null) {
            return;
        }
        try {
            var permissions = view.readAttributes().permissions();
            if (permissions.contains(PosixFilePermission.OTHERS_WRITE)) {
                throw new UsageException("--extensions: " + path + " is writable by every user, and its jars run "
                        + "as the plugin; chmod o-w " + path);
            }
        } catch (IOException e) {
            throw new UsageException("--extensions: cannot read the permissions of " + path + ": " + e.getMessage());
        }
    }
}
