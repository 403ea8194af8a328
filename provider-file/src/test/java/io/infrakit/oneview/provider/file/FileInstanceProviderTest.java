package io.infrakit.oneview.provider.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.infrakit.oneview.spi.Attachment;
import io.infrakit.oneview.spi.DestroyContext;
import io.infrakit.oneview.spi.InstancePluginException;
import io.infrakit.oneview.spi.InvalidPropertiesException;
import io.infrakit.oneview.spi.RawJson;
import io.infrakit.oneview.spi.Spec;
import io.infrakit.oneview.spi.Tags;
import io.infrakit.oneview.spi.provider.InstanceIdConflictException;
import io.infrakit.oneview.spi.provider.Machine;
import io.infrakit.oneview.spi.provider.MachineStatus;
import io.infrakit.oneview.spi.provider.FoundMachine;
import io.infrakit.oneview.spi.provider.ProvisionRequest;
import io.infrakit.oneview.spi.provider.Recovery;
import io.infrakit.oneview.spi.provider.UnfinishedProvision;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileInstanceProviderTest {

    @TempDir
    Path tmp;

    private FileInstanceProvider provider() {
        return new FileInstanceProvider(tmp.resolve("instances"));
    }

    @Test
    void provisionWritesTheSpecToAFileNamedByTheId() throws Exception {
        FileInstanceProvider provider = provider();
        Spec spec = new Spec(RawJson.of("{\"x\": 1.50}"), Tags.copyOf(Map.of("infrakit.group", "other")), "echo",
                "lid-1", List.of(new Attachment("vol-1", "ebs")));

        Machine machine = provider.provision(new ProvisionRequest("instance-7", spec));

        Path file = tmp.resolve("instances").resolve("instance-7");
        assertThat(machine).isEqualTo(new Machine("instance-7", RawJson.of("{\"File\":\"" + file + "\"}")));
        assertThat(Files.readString(file)).isEqualTo("""
                {
                "ID": "instance-7",
                "LogicalID": "lid-1",
                "Tags": {
                "infrakit.group": "other"
                },
                "Spec": {
                "Properties": {"x":1.50},
                "Tags": {
                "infrakit.group": "other"
                },
                "Init": "echo",
                "LogicalID": "lid-1",
                "Attachments": [
                {
                "ID": "vol-1",
                "Type": "ebs"
                }
                ]
                }
                }
                """);
        try (Stream<Path> files = Files.list(tmp.resolve("instances"))) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void tagsChangedRewritesTheTopLevelTagsAndKeepsTheSpec() throws Exception {
        FileInstanceProvider provider = provider();
        Machine machine = provider.provision(new ProvisionRequest("instance-7", Spec.of(RawJson.of("{\"n\":1.50}"),
                Map.of("infrakit.config.hash", "bootstrap"))));

        provider.tagsChanged(machine, Map.of("infrakit.config.hash", "h1", "infrakit.group", "g"));

        Path file = tmp.resolve("instances").resolve("instance-7");
        assertThat(Files.readString(file)).isEqualTo("""
                {
                "ID": "instance-7",
                "LogicalID": null,
                "Tags": {
                "infrakit.config.hash": "h1",
                "infrakit.group": "g"
                },
                "Spec": {
                "Properties": {"n":1.50},
                "Tags": {
                "infrakit.config.hash": "bootstrap"
                },
                "Init": "",
                "LogicalID": null,
                "Attachments": null
                }
                }
                """);
        try (Stream<Path> files = Files.list(tmp.resolve("instances"))) {
            assertThat(files).containsExactly(file);
        }
        Files.delete(file);
        provider.tagsChanged(machine, Map.of("a", "b"));
        assertThat(file).doesNotExist();
    }

    @Test
    void tagsChangedOnAFileThatIsNotAnInstanceFileFailsClearly() throws Exception {
        FileInstanceProvider provider = provider();
        Files.writeString(tmp.resolve("instances").resolve("instance-1"), "[]");
        assertThatThrownBy(() -> provider.tagsChanged(new Machine("instance-1", RawJson.NULL), Map.of()))
                .isInstanceOf(InstancePluginException.class)
                .hasMessage("cannot update the tags in the instance file " + tmp.resolve("instances")
                        .resolve("instance-1") + ": not a JSON object");
        assertThat(Files.readString(tmp.resolve("instances").resolve("instance-1"))).isEqualTo("[]");
    }

    @Test
    void recoveryAdoptsACompleteFileAndRemovesPartlyWrittenOnes() throws Exception {
        FileInstanceProvider provider = provider();
        Machine made = provider.provision(new ProvisionRequest("instance-5", Spec.of(RawJson.NULL, Map.of())));
        Path partial = Files.writeString(tmp.resolve("instances").resolve(".instance-6.0123abcd.tmp"), "{\"ID\":");
        Spec spec = Spec.of(RawJson.NULL, Map.of());
        java.time.Instant t = java.time.Instant.EPOCH;

        List<Recovery> outcomes = provider.recover(List.of(new UnfinishedProvision("instance-5", spec, t),
                new UnfinishedProvision("instance-6", spec, t), new UnfinishedProvision("../x", spec, t)));

        assertThat(outcomes).containsExactly(
                Recovery.adopted(made, "the instance file " + tmp.resolve("instances").resolve("instance-5")
                        + " is complete"),
                Recovery.cleanedUp("instance-6", "removed 1 partly written instance file(s)"),
                Recovery.cleanedUp("../x", "instance ID '../x' cannot be a file name"));
        assertThat(partial).doesNotExist();
        assertThat(tmp.resolve("instances").resolve("instance-5")).exists();
    }

    @Test
    void theMachinesFoundAreTheInstanceFilesWithWhatTheyRecord() throws Exception {
        FileInstanceProvider provider = provider();
        provider.provision(new ProvisionRequest("instance-7", new Spec(RawJson.of("{\"a\": 1.50}"),
                io.infrakit.oneview.spi.Tags.copyOf(Map.of("infrakit.group", "g")), "", "lid", null)));
        provider.tagsChanged(new Machine("instance-7", RawJson.NULL), Map.of("infrakit.group", "g", "l", "1"));
        Files.writeString(tmp.resolve("instances").resolve("notes.txt"), "not an instance");
        Files.writeString(tmp.resolve("instances").resolve("instance-8"), "{\"ID\":\"instance-9\"}");
        Files.writeString(tmp.resolve("instances").resolve(".instance-10.0123.tmp"), "{\"ID\":\"instance-10\"}");

        List<FoundMachine> found = provider.findMachines();

        Path file = tmp.resolve("instances").resolve("instance-7");
        assertThat(found).containsExactly(new FoundMachine(new Machine("instance-7",
                RawJson.of("{\"File\":\"" + file + "\"}")), io.infrakit.oneview.spi.Tags.copyOf(Map.of(
                "infrakit.group", "g", "l", "1")), "lid", RawJson.of("{\"a\":1.50}"), "the instance file " + file));
    }

    @Test
    void anExistingFileIsAnIdConflictAndIsNotTouched() throws Exception {
        FileInstanceProvider provider = provider();
        Path file = tmp.resolve("instances").resolve("instance-1");
        Files.writeString(file, "theirs");
        assertThatThrownBy(() -> provider.provision(new ProvisionRequest("instance-1", Spec.of(RawJson.NULL,
                Map.of())))).isInstanceOf(InstanceIdConflictException.class)
                .hasMessage("instance ID instance-1 is already in use (the file " + file + " exists)");
        assertThat(Files.readString(file)).isEqualTo("theirs");
        try (Stream<Path> files = Files.list(tmp.resolve("instances"))) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void anIdThatIsNotAFileNameIsRefused() {
        assertThatThrownBy(() -> provider().provision(new ProvisionRequest("../x", Spec.of(RawJson.NULL,
                Map.of())))).isInstanceOf(InstancePluginException.class)
                .hasMessage("instance ID '../x' cannot be a file name");
    }

    @Test
    void propertiesMustBeAnObjectOrNull() {
        FileInstanceProvider provider = provider();
        provider.validate(RawJson.NULL);
        provider.validate(RawJson.of("{\"a\":[1]}"));
        assertThatThrownBy(() -> provider.validate(RawJson.of("\"x\"")))
                .isInstanceOf(InvalidPropertiesException.class)
                .hasMessage("Properties must be a JSON object or null, not a string");
        assertThatThrownBy(() -> provider.validate(RawJson.of("[1]")))
                .hasMessage("Properties must be a JSON object or null, not an array");
        assertThatThrownBy(() -> provider.validate(RawJson.of("12"))).hasMessageEndingWith("not a number");
        assertThatThrownBy(() -> provider.provision(new ProvisionRequest("instance-1",
                Spec.of(RawJson.of("true"), Map.of())))).hasMessageEndingWith("not a boolean");
        assertThat(tmp.resolve("instances").resolve("instance-1")).doesNotExist();
    }

    @Test
    void healthIsWhetherTheFileExists() throws Exception {
        FileInstanceProvider provider = provider();
        Machine a = provider.provision(new ProvisionRequest("instance-1", Spec.of(RawJson.NULL, Map.of())));
        Machine b = provider.provision(new ProvisionRequest("instance-2", Spec.of(RawJson.NULL, Map.of())));
        Path bFile = tmp.resolve("instances").resolve("instance-2");
        Files.delete(bFile);

        Map<String, MachineStatus> health = provider.health(List.of(a, b));

        assertThat(health).containsEntry("instance-1", MachineStatus.functional(null))
                .containsEntry("instance-2", MachineStatus.gone("the instance file " + bFile + " is missing"));
    }

    @Test
    void machinesWithoutARecordedFileAreLookedUpByIdInTheFolder() throws Exception {
        FileInstanceProvider provider = provider();
        Files.writeString(tmp.resolve("instances").resolve("InfraKit-42"), "{}");
        assertThat(provider.health(List.of(new Machine("InfraKit-42", RawJson.NULL))).get("InfraKit-42").functional())
                .isTrue();
    }

    @Test
    void aMachineWhoseIdCannotBeAFileIsGoneAndDoesNotSpoilTheOthers() {
        FileInstanceProvider provider = provider();
        Machine ok = provider.provision(new ProvisionRequest("instance-1", Spec.of(RawJson.NULL, Map.of())));
        Map<String, MachineStatus> health = provider.health(List.of(ok, new Machine("a/b", RawJson.NULL)));
        assertThat(health.get("instance-1").functional()).isTrue();
        assertThat(health.get("a/b")).isEqualTo(MachineStatus.gone("instance ID 'a/b' cannot be a file name"));
    }

    @Test
    void destroyDeletesTheFileAndAMissingFileIsFine() {
        FileInstanceProvider provider = provider();
        Machine a = provider.provision(new ProvisionRequest("instance-1", Spec.of(RawJson.NULL, Map.of())));
        provider.destroy(a, DestroyContext.TERMINATE);
        assertThat(tmp.resolve("instances").resolve("instance-1")).doesNotExist();
        provider.destroy(a, DestroyContext.TERMINATE);
    }
}
