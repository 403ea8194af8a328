package io.infrakit.oneview.docs.snippets.simulator;

// doc:start
import io.infrakit.oneview.simulator.ConditionSpec;
import io.infrakit.oneview.simulator.InventorySpec;
import io.infrakit.oneview.simulator.ServerCondition;
import io.infrakit.oneview.simulator.TemplateSpec;
import java.util.List;
// doc:end

/** Example 2 of docs/simulator.md, compiled here as the document shows it. */
final class Example2 {

    private Example2() {
    }

    static void run() throws Exception {
        // doc:start
        InventorySpec twoThousand = InventorySpec.uniform().withEnclosuresPerGroup(125).withBaysPerEnclosure(16);
        InventorySpec custom = new InventorySpec(2, 4, 12, List.of("SY 480 Gen10 1"),
                List.of(new TemplateSpec("ESXi", 0, 0), new TemplateSpec("ESXi EG2", 0, 1)), 25);
        InventorySpec busy = custom.withConditions(List.of(new ConditionSpec("Encl1, bay 1", ServerCondition.EMPTY_BAY)))
                .withRackServers(4);
        // doc:end
    }
}
