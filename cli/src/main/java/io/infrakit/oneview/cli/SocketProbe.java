package io.infrakit.oneview.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.infrakit.oneview.pluginclient.PluginCallException;
import io.infrakit.oneview.pluginclient.PluginClient;
import io.infrakit.oneview.spi.RawJson;
import io.infrakit.oneview.spi.provider.DoctorCheck;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@code doctor}'s checks of the plugins directory and the plugin's socket: whether the plugin can create its socket,
 * and, when something listens there, which InfraKit handshakes it answers (so which InfraKit releases can use it).
 */
final class SocketProbe {

    /** How long a plugin on the socket may take to answer the handshakes. */
    static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(5);

    /** A handshake method, the InfraKit releases that call it, and how to read the API versions it answers. */
    private record Handshake(String method, String releases) {
    }

    private static final List<Handshake> HANDSHAKES = List.of(
            new Handshake("Handshake.Hello", "InfraKit HEAD"),
            new Handshake("Handshake.Implements", "InfraKit v0.3 to v0.5, until Nov 2017"),
            new Handshake("Plugin.Implements", "InfraKit v0.1 and v0.2"));

    private SocketProbe() {
    }

    static DoctorCheck pluginsDirectory(Path dir) {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            Path parent = dir.toAbsolutePath().getParent();
            while (parent != null && !Files.exists(parent)) {
                parent = parent.getParent();
            }
            if (parent != null && !Files.isWritable(parent)) {
                return DoctorCheck.fail("plugins.directory", null, dir + " does not exist and cannot be created ("
                        + parent + " is not writable by this user)", "create " + dir + " (mode 700) for this user, "
                        + "or point $INFRAKIT_PLUGINS_DIR (or $INFRAKIT_HOME) where InfraKit looks for plugins");
            }
            return DoctorCheck.pass("plugins.directory", null, dir + " does not exist yet; the plugin creates it "
                    + "(mode 700) at start");
        }
        if (!Files.isDirectory(dir)) {
            return DoctorCheck.fail("plugins.directory", null, dir + " is not a folder", "remove it, or point "
                    + "$INFRAKIT_PLUGINS_DIR (or $INFRAKIT_HOME) at InfraKit's plugins folder");
        }
        if (!Files.isWritable(dir) || !Files.isExecutable(dir)) {
            return DoctorCheck.fail("plugins.directory", null, "the plugin cannot create its socket in " + dir
                    + ": the folder is not writable by this user", "run the plugin as the folder's owner, or give "
                    + "this user write access to " + dir);
        }
        return DoctorCheck.pass("plugins.directory", null, dir + " is writable (" + mode(dir) + ")");
    }

    private static String mode(Path dir) {
        try {
            return "mode " + PosixFilePermissions.toString(Files.getPosixFilePermissions(dir));
        } catch (IOException | UnsupportedOperationException e) {
            return "mode unknown";
        }
    }

    /**
     * @param socket  the plugin's socket
     * @param pidFile the pid file beside it
     * @param type    the sub-plugin type of {@code --name}, or {@code ""}
     * @return the finding, and the pid of the plugin answering there
     */
    static Found socket(Path socket, Path pidFile, String type) {
        if (!Files.exists(socket, LinkOption.NOFOLLOW_LINKS)) {
            return new Found(DoctorCheck.pass("plugins.socket", null, "no plugin listens on " + socket
                    + "; the plugin can bind it"), OptionalLong.empty());
        }
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(socket, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return new Found(DoctorCheck.fail("plugins.socket", null, "cannot look at " + socket + ": " + e,
                    "check the permissions of the plugins directory"), OptionalLong.empty());
        }
        if (!attributes.isOther()) {
            return new Found(DoctorCheck.fail("plugins.socket", null, socket + " exists and is not a socket: the "
                    + "plugin refuses to start", "remove it, or choose another --name"), OptionalLong.empty());
        }
        if (!SocketGuard.answers(socket)) {
            return new Found(DoctorCheck.pass("plugins.socket", null, socket + " is a stale socket (nothing answers); "
                    + "the plugin removes it at start"), OptionalLong.empty());
        }
        List<String> served = handshakes(socket, type);
        OptionalLong pid = readPid(pidFile);
        if (served.isEmpty()) {
            return new Found(DoctorCheck.fail("plugins.socket", null, "something listens on " + socket + " but "
                    + "answers no InfraKit handshake within " + ANSWER_TIMEOUT.toSeconds() + " s", "stop what listens "
                    + "there (see " + pidFile + "), or choose another --name"), OptionalLong.empty());
        }
        return new Found(DoctorCheck.pass("plugins.socket", null, "a plugin answers on " + socket
                + (pid.isPresent() ? " (pid " + pid.getAsLong() + ")" : "") + ": " + String.join("; ", served)),
                pid);
    }

    /**
     * @param check the finding
     * @param pid   the pid of the plugin answering on the socket, when one does and wrote its pid file
     */
    record Found(DoctorCheck check, OptionalLong pid) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Calls each handshake on one connection, bounded by {@link #ANSWER_TIMEOUT} in all. */
    private static List<String> handshakes(Path socket, String type) {
        ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "doctor-socket");
            t.setDaemon(true);
            return t;
        });
        PluginClient client = PluginClient.of(socket, type);
        try {
            Future<List<String>> answers = worker.submit(() -> {
                List<String> served = new ArrayList<>();
                for (Handshake h : HANDSHAKES) {
                    try {
                        Set<String> apis = apis(JSON.readTree(client.call(h.method(), RawJson.EMPTY_OBJECT).json()));
                        if (!apis.isEmpty()) {
                            served.add(h.method() + " " + String.join(", ", apis) + " (" + h.releases() + ")");
                        }
                    } catch (PluginCallException e) {
                        if (e.getCause() instanceof IOException) {
                            break;
                        }
                    }
                }
                return served;
            });
            return answers.get(ANSWER_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            return List.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        } finally {
            client.close();
            worker.shutdownNow();
        }
    }

    /** The API versions of a handshake answer: the keys of {@code Objects}, or {@code APIs[].Name/Version}. */
    private static Set<String> apis(JsonNode result) {
        Set<String> apis = new LinkedHashSet<>();
        result.path("Objects").fieldNames().forEachRemaining(apis::add);
        for (JsonNode api : result.path("APIs")) {
            if (api.hasNonNull("Name") && api.hasNonNull("Version")) {
                apis.add(api.get("Name").asText() + "/" + api.get("Version").asText());
            }
        }
        return apis;
    }

    private static OptionalLong readPid(Path pidFile) {
        try {
            String text = Files.readString(pidFile, StandardCharsets.US_ASCII).strip();
            return text.matches("[0-9]{1,12}") ? OptionalLong.of(Long.parseLong(text)) : OptionalLong.empty();
        } catch (IOException e) {
            return OptionalLong.empty();
        }
    }
}
