package io.infrakit.oneview.simulator;

/** The kinds of asynchronous operation the simulator runs as tasks; used to target injected task failures. */
public enum TaskKind {
    /**
     * {@code POST /rest/server-profiles}.
     */
    CREATE_PROFILE,
    /**
     * {@code PUT} or {@code PATCH /rest/server-profiles/{id}}.
     */
    UPDATE_PROFILE,
    /**
     * {@code DELETE /rest/server-profiles/{id}}.
     */
    DELETE_PROFILE,
    /**
     * {@code PUT /rest/server-hardware/{id}/powerState} with {@code powerState=On}.
     */
    POWER_ON,
    /**
     * {@code PUT /rest/server-hardware/{id}/powerState} with {@code powerState=Off}.
     */
    POWER_OFF
}
