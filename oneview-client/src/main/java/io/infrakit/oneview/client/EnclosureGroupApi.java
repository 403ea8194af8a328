package io.infrakit.oneview.client;

import io.infrakit.oneview.client.model.EnclosureGroup;

/**
 * Enclosure groups ({@code /rest/enclosure-groups}), read only.
 */
public interface EnclosureGroupApi extends CollectionApi<EnclosureGroup> {
}
