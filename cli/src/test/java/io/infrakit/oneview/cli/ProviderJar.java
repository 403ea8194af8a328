package io.infrakit.oneview.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * A third-party provider jar made at test time, as a provider author would make one: a factory and a provider
 * compiled against the SPI (this test's class path), a {@code META-INF/services} file naming the factory, in a jar.
 * The provider, named as asked, keeps its machines in memory and describes each with {@code {"madeBy":NAME}}, so a
 * test can tell that it, and no built-in provider, served a call.
 */
final class ProviderJar {

    private ProviderJar() {
    }

    /**
     * @param name    the provider's name ({@code --provider}); a Java identifier in lower case
     * @param jar     the jar to write
     * @param scratch a folder for sources and classes
     * @return the jar
     */
    static Path write(String name, Path jar, Path scratch) throws IOException {
        String pkg = "com.example." + name;
        String factory = pkg + ".Factory";
        Path sources = Files.createDirectories(scratch.resolve("src").resolve(pkg.replace('.', '/')));
        Files.writeString(sources.resolve("Factory.java"), """
                package %1$s;

                import io.infrakit.oneview.spi.provider.InstanceProvider;
                import io.infrakit.oneview.spi.provider.InstanceProviderFactory;
                import io.infrakit.oneview.spi.provider.ProviderContext;

                public final class Factory implements InstanceProviderFactory {
                    public Factory() {
                    }

                    @Override
                    public String name() {
                        return "%2$s";
                    }

                    @Override
                    public String description() {
                        return "a provider made by a test, from an extension jar";
                    }

                    @Override
                    public InstanceProvider create(ProviderContext context) {
                        return new Provider();
                    }
                }
                """.formatted(pkg, name));
        Files.writeString(sources.resolve("Provider.java"), """
                package %1$s;

                import io.infrakit.oneview.spi.DestroyContext;
                import io.infrakit.oneview.spi.RawJson;
                import io.infrakit.oneview.spi.provider.InstanceProvider;
                import io.infrakit.oneview.spi.provider.Machine;
                import io.infrakit.oneview.spi.provider.MachineStatus;
                import io.infrakit.oneview.spi.provider.ProvisionRequest;
                import io.infrakit.oneview.spi.provider.Recovery;
                import io.infrakit.oneview.spi.provider.UnfinishedProvision;
                import java.util.HashMap;
                import java.util.List;
                import java.util.Map;
                import java.util.Set;
                import java.util.concurrent.ConcurrentHashMap;

                final class Provider implements InstanceProvider {
                    private final Set<String> made = ConcurrentHashMap.newKeySet();

                    @Override
                    public void validate(RawJson properties) {
                    }

                    @Override
                    public Machine provision(ProvisionRequest request) {
                        made.add(request.instanceId());
                        return new Machine(request.instanceId(), RawJson.EMPTY_OBJECT);
                    }

                    @Override
                    public void destroy(Machine machine, DestroyContext context) {
                        made.remove(machine.instanceId());
                    }

                    @Override
                    public Map<String, MachineStatus> health(List<Machine> machines) {
                        Map<String, MachineStatus> health = new HashMap<>();
                        for (Machine machine : machines) {
                            health.put(machine.instanceId(), made.contains(machine.instanceId())
                                    ? MachineStatus.functional(RawJson.of("{\\"madeBy\\":\\"%2$s\\"}"))
                                    : MachineStatus.gone("not made by this process"));
                        }
                        return health;
                    }

                    @Override
                    public List<Recovery> recover(List<UnfinishedProvision> unfinished) {
                        return unfinished.stream().map(u -> Recovery.cleanedUp(u.instanceId(), "nothing made")).toList();
                    }
                }
                """.formatted(pkg, name));
        Path classes = Files.createDirectories(scratch.resolve("classes"));
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        StringWriter diagnostics = new StringWriter();
        List<String> options = List.of("--release", "17", "-classpath", System.getProperty("java.class.path"),
                "-d", classes.toString());
        List<String> files;
        try (Stream<Path> found = Files.list(sources)) {
            files = found.map(Path::toString).sorted().toList();
        }
        boolean compiled = compiler.getTask(diagnostics, null, null, options, null,
                compiler.getStandardFileManager(null, null, StandardCharsets.UTF_8).getJavaFileObjectsFromStrings(files))
                .call();
        if (!compiled) {
            throw new AssertionError("the test provider does not compile:\n" + diagnostics);
        }
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
            out.putNextEntry(new JarEntry("META-INF/services/io.infrakit.oneview.spi.provider.InstanceProviderFactory"));
            out.write((factory + "\n").getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
            List<Path> compiledClasses;
            try (Stream<Path> walk = Files.walk(classes)) {
                compiledClasses = walk.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path c : compiledClasses) {
                out.putNextEntry(new JarEntry(classes.relativize(c).toString().replace('\\', '/')));
                out.write(Files.readAllBytes(c));
                out.closeEntry();
            }
        }
        return jar;
    }
}
