package io.infrakit.oneview.client;

import io.infrakit.oneview.client.model.ServerProfile;
import io.infrakit.oneview.client.model.ServerProfileTemplate;

/**
 * Server profile templates ({@code /rest/server-profile-templates}).
 */
public interface ServerProfileTemplateApi extends CollectionApi<ServerProfileTemplate> {

    /**
     * Asks the appliance for a new profile body made from a template
     * ({@code GET /rest/server-profile-templates/{id}/new-profile}). The body already carries the {@code type} of
     * the negotiated API version; set a name (and a server) and pass it to {@link ServerProfileApi#create}.
     *
     * @param templateUriOrId the template URI or id
     * @return the new profile body (not yet created)
     * @throws io.infrakit.oneview.client.error.NotFoundException when the template does not exist
     */
    ServerProfile newProfile(String templateUriOrId);

    /**
     * Same as {@link #newProfile(String)} with the template's URI.
     *
     * @param template the template
     * @return the new profile body (not yet created)
     */
    default ServerProfile newProfile(ServerProfileTemplate template) {
        return newProfile(template.uri());
    }
}
