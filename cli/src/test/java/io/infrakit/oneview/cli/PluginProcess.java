package io.infrakit.oneview.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The plugin as a process of its own (the CLI's {@code Main} on this test's class path, what the jar runs), so that
 * a test can {@code kill -9} it. Its log goes to a temporary file, outside the folders under test.
 */
final class PluginProcess implements AutoCloseable {

    private final Process process;
    private final Path socket;
    private final Path log;
    private final Thread drain;

    private PluginProcess(Process process, Path socket, Path log, Thread drain) {
        this.process = process;
        this.socket = socket;
        this.log = log;
        this.drain = drain;
    }

    /**
     * Starts the plugin and returns once it listens.
     *
     * @param pluginsDir  its plugins folder ({@code INFRAKIT_PLUGINS_DIR})
     * @param name        {@code --name}
     * @param environment more environment variables
     * @param args        more flags
     * @return the running plugin
     * @throws IOException    when it cannot be started
     * @throws AssertionError when it exits before it listens (with its log)
     */
    static PluginProcess start(Path pluginsDir, String name, Map<String, String> environment, String... args)
            throws IOException {
        List<String> flags = new ArrayList<>(List.of("--name", name));
        flags.addAll(List.of(args));
        Map<String, String> env = new HashMap<>(environment);
        env.putIfAbsent("INFRAKIT_PLUGINS_DIR", pluginsDir.toString());
        return launch(false, pluginsDir, name, env, flags);
    }

    /**
     * Starts the plugin with exactly the given flags and returns once it listens.
     *
     * @param umask000    run it under {@code umask 000}, where every file created without an explicit mode is
     *                    world-writable
     * @param environment variables to add; {@code INFRAKIT_PLUGINS_DIR} among them
     * @param args        the command line
     * @return the running plugin
     * @throws IOException when it cannot be started
     */
    static PluginProcess start(boolean umask000, Map<String, String> environment, String... args)
            throws IOException {
        Path pluginsDir = Path.of(environment.get("INFRAKIT_PLUGINS_DIR"));
        List<String> flags = List.of(args);
        int nameAt = flags.indexOf("--name");
        String name = nameAt >= 0 ? flags.get(nameAt + 1) : "instance-oneview";
        return launch(umask000, pluginsDir, name, environment, flags);
    }

    /**
     * Starts a command that runs the plugin (the packaged jar, the launcher) and returns once it listens.
     *
     * @param command     the program and its arguments, the plugin's flags among them ({@code --name} if not the
     *                    default)
     * @param environment variables to add; {@code INFRAKIT_PLUGINS_DIR} among them
     * @return the running plugin
     * @throws IOException when it cannot be started
     */
    static PluginProcess run(List<String> command, Map<String, String> environment) throws IOException {
        Path pluginsDir = Path.of(environment.get("INFRAKIT_PLUGINS_DIR"));
        int nameAt = command.indexOf("--name");
        String name = nameAt >= 0 ? command.get(nameAt + 1) : "instance-oneview";
        return launch(pluginsDir, name, environment, command);
    }

    /** @return the command that runs {@code java -jar JAR} with this JVM's java */
    static List<String> javaJar(Path jar) {
        return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-jar", jar.toString());
    }

    private static PluginProcess launch(boolean umask000, Path pluginsDir, String name,
            Map<String, String> environment, List<String> args) throws IOException {
        List<String> command = new ArrayList<>();
        if (umask000) {
            command.addAll(List.of("/bin/sh", "-c", "umask 000 && exec \"$0\" \"$@\""));
        }
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(args);
        return launch(pluginsDir, name, environment, command);
    }

    private static PluginProcess launch(Path pluginsDir, String name, Map<String, String> environment,
            List<String> command) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("OV_ADDRESS");
        builder.environment().putAll(environment);
        Path log = Files.createTempFile("plugin-" + name + "-", ".log");
        log.toFile().deleteOnExit();
        Process process = builder.start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            seen.append(line).append('\n');
            if (line.contains("Listening on")) {
                Files.writeString(log, seen);
                Thread drain = new Thread(() -> {
                    try (var append = Files.newBufferedWriter(log, StandardCharsets.UTF_8,
                            java.nio.file.StandardOpenOption.APPEND)) {
                        for (String l = out.readLine(); l != null; l = out.readLine()) {
                            append.write(l);
                            append.newLine();
                            append.flush();
                        }
                    } catch (IOException e) {
                        // the process died
                    }
                }, "plugin-log-" + name);
                drain.setDaemon(true);
                drain.start();
                return new PluginProcess(process, pluginsDir.resolve(name), log, drain);
            }
        }
        throw new AssertionError("the plugin exited before listening:\n" + seen);
    }

    Path socket() {
        return socket;
    }

    /** @return the lines it logged so far; after {@link #close()} or {@link #kill()}, every line it wrote */
    List<String> lines() throws IOException {
        return log().lines().toList();
    }

    /** @return what it logged so far */
    String log() throws IOException {
        return Files.readString(log, StandardCharsets.UTF_8);
    }

    /** {@code kill -9}: nothing of it runs after this returns. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
        drain.join(10_000);
    }

    /** SIGTERM, and waits for the clean stop. */
    void stop() throws InterruptedException {
        process.destroy();
        process.waitFor(60, TimeUnit.SECONDS);
        drain.join(10_000);
    }

    @Override
    public void close() {
        try {
            kill();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
