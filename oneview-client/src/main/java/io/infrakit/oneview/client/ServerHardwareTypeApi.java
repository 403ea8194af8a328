package io.infrakit.oneview.client;

import io.infrakit.oneview.client.model.ServerHardwareType;

/**
 * Server hardware types ({@code /rest/server-hardware-types}), read only.
 */
public interface ServerHardwareTypeApi extends CollectionApi<ServerHardwareType> {
}
