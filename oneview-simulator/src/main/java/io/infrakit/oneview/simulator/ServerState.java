package io.infrakit.oneview.simulator;

/**
 * A snapshot of one simulated server, for assertions in tests ({@link OneViewSimulator#servers()}).
 *
 * @param uri              {@code /rest/server-hardware/{id}}
 * @param name             e.g. {@code "Encl1, bay 3"}
 * @param state            e.g. {@code NoProfileApplied}, {@code ApplyingProfile}, {@code ProfileApplied}
 * @param powerState       {@code On}, {@code Off}, {@code PoweringOn}, {@code PoweringOff} or {@code Resetting}
 * @param status           {@code OK} or {@code Critical}
 * @param serverProfileUri the assigned profile, or null
 * @param removed          whether the server was pulled from its bay ({@link ServerFailure#REMOVED})
 * @param osDeployment     what the last OS deployment of its profile gave it (plan and custom attribute values), or
 *                         null when its profile deployed none, or it has no profile
 */
public record ServerState(String uri, String name, String state, String powerState, String status,
                          String serverProfileUri, boolean removed, OsDeployment osDeployment) {
}
