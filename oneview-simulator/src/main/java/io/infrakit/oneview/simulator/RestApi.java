package io.infrakit.oneview.simulator;

import java.util.List;

/** The simulated REST API's endpoint groups: add a new resource's here. Internal. */
final class RestApi {

    private RestApi() {
    }

    static List<Endpoints> endpoints(Appliance appliance) {
        return List.of(new AccessEndpoints(appliance), new CatalogEndpoints(appliance), new HardwareEndpoints(appliance),
                new ProfileEndpoints(appliance), new TaskEndpoints(appliance), new EnclosureEndpoints(appliance),
                new OsDeploymentPlanEndpoints(appliance));
    }
}
