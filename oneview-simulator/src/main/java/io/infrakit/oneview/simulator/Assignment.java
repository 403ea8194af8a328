package io.infrakit.oneview.simulator;

/**
 * Whether a server can take a profile now: the checks an appliance makes before it applies one (reference §3.6,
 * §3.9, §5.3). Internal.
 */
final class Assignment {

    private Assignment() {
    }

    /**
     * @throws ApiException 409 when a background task runs on the server: the request is refused before any task
     */
    static void requireNotBusy(Hardware h) throws ApiException {
        if (h != null && h.background != null) {
            throw ApiException.conflict("The server hardware " + h.name + " is busy: " + h.lockReason() + ".");
        }
    }

    /**
     * @param request      the body's type and group
     * @param ignoreHealth whether {@code force} lets a Warning or Critical server take the profile
     * @return why the task must fail, or null when the server can take the profile
     */
    static TaskError refusal(Hardware h, ProfileRequest request, boolean ignoreHealth) {
        if (h.state == HardwareState.PROFILE_ERROR || h.state == HardwareState.MONITORED) {
            return new TaskError(ErrorCodes.SERVER_HARDWARE_NOT_ASSIGNABLE, "The server hardware " + h.name
                    + " is in state " + h.state.wire() + " and cannot take a server profile.");
        }
        if (h.state != HardwareState.NO_PROFILE_APPLIED) {
            return new TaskError(ErrorCodes.PROFILE_ALREADY_EXISTS_IN_SERVER, "The server hardware " + h.name
                    + " already has a server profile or is being assigned one (state " + h.state.wire() + ").");
        }
        TaskError off = requireOff(h, "apply a server profile");
        if (off != null) {
            return off;
        }
        if (h.status == HealthStatus.CRITICAL && !ignoreHealth) {
            return new TaskError(ErrorCodes.SERVER_HARDWARE_CRITICAL, "The server hardware " + h.name
                    + " has status Critical; use force=ignoreServerHealth to apply a profile anyway.");
        }
        if (h.status == HealthStatus.WARNING && !ignoreHealth) {
            return new TaskError(ErrorCodes.SERVER_HARDWARE_WARNING, "The server hardware " + h.name
                    + " has status Warning; use force=ignoreServerHealth to apply a profile anyway.");
        }
        if (request.mismatches(h)) {
            return mismatch(h);
        }
        return null;
    }

    /**
     * @param what what needs the power off, e.g. {@code "remove its server profile"}
     * @return the recorded power-precondition error when the server is not off, else null
     */
    static TaskError requireOff(Hardware h, String what) {
        if (h.removed || h.power == PowerState.OFF) {
            return null;
        }
        return new TaskError(ErrorCodes.SERVER_NOT_OFF, "The server hardware " + h.name + " must be powered off to "
                + what + "; its powerState is " + h.power.wire() + ".");
    }

    static TaskError mismatch(Hardware h) {
        return new TaskError(ErrorCodes.SERVER_HARDWARE_MISMATCH, "The server hardware " + h.name + " has type "
                + h.type.uri + (h.group() == null ? " and no enclosure group" : " in enclosure group " + h.group().uri)
                + ", which does not match the profile's serverHardwareTypeUri or enclosureGroupUri.");
    }
}
