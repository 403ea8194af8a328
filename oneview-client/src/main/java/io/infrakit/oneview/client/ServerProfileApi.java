package io.infrakit.oneview.client;

import io.infrakit.oneview.client.model.AvailableTargets;
import io.infrakit.oneview.client.model.ServerProfile;
import io.infrakit.oneview.client.model.ServerProfileTemplate;

/**
 * Server profiles ({@code /rest/server-profiles}). Create, update and delete are asynchronous on the appliance and
 * return a {@link TaskHandle}.
 */
public interface ServerProfileApi extends CollectionApi<ServerProfile> {

    /**
     * Creates a profile ({@code POST /rest/server-profiles}). The body is sent exactly as given: nothing is added
     * or defaulted. Never retried automatically (except once after an expired session, when nothing was done).
     *
     * @param profile the profile, typically from {@link ServerProfileTemplateApi#newProfile(String)}
     * @param force   {@code force} values, none for a normal create
     * @return the creation task; its {@code associatedResourceUri} is the new profile once known
     */
    TaskHandle create(ServerProfile profile, CreateForce... force);

    /**
     * Updates a profile ({@code PUT} on its URI) with {@code If-Match: <eTag>} when the body has an eTag.
     *
     * @param profile the full profile as read and then modified
     * @return the update task
     * @throws io.infrakit.oneview.client.error.PreconditionFailedException when the eTag is stale
     * @throws IllegalArgumentException when the profile has no {@code uri}
     */
    default TaskHandle update(ServerProfile profile) {
        return update(profile, UpdateOptions.defaults());
    }

    /**
     * Updates a profile ({@code PUT} on its URI).
     *
     * @param profile the full profile as read and then modified
     * @param options If-Match mode and force
     * @return the update task
     * @throws io.infrakit.oneview.client.error.PreconditionFailedException when the eTag is stale
     * @throws IllegalArgumentException when the profile has no {@code uri}
     */
    TaskHandle update(ServerProfile profile, UpdateOptions options);

    /**
     * Deletes a profile ({@code DELETE} on its URI).
     *
     * @param uriOrId the profile URI or id
     * @return the deletion task
     * @throws io.infrakit.oneview.client.error.NotFoundException when the profile does not exist
     */
    default TaskHandle delete(String uriOrId) {
        return delete(uriOrId, false);
    }

    /**
     * Deletes a profile ({@code DELETE} on its URI, with {@code ?force=true} when forced).
     *
     * @param uriOrId the profile URI or id
     * @param force   complete even if there are connectivity issues or resource errors
     * @return the deletion task
     * @throws io.infrakit.oneview.client.error.NotFoundException when the profile does not exist
     */
    TaskHandle delete(String uriOrId, boolean force);

    /**
     * Lists the servers (and empty bays) a profile could be assigned to
     * ({@code GET /rest/server-profiles/available-targets}).
     *
     * @param enclosureGroupUri     restrict to this enclosure group, or {@code null}
     * @param serverHardwareTypeUri restrict to this server hardware type, or {@code null}
     * @return the targets; use {@link AvailableTargets#servers()} to skip empty bays
     */
    AvailableTargets availableTargets(String enclosureGroupUri, String serverHardwareTypeUri);

    /**
     * Lists the targets matching a template's enclosure group and server hardware type.
     *
     * @param template the template
     * @return the targets
     */
    default AvailableTargets availableTargets(ServerProfileTemplate template) {
        return availableTargets(template.enclosureGroupUri(), template.serverHardwareTypeUri());
    }
}
