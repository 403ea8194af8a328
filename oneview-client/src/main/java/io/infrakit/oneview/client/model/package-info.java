/**
 * Typed, immutable read views over OneView JSON. Each view keeps the whole JSON object as received
 * ({@link io.infrakit.oneview.client.model.ResourceJson}), so unknown and read-only fields round-trip unchanged.
 */
package io.infrakit.oneview.client.model;
