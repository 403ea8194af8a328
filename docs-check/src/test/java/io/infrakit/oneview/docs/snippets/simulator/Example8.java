package io.infrakit.oneview.docs.snippets.simulator;

// doc:start
import io.infrakit.oneview.simulator.InventorySpec;
import io.infrakit.oneview.simulator.OneViewSimulator;
import io.infrakit.oneview.simulator.OsDeployment;
import io.infrakit.oneview.simulator.OsDeploymentPlanSpec;
import io.infrakit.oneview.simulator.ServerState;
import io.infrakit.oneview.simulator.TemplateSpec;
import java.util.List;
import java.util.Map;
// doc:end

/** Example 8 of docs/simulator.md, compiled here as the document shows it. */
final class Example8 {

    private Example8() {
    }

    static void run() throws Exception {
        // doc:start
        InventorySpec inventory = InventorySpec.defaults().withTemplates(List.of(
                new TemplateSpec("Linux Template", 0, 0).withOsDeployment(OsDeploymentPlanSpec.INFRAKIT_LINUX,
                        Map.of("DomainName", "example.com"))));
        try (OneViewSimulator sim = OneViewSimulator.builder().inventory(inventory).start()) {
            sim.faults().failNextOsDeployment();           // the next deployment's task ends in Error
            // ... provision through a client or the plugin, then see what each server received:
            for (ServerState server : sim.servers()) {
                OsDeployment os = server.osDeployment();   // null: nothing deployed
                if (os != null) {
                    System.out.println(server.name() + ": " + os.planName() + ", Init "
                            + os.attributes().get(OsDeploymentPlanSpec.INIT_ATTRIBUTE));
                }
            }
        }
        // doc:end
    }
}
