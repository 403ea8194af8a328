package io.infrakit.oneview.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.infrakit.oneview.pluginclient.PluginClient;
import io.infrakit.oneview.spi.Description;
import io.infrakit.oneview.spi.RawJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The distribution {@code ./mvnw package} makes: the tar.gz holds one folder with the launcher, the jar, the log
 * configuration and an extensions folder, and its launcher serves the plugin with them. Runs after {@code package}
 * (failsafe), on the archive the build made.
 */
class DistributionIT {

    private Path root;
    private Path home;

    @BeforeEach
    void setUp() throws Exception {
        Path tarball = Path.of(System.getProperty("distribution.tar.gz",
                "target/infrakit-instance-oneview-" + System.getProperty("project.version", "") + ".tar.gz"));
        assertThat(tarball).as("the distribution (run by failsafe after package)").isRegularFile();
        root = Files.createTempDirectory(Path.of("/tmp"), "ikd");
        Process tar = new ProcessBuilder("tar", "-xzf", tarball.toAbsolutePath().toString(), "-C", root.toString())
                .redirectErrorStream(true).start();
        String output = new String(tar.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(tar.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(tar.exitValue()).as(output).isZero();
        try (Stream<Path> top = Files.list(root)) {
            List<Path> folders = top.toList();
            assertThat(folders).as("one top folder").hasSize(1);
            home = folders.get(0);
        }
    }

    @AfterEach
    void tearDown() throws IOException {
        try (var files = Files.walk(root)) {
            files.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void theArchiveHoldsTheLauncherTheJarTheConfigurationAndAnExtensionsFolder() throws IOException {
        assertThat(home.getFileName().toString()).startsWith("infrakit-instance-oneview-");
        assertThat(Files.getPosixFilePermissions(home.resolve("bin/infrakit-instance-oneview")))
                .contains(PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OTHERS_EXECUTE);
        assertThat(home.resolve("lib/infrakit-instance-oneview.jar")).isRegularFile();
        assertThat(home.resolve("conf/log4j2.xml")).hasSameTextualContentAs(Path.of("src/main/resources/log4j2.xml"));
        assertThat(Files.getPosixFilePermissions(home.resolve("conf/environment")))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        assertThat(home.resolve("extensions/README")).isRegularFile();
        assertThat(home.resolve("systemd/infrakit-instance-oneview.service")).content()
                .contains("SuccessExitStatus=143", "User=infrakit", "EnvironmentFile=");
        assertThat(home.resolve("examples/plugins.json")).content().contains("\"Plugin\" : \"instance-oneview\"");
    }

    @Test
    void theLauncherServesProvidersOfItsExtensionsFolderWithItsLogConfiguration() throws Exception {
        ProviderJar.write("tiny", home.resolve("extensions/tiny-provider.jar"), root.resolve("build"));
        Path log4j = home.resolve("conf/log4j2.xml");
        Files.writeString(log4j, Files.readString(log4j).replace("pattern=\"", "pattern=\"FROM-CONF "));
        Map<String, String> env = environment();
        env.put("INFRAKIT_ONEVIEW_CDS", "off");

        try (PluginProcess plugin = PluginProcess.run(List.of(launcher(), "--name", "dist", "--provider", "tiny",
                "--state", "memory:"), env)) {
            assertThat(plugin.lines()).filteredOn(l -> l.contains("Listening on"))
                    .allMatch(l -> l.startsWith("FROM-CONF "));
            assertThat(plugin.log()).contains("Extensions: 1 jar(s) in " + home.resolve("extensions").toRealPath());
            try (PluginClient client = PluginClient.of(plugin.socket())) {
                String id = client.provision(RawJson.of("{\"Properties\":{},\"Tags\":{\"infrakit.group\":\"d\"}}"));
                List<Description> described = client.describeInstances(Map.of(), true);
                assertThat(described).extracting(Description::id).containsExactly(id);
                assertThat(described.get(0).properties().json()).contains("\"madeBy\":\"tiny\"");
            }
            plugin.stop();
        }
        assertThat(home.resolve("cds")).as("no archive with INFRAKIT_ONEVIEW_CDS=off").doesNotExist();
    }

    @Test
    void aStartOfThePluginMakesTheClassDataArchiveForThisJavaAndACommandDoesNot() throws Exception {
        Path cds = root.resolve("cds");
        Map<String, String> env = environment();
        env.put("INFRAKIT_ONEVIEW_CDS_DIR", cds.toString());

        Process version = start(env, "version");
        assertThat(version.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(new String(version.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                .startsWith("HPE OneView Instance Plugin for InfraKit, version ");
        assertThat(cds).as("a command makes no archive").doesNotExist();

        try (PluginProcess plugin = PluginProcess.run(List.of(launcher(), "--name", "cdsp", "--provider", "file",
                "--state", "memory:", "--dir", root.resolve("instances").toString()), env)) {
            plugin.stop();
        }
        assertThat(cds.resolve("infrakit-instance-oneview.jsa")).isNotEmptyFile();
        assertThat(cds.resolve("infrakit-instance-oneview.jsa.stamp")).content()
                .contains(home.resolve("lib/infrakit-instance-oneview.jar").toRealPath().toString());
        try (Stream<Path> left = Files.list(cds)) {
            assertThat(left).as("no partial archive left").hasSize(2);
        }

        // A stale stamp (another Java, another jar) is never given to the JVM: the next start makes a new archive.
        Files.writeString(cds.resolve("infrakit-instance-oneview.jsa.stamp"), "made by another Java\n");
        try (PluginProcess plugin = PluginProcess.run(List.of(launcher(), "--name", "cdsp", "--provider", "file",
                "--state", "memory:", "--dir", root.resolve("instances").toString()), env)) {
            assertThat(plugin.log()).contains("making the class-data archive");
            plugin.stop();
        }
        assertThat(cds.resolve("infrakit-instance-oneview.jsa.stamp")).content()
                .doesNotContain("made by another Java");
    }

    private String launcher() {
        return home.resolve("bin/infrakit-instance-oneview").toString();
    }

    private Process start(Map<String, String> env, String... args) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(Stream.concat(Stream.of(launcher()), Stream.of(args)).toList())
                .redirectErrorStream(true);
        builder.environment().putAll(env);
        return builder.start();
    }

    private Map<String, String> environment() {
        Map<String, String> env = new HashMap<>();
        env.put("INFRAKIT_PLUGINS_DIR", root.resolve("plugins").toString());
        env.put("JAVA_HOME", System.getProperty("java.home"));
        return env;
    }
}
