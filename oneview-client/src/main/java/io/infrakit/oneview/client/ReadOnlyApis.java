package io.infrakit.oneview.client;

import io.infrakit.oneview.client.model.EnclosureGroup;
import io.infrakit.oneview.client.model.ServerHardwareType;
import io.infrakit.oneview.client.model.Task;

/**
 * The read-only collections: server hardware types, enclosure groups, tasks.
 */
final class ReadOnlyApis {
    private ReadOnlyApis() {
    }

    /** Server hardware types. */
    static final class ServerHardwareTypes extends CollectionSupport<ServerHardwareType>
            implements ServerHardwareTypeApi {
        ServerHardwareTypes(RestEngine engine) {
            super(engine, "/rest/server-hardware-types", "server hardware type", ServerHardwareType::new);
        }
    }

    /** Enclosure groups. */
    static final class EnclosureGroups extends CollectionSupport<EnclosureGroup> implements EnclosureGroupApi {
        EnclosureGroups(RestEngine engine) {
            super(engine, "/rest/enclosure-groups", "enclosure group", EnclosureGroup::new);
        }
    }

    /** Tasks. */
    static final class Tasks extends CollectionSupport<Task> implements TaskApi {
        Tasks(RestEngine engine) {
            super(engine, "/rest/tasks", "task", Task::new);
        }

        @Override
        public TaskHandle handle(String taskUri) {
            return new TaskHandle(engine, path(taskUri), null);
        }
    }
}
