package io.infrakit.oneview.provider.file;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.infrakit.oneview.spi.DestroyContext;
import io.infrakit.oneview.spi.InstancePluginException;
import io.infrakit.oneview.spi.InvalidPropertiesException;
import io.infrakit.oneview.spi.RawJson;
import io.infrakit.oneview.spi.provider.InstanceIdConflictException;
import io.infrakit.oneview.spi.provider.FoundMachine;
import io.infrakit.oneview.spi.provider.InstanceProvider;
import io.infrakit.oneview.spi.provider.MachineDiscovery;
import io.infrakit.oneview.spi.provider.Machine;
import io.infrakit.oneview.spi.provider.MachineStatus;
import io.infrakit.oneview.spi.provider.ProvisionRequest;
import io.infrakit.oneview.spi.provider.Recovery;
import io.infrakit.oneview.spi.provider.UnfinishedProvision;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The reference provider: each instance is a file named by its instance ID in one folder, holding the spec.
 * Deleting the file is the machine failing ({@link MachineStatus.Health#GONE}); putting it back is recovery.
 *
 * <ul>
 *   <li>{@link #validate}: {@code Properties} must be a JSON object or null.</li>
 *   <li>{@link #provision}: writes the file crash-safe and create-new ({@link InstanceFileWriter}); a file that
 *       already exists (another process chose the same ID) gives {@link InstanceIdConflictException}, and the
 *       engine picks another ID. The machine data is {@code {"File":"<absolute path>"}}.</li>
 *   <li>{@link #destroy}: deletes the file; a file already missing is fine (logged).</li>
 *   <li>{@link #health}: a file that exists is {@code FUNCTIONAL}, a missing one {@code GONE}.</li>
 *   <li>{@link #recover}: a file that exists is complete and adopted; partly written ones are deleted.</li>
 *   <li>{@link #findMachines}: every instance file in the folder, with the ID, tags and logical ID it records.</li>
 *   <li>{@link #tagsChanged}: rewrites the file's top-level {@code Tags} (not {@code Spec.Tags}), crash-safe, like
 *       InfraKit's file plugin does on Label. Destroy and tag rewrites are serialised, so a destroyed instance's
 *       file is never written back.</li>
 * </ul>
 */
public final class FileInstanceProvider implements InstanceProvider, MachineDiscovery {

    private static final Logger LOG = LoggerFactory.getLogger(FileInstanceProvider.class);
    private static final JsonFactory JSON = JsonFactory.builder().build();

    private static final int MAX_CACHED = 100_000;

    private final Path dir;
    /** Machine data to the file it records, parsed once. */
    private final Map<RawJson, Path> files = new ConcurrentHashMap<>();

    /**
     * @param dir the instance folder; created (with its parents, owner-only) if missing
     * @throws InstancePluginException when the folder cannot be created
     */
    public FileInstanceProvider(Path dir) {
        this.dir = Objects.requireNonNull(dir, "dir").toAbsolutePath().normalize();
        try {
            InstanceFileWriter.createDirectories(this.dir);
        } catch (IOException e) {
            throw new InstancePluginException("cannot create the instance folder " + this.dir + ": " + e);
        }
    }

    /** @return the instance folder */
    public Path directory() {
        return dir;
    }

    @Override
    public void validate(RawJson properties) {
        if (properties == null || properties.isNull() || properties.isObject()) {
            return;
        }
        throw new InvalidPropertiesException("Properties must be a JSON object or null, not " + kind(properties));
    }

    private static String kind(RawJson json) {
        char first = json.json().charAt(0);
        return switch (first) {
            case '[' -> "an array";
            case '"' -> "a string";
            case 't', 'f' -> "a boolean";
            default -> "a number";
        };
    }

    @Override
    public Machine provision(ProvisionRequest request) {
        validate(request.spec().properties());
        String id = request.instanceId();
        Path file = fileOf(id);
        try {
            InstanceFileWriter.createNew(file, InstanceFile.render(id, request.spec()).getBytes(StandardCharsets.UTF_8));
        } catch (java.nio.file.FileAlreadyExistsException e) {
            throw new InstanceIdConflictException(id, "the file " + file + " exists");
        } catch (IOException e) {
            throw new InstancePluginException("cannot write the instance file " + file + ": " + e);
        }
        return new Machine(id, machineData(file));
    }

    private Path fileOf(String id) {
        if (id.isEmpty() || id.equals(".") || id.equals("..") || id.indexOf('/') >= 0 || id.indexOf('\\') >= 0
                || id.indexOf('\0') >= 0) {
            throw new InstancePluginException("instance ID '" + id + "' cannot be a file name");
        }
        return dir.resolve(id);
    }

    @Override
    public synchronized void destroy(Machine machine, DestroyContext context) {
        Path file = fileOf(machine);
        files.remove(machine.data());
        try {
            if (!Files.deleteIfExists(file)) {
                LOG.info("The file {} of instance {} was already gone", file, machine.instanceId());
            }
        } catch (IOException e) {
            throw new InstancePluginException("cannot delete the instance file " + file + ": " + e);
        }
    }

    /**
     * Settles provisions the engine never recorded: an instance file is written complete or not at all (create-new
     * through a hard link), so a file that exists is a complete machine and is adopted; partly written temporary
     * files are deleted, and an ID without a file is cleaned up.
     */
    @Override
    public synchronized List<Recovery> recover(List<UnfinishedProvision> unfinished) {
        List<Recovery> out = new ArrayList<>(unfinished.size());
        for (UnfinishedProvision u : unfinished) {
            String id = u.instanceId();
            Path file;
            try {
                file = fileOf(id);
            } catch (InstancePluginException e) {
                out.add(Recovery.cleanedUp(id, e.getMessage()));
                continue;
            }
            try {
                int partial = removePartialFiles(id);
                if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                    out.add(Recovery.adopted(new Machine(id, machineData(file)), "the instance file " + file
                            + " is complete"));
                } else {
                    out.add(Recovery.cleanedUp(id, partial == 0 ? "no instance file " + file
                            : "removed " + partial + " partly written instance file(s)"));
                }
            } catch (IOException e) {
                out.add(Recovery.pending(id, "cannot remove a partly written instance file: " + e));
            }
        }
        return out;
    }

    private int removePartialFiles(String id) throws IOException {
        int removed = 0;
        try (DirectoryStream<Path> partial = Files.newDirectoryStream(dir, "." + id + ".*.tmp")) {
            for (Path temp : partial) {
                Files.deleteIfExists(temp);
                removed++;
                LOG.warn("Removed {}: a partly written instance file of a provision that was never recorded", temp);
            }
        }
        return removed;
    }

    /**
     * Lists the instance files in the folder: the folder is this plugin's own, so every file named as an instance
     * whose content is an instance file is a machine it made (with the ID, tags, logical ID and properties the file
     * records). Files that are not instance files are skipped and logged.
     */
    @Override
    public List<FoundMachine> findMachines() {
        List<FoundMachine> found = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, p -> !p.getFileName().toString()
                .startsWith("."))) {
            for (Path file : files) {
                if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                try {
                    InstanceFile.Contents c = InstanceFile.read(Files.readString(file, StandardCharsets.UTF_8));
                    if (!c.id().equals(file.getFileName().toString())) {
                        LOG.warn("Skipping {}: it records instance {}, not the instance its name says", file, c.id());
                        continue;
                    }
                    found.add(new FoundMachine(new Machine(c.id(), machineData(file)), c.tags(), c.logicalId(),
                            c.properties(), "the instance file " + file));
                } catch (IOException | RuntimeException e) {
                    LOG.warn("Skipping {}: not an instance file ({})", file, e.getMessage());
                }
            }
        } catch (IOException e) {
            throw new InstancePluginException("cannot list the instance folder " + dir + ": " + e);
        }
        found.sort(java.util.Comparator.comparing(FoundMachine::instanceId));
        return found;
    }

    /**
     * Rewrites the file's top-level {@code Tags} (as InfraKit's file plugin does on Label), crash-safe. A missing
     * file is left missing.
     */
    @Override
    public synchronized void tagsChanged(Machine machine, Map<String, String> tags) {
        Path file = fileOf(machine);
        String content;
        try {
            content = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            LOG.info("The file {} of instance {} is gone; its tags are kept in the state only", file,
                    machine.instanceId());
            return;
        } catch (IOException e) {
            throw new InstancePluginException("cannot read the instance file " + file + ": " + e);
        }
        try {
            InstanceFileWriter.replace(file, InstanceFile.withTags(content, tags).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new InstancePluginException("cannot update the tags in the instance file " + file + ": "
                    + e.getMessage());
        }
    }

    /** Lists each folder once (one directory read instead of one file-system call per machine). */
    @Override
    public Map<String, MachineStatus> health(List<Machine> machines) {
        Map<String, MachineStatus> out = new HashMap<>(machines.size() * 2);
        Map<Path, Set<String>> listings = new HashMap<>();
        for (Machine m : machines) {
            Path file;
            try {
                file = fileOf(m);
            } catch (RuntimeException e) {
                out.put(m.instanceId(), MachineStatus.gone(e.getMessage()));
                continue;
            }
            Set<String> names = listings.computeIfAbsent(file.getParent(), FileInstanceProvider::namesIn);
            out.put(m.instanceId(), names.contains(file.getFileName().toString()) ? MachineStatus.functional(null)
                    : MachineStatus.gone("the instance file " + file + " is missing"));
        }
        return out;
    }

    private static Set<String> namesIn(Path folder) {
        // java.io.File#list gives names without building a Path per entry: the cheapest directory read
        String[] names = folder.toFile().list();
        if (names == null) {
            if (!Files.exists(folder)) {
                return Set.of();
            }
            throw new InstancePluginException("cannot list the instance folder " + folder);
        }
        return new HashSet<>(Arrays.asList(names));
    }

    @Override
    public RawJson exampleProperties() {
        return RawJson.of("{\"Note\":\"any JSON object: the file provider stores it with the instance\"}");
    }

    /** The file recorded in the machine data; the file named by the ID in this folder for older state. */
    private Path fileOf(Machine machine) {
        Path known = files.get(machine.data());
        if (known != null) {
            return known;
        }
        Path file = recordedFileOf(machine);
        if (machine.data().isObject() && files.size() < MAX_CACHED) {
            files.put(machine.data(), file);
        }
        return file;
    }

    private Path recordedFileOf(Machine machine) {
        String recorded = recordedFile(machine.data());
        if (recorded == null) {
            return fileOf(machine.instanceId());
        }
        try {
            return Path.of(recorded);
        } catch (java.nio.file.InvalidPathException e) {
            throw new InstancePluginException("instance " + machine.instanceId() + " records an invalid file '"
                    + recorded + "': " + e.getReason());
        }
    }

    private static RawJson machineData(Path file) {
        StringWriter out = new StringWriter();
        try (var g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("File", file.toString());
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new RawJson(out.toString());
    }

    private static String recordedFile(RawJson data) {
        if (!data.isObject()) {
            return null;
        }
        try (JsonParser p = JSON.createParser(data.json())) {
            p.nextToken();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if ("File".equals(name) && value == JsonToken.VALUE_STRING) {
                    return p.getText();
                }
                p.skipChildren();
            }
            return null;
        } catch (IOException e) {
            return null;
        }
    }
}
