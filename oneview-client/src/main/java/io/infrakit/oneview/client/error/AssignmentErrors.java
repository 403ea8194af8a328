package io.infrakit.oneview.client.error;

import java.util.Set;

/**
 * The task {@code errorCode}s with which a profile assignment fails because of the server chosen, so that a second
 * try on another server can succeed. Each was recorded from real appliances; the section of the project's OneView
 * API reference that shows it is named. These are the only error codes the client and the OneView provider switch
 * on: nothing depends on a code only the simulator produces.
 */
public final class AssignmentErrors {

    /** Someone else assigned a profile to the bay first (reference §3.9 and §5.3: oneview-ansible). */
    public static final String ASSIGN_PROFILE_TO_DEVICE_BAY_ERROR = "AssignProfileToDeviceBayError";
    /** The bay is no longer available for the profile (reference §3.9 and §5.3: oneview-ansible). */
    public static final String ENCLOSURE_BAY_UNAVAILABLE_FOR_PROFILE = "EnclosureBayUnavailableForProfile";
    /** The server already has a profile or is being given one (reference §3.9 and §5.3: oneview-ansible). */
    public static final String PROFILE_ALREADY_EXISTS_IN_SERVER = "ProfileAlreadyExistsInServer";
    /**
     * The server must be powered off for the change (reference §3.6 and §5.3: POSH-HPEOneView issue 665). Another
     * server that is off can take the profile.
     */
    public static final String SERVER_NOT_OFF = "ServerNotOffWithCauseForNoServerChange";

    private static final Set<String> ALL = Set.of(ASSIGN_PROFILE_TO_DEVICE_BAY_ERROR,
            ENCLOSURE_BAY_UNAVAILABLE_FOR_PROFILE, PROFILE_ALREADY_EXISTS_IN_SERVER, SERVER_NOT_OFF);

    private AssignmentErrors() {
    }

    /** @return every code above */
    public static Set<String> all() {
        return ALL;
    }

    /**
     * @param e a failed task
     * @return whether its first error is one of {@link #all()}
     */
    public static boolean isAssignmentError(TaskFailedException e) {
        String code = e.firstErrorCode();
        return code != null && ALL.contains(code);
    }
}
