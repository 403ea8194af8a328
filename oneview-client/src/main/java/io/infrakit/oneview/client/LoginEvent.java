package io.infrakit.oneview.client;

import io.infrakit.oneview.client.transport.ApplianceAddress;
import java.util.Objects;

/**
 * A successful login, as reported to {@link ClientListener#loggedIn(LoginEvent)}.
 *
 * @param appliance  the appliance
 * @param userName   the user
 * @param apiVersion the API version of the session
 * @param relogin    true when the login replaced a session the appliance rejected (HTTP 401), false for the first
 */
public record LoginEvent(ApplianceAddress appliance, String userName, int apiVersion, boolean relogin) {

    /** @throws NullPointerException when appliance or userName is null */
    public LoginEvent {
        Objects.requireNonNull(appliance, "appliance");
        Objects.requireNonNull(userName, "userName");
    }
}
