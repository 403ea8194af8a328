package io.infrakit.oneview.simulator;

/**
 * The OS deployment part of a profile task (create, or an update that redeploys): its progress steps, an injected
 * deployment failure, the OS volume it makes. The step texts are the simulator's own (reference §4.2: none is
 * documented; clients must not parse them). Internal.
 */
final class OsDeploymentStep {

    /** The task error message of a failed deployment, as recorded on a simulated appliance (oneview-ansible #376). */
    static final String FAILED_MESSAGE = "Deploy OS volume failed";

    private OsDeploymentStep() {
    }

    /**
     * Adds the deployment's steps to the task and makes it fail if a deployment failure was queued with
     * {@link Faults#failNextOsDeployment(String)} (unless it fails for another reason already).
     *
     * @return the URI of the OS volume the deployment makes
     */
    static String add(Appliance appliance, SimTask task, OsDeploymentRequest os, Hardware h) {
        String plan = os.plan().name();
        task.steps.add(new SimTask.Step(0.3, "Creating OS volume from the golden image of OS deployment plan '"
                + plan + "'"));
        task.steps.add(new SimTask.Step(0.5, "Personalizing OS volume: running the plan scripts of '" + plan
                + "' with " + os.attributes().size() + " custom attribute(s)"));
        task.steps.add(new SimTask.Step(0.8, "Configuring iSCSI boot of " + h.name + " from the OS volume"));
        if (task.errorCode == null) {
            String injected = appliance.faults.takeOsDeploymentFailure();
            if (injected != null) {
                task.fail(injected, FAILED_MESSAGE + ": OS deployment plan '" + plan + "' on " + h.name
                        + " (injected failure).");
                task.stateReasonOnError = "Error";
            }
        }
        return "/rest/deployed-targets/" + appliance.uuid();
    }
}
