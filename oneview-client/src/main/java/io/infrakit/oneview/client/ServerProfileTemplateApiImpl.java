package io.infrakit.oneview.client;

import io.infrakit.oneview.client.model.ResourceJson;
import io.infrakit.oneview.client.model.ServerProfile;
import io.infrakit.oneview.client.model.ServerProfileTemplate;

/**
 * {@link ServerProfileTemplateApi} over the engine.
 */
final class ServerProfileTemplateApiImpl extends CollectionSupport<ServerProfileTemplate>
        implements ServerProfileTemplateApi {

    ServerProfileTemplateApiImpl(RestEngine engine) {
        super(engine, "/rest/server-profile-templates", "server profile template", ServerProfileTemplate::new);
    }

    @Override
    public ServerProfile newProfile(String templateUriOrId) {
        return new ServerProfile(ResourceJson.of(engine.getObject(path(templateUriOrId) + "/new-profile")));
    }
}
