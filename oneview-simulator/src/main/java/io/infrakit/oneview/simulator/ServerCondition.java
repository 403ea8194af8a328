package io.infrakit.oneview.simulator;

/**
 * A condition a bay of the generated inventory starts in, as real appliances show them (see {@link ConditionSpec}).
 * Every condition comes back on {@link OneViewSimulator#reset()}.
 */
public enum ServerCondition {
    /**
     * The bay holds no server: it is not in {@code /rest/server-hardware}, and it is listed in
     * {@code available-targets} with {@code serverHardwareUri} null (as recorded).
     */
    EMPTY_BAY,
    /**
     * {@code state} {@code ProfileError}, {@code status} {@code Warning}: a profile operation failed on it. It takes no
     * profile and is not an available target.
     */
    PROFILE_ERROR,
    /**
     * {@code state} {@code Monitored} ({@code licensingIntent} {@code OneViewStandard}): managed for monitoring only,
     * never takes a profile, not an available target.
     */
    MONITORED,
    /**
     * {@code state} {@code UpdatingFirmware}: a background "Update firmware" task runs on it for
     * {@link InventorySpec#FIRMWARE_UPDATE_DURATION} after the start (or reset); until then power and profile
     * requests on it answer 409 and it is not an available target; then it is free.
     */
    UPDATING_FIRMWARE,
    /** {@code maintenanceMode} true: alerts suppressed; otherwise a free server like any other. */
    MAINTENANCE_MODE,
    /**
     * {@code status} {@code Warning} (e.g. an iLO security warning): listed as an available target, but a profile
     * is applied only with {@code force=ignoreServerHealth} (oneview-ansible issue 483).
     */
    WARNING
}
