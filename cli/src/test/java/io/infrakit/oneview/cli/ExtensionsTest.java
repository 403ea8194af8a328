package io.infrakit.oneview.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.infrakit.oneview.spi.provider.InstanceProviderFactory;
import io.infrakit.oneview.spi.provider.Providers;
import io.infrakit.oneview.store.StateStoreFactory;
import io.infrakit.oneview.store.StateStores;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.CodeSource;
import java.security.cert.Certificate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtensionsTest {

    private static final ClassLoader OURS = ExtensionsTest.class.getClassLoader();

    @TempDir
    Path tmp;

    @Test
    void aProviderJarInTheFolderIsFoundByNameBesideTheBuiltInOnes() throws IOException {
        Path folder = Files.createDirectory(tmp.resolve("extensions"));
        ProviderJar.write("tiny", folder.resolve("tiny-provider.jar"), tmp.resolve("build"));
        Files.writeString(folder.resolve("README"), "not a jar, ignored");

        Extensions.Loaded loaded = Extensions.load(folder, null, OURS);

        assertThat(loaded.jars()).containsExactly(folder.resolve("tiny-provider.jar"));
        assertThat(loaded.summary()).isEqualTo("1 jar(s) in " + folder + ": tiny-provider.jar");
        InstanceProviderFactory tiny = Providers.named("tiny", loaded.loader());
        assertThat(tiny.getClass().getName()).isEqualTo("com.example.tiny.Factory");
        assertThat(tiny.getClass().getClassLoader()).isSameAs(loaded.loader());
        assertThat(Providers.all(loaded.loader())).extracting(InstanceProviderFactory::name)
                .containsExactly("file", "oneview", "tiny");
        assertThat(StateStores.all(loaded.loader())).extracting(StateStoreFactory::scheme)
                .containsExactly("etcd", "file", "memory");
        assertThatThrownBy(() -> Providers.named("tiny")).hasMessageContaining("no instance provider named 'tiny'");
    }

    @Test
    void jarsAreLoadedInNameOrder() throws IOException {
        Path folder = Files.createDirectory(tmp.resolve("extensions"));
        ProviderJar.write("second", folder.resolve("b.jar"), tmp.resolve("b"));
        ProviderJar.write("first", folder.resolve("a.jar"), tmp.resolve("a"));

        Extensions.Loaded loaded = Extensions.load(folder, null, OURS);

        assertThat(loaded.jars()).containsExactly(folder.resolve("a.jar"), folder.resolve("b.jar"));
        assertThat(Providers.named("first", loaded.loader()).name()).isEqualTo("first");
        assertThat(Providers.named("second", loaded.loader()).name()).isEqualTo("second");
    }

    @Test
    void aMissingDefaultFolderMeansNoExtensionsButAMissingGivenOneIsAnError() {
        Path missing = tmp.resolve("nowhere");

        Extensions.Loaded none = Extensions.load(null, missing, OURS);
        assertThat(none.loader()).isSameAs(OURS);
        assertThat(none.folder()).isNull();
        assertThat(Extensions.load(null, null, OURS).loader()).isSameAs(OURS);

        assertThatThrownBy(() -> Extensions.load(missing, null, OURS)).isInstanceOf(UsageException.class)
                .hasMessage("--extensions: no folder at " + missing);
    }

    @Test
    void anEmptyFolderAddsNothing() throws IOException {
        Path folder = Files.createDirectory(tmp.resolve("extensions"));

        Extensions.Loaded loaded = Extensions.load(null, folder, OURS);

        assertThat(loaded.loader()).isSameAs(OURS);
        assertThat(loaded.summary()).isEqualTo("none in " + folder);
    }

    @Test
    void aFileInsteadOfAFolderOrABrokenJarIsRefusedByName() throws IOException {
        Path file = Files.writeString(tmp.resolve("file"), "x");
        assertThatThrownBy(() -> Extensions.load(file, null, OURS)).isInstanceOf(UsageException.class)
                .hasMessage("--extensions: not a folder: " + file);
        assertThatThrownBy(() -> Extensions.load(null, file, OURS)).isInstanceOf(UsageException.class)
                .hasMessage("--extensions: not a folder: " + file);

        Path folder = Files.createDirectory(tmp.resolve("extensions"));
        Files.writeString(folder.resolve("broken.jar"), "not a zip");
        assertThatThrownBy(() -> Extensions.load(folder, null, OURS)).isInstanceOf(UsageException.class)
                .hasMessageStartingWith("--extensions: " + folder.resolve("broken.jar") + " cannot be read as a jar");
    }

    @Test
    void aFolderOrJarEveryUserCanWriteIsRefused() throws IOException {
        Path folder = Files.createDirectory(tmp.resolve("extensions"));
        Path jar = ProviderJar.write("tiny", folder.resolve("tiny.jar"), tmp.resolve("build"));
        Files.setPosixFilePermissions(jar, PosixFilePermissions.fromString("rw-rw-rw-"));
        assertThatThrownBy(() -> Extensions.load(folder, null, OURS)).isInstanceOf(UsageException.class)
                .hasMessage("--extensions: " + jar + " is writable by every user, and its jars run as the plugin; "
                        + "chmod o-w " + jar);

        Files.setPosixFilePermissions(jar, PosixFilePermissions.fromString("rw-r--r--"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxrwxrwx"));
        assertThatThrownBy(() -> Extensions.load(null, folder, OURS)).isInstanceOf(UsageException.class)
                .hasMessageContaining(folder + " is writable by every user");
    }

    @Test
    void theDefaultIsThePropertyElseExtensionsBesideTheJarElseNone() throws IOException {
        Path jar = Files.createDirectories(tmp.resolve("lib")).resolve("plugin.jar");
        Files.write(jar, new byte[0]);
        CodeSource inJar = new CodeSource(jar.toUri().toURL(), (Certificate[]) null);
        CodeSource inFolder = new CodeSource(tmp.toUri().toURL(), (Certificate[]) null);

        assertThat(Extensions.defaultFolder(null, inJar)).contains(tmp.resolve("lib").resolve("extensions"));
        assertThat(Extensions.defaultFolder("/opt/x/extensions", inJar)).contains(Path.of("/opt/x/extensions"));
        assertThat(Extensions.defaultFolder("", inJar)).contains(tmp.resolve("lib").resolve("extensions"));
        assertThat(Extensions.defaultFolder(null, inFolder)).isEmpty();
        assertThat(Extensions.defaultFolder(null, new CodeSource(new URL("http://example.invalid/a.jar"),
                (Certificate[]) null))).isEmpty();
        assertThat(Extensions.defaultFolder(null, null)).isEmpty();
    }

    @Test
    void thePluginServesAnExtensionProviderAndHelpListsIt() throws IOException {
        Path folder = Files.createDirectory(tmp.resolve("extensions"));
        ProviderJar.write("tiny", folder.resolve("tiny.jar"), tmp.resolve("build"));
        ServeOptions options = new ServeOptions();
        options.provider = "tiny";
        options.extensions = folder;
        options.state = "memory:";
        PluginPaths paths = new PluginPaths(tmp.resolve("home"), tmp.resolve("plugins"));

        PluginRunner.Checked checked = new PluginRunner(options, paths, System.err, Map.of()).check();
        assertThat(checked.factory().name()).isEqualTo("tiny");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = new Main(System.in, new PrintStream(out, true, StandardCharsets.UTF_8), System.err, paths)
                .run(new String[] {"--extensions=" + folder, "--help"});
        assertThat(status).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("tiny (a provider made by a test, from an extension jar)")
                .contains("--extensions");
    }

    @Test
    void aMissingGivenFolderExitsTwoBeforeAnythingIsCreated() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PluginPaths paths = new PluginPaths(tmp.resolve("home"), tmp.resolve("plugins"));
        int status = new Main(System.in, System.out, new PrintStream(err, true, StandardCharsets.UTF_8), paths)
                .run(new String[] {"--provider", "file", "--dir", tmp.resolve("d").toString(),
                    "--extensions", tmp.resolve("nowhere").toString()});
        assertThat(status).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("Error: --extensions: no folder at " + tmp.resolve("nowhere"));
        assertThat(tmp.resolve("plugins")).doesNotExist();
        assertThat(tmp.resolve("d")).doesNotExist();
    }
}
