package io.infrakit.oneview.client;

import io.infrakit.oneview.client.model.EnclosureGroup;
import io.infrakit.oneview.client.model.OsDeploymentPlan;
import io.infrakit.oneview.client.model.ServerHardwareType;
import io.infrakit.oneview.client.model.Task;

/**
 * The read-only collections: server hardware types, enclosure groups, tasks, OS deployment plans.
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

    /** OS deployment plans: listed with the trailing slash the HPE SDKs use, from API 300. */
    static final class OsDeploymentPlans extends CollectionSupport<OsDeploymentPlan> implements OsDeploymentPlanApi {
        OsDeploymentPlans(RestEngine engine) {
            super(engine, "/rest/os-deployment-plans", "/rest/os-deployment-plans/", MINIMUM_API_VERSION,
                    "OS deployment plan", OsDeploymentPlan::new);
        }
    }
}
