package io.infrakit.oneview.simulator;

import java.time.Instant;

/**
 * One simulated server: a blade in a {@link Bay} or a rack server (no bay). Identity fixed at generation, state
 * mutable under the appliance lock; every state change goes through the state enums' transitions. Internal.
 */
final class Hardware {

    final String id;
    final String uri;
    final String name;
    final String serialNumber;
    /** Its bay, or null for a rack server. */
    final Bay bay;
    final HardwareType type;
    final String mpIpAddress;
    /** 0-based position in the inventory: seeds its MAC and WWN addresses. */
    final int index;
    final Instant created;
    /** The condition it was generated in, or null. */
    final ServerCondition condition;
    private final PowerState initialPower;

    HardwareState state;
    PowerState power;
    HealthStatus status;
    boolean maintenanceMode;
    String serverProfileUri;
    boolean removed;
    /** A background task running on it (refresh, firmware update), or null. */
    SimTask background;
    /** What the last OS deployment of its profile gave it, or null. */
    OsDeployment osDeployment;
    Instant modified;
    String eTag;

    Hardware(String id, String name, String serialNumber, Bay bay, HardwareType type, String mpIpAddress, int index,
             Instant created, ServerCondition condition, PowerState initialPower) {
        this.id = id;
        this.uri = "/rest/server-hardware/" + id;
        this.name = name;
        this.serialNumber = serialNumber;
        this.bay = bay;
        this.type = type;
        this.mpIpAddress = mpIpAddress;
        this.index = index;
        this.created = created;
        this.condition = condition;
        this.initialPower = initialPower;
        restore();
        this.modified = created;
    }

    /** Back to the generated state (the background task of {@link ServerCondition#UPDATING_FIRMWARE} excepted). */
    void restore() {
        state = switch (condition == null ? ServerCondition.MAINTENANCE_MODE : condition) {
            case PROFILE_ERROR -> HardwareState.PROFILE_ERROR;
            case MONITORED -> HardwareState.MONITORED;
            default -> HardwareState.NO_PROFILE_APPLIED;
        };
        power = initialPower;
        status = condition == ServerCondition.PROFILE_ERROR || condition == ServerCondition.WARNING
                ? HealthStatus.WARNING : HealthStatus.OK;
        maintenanceMode = condition == ServerCondition.MAINTENANCE_MODE;
        serverProfileUri = null;
        removed = false;
        background = null;
        osDeployment = null;
    }

    boolean isRack() {
        return bay == null;
    }

    /** @return its enclosure group, or null for a rack server */
    EnclosureGroup group() {
        return bay == null ? null : bay.group();
    }

    /** @return whether it can take a new profile (state, not health or power) */
    boolean isFree() {
        return state == HardwareState.NO_PROFILE_APPLIED && !removed;
    }

    /** @return whether a task (profile, power or background) runs on it: requests on it answer 409 */
    boolean isLocked() {
        return state.isTransitional() || power.isTransitional() || background != null;
    }

    /** @return why it is locked, for a 409 message */
    String lockReason() {
        if (background != null) {
            return "a background task (" + background.name + ", " + background.uri + ") runs on it";
        }
        return "state " + state.wire() + ", powerState " + power.wire() + ": wait for its running task to finish";
    }

    void moveTo(HardwareState next) {
        state = state.to(next);
    }

    void powerTo(PowerState next) {
        power = power.to(next);
    }

    String licensingIntent() {
        return state == HardwareState.MONITORED ? "OneViewStandard" : "OneView";
    }

    ServerState snapshot() {
        return new ServerState(uri, name, state.wire(), power.wire(), status.wire(), serverProfileUri, removed,
                osDeployment);
    }
}
