/**
 * A client of the HPE OneView REST API. Start with {@link io.infrakit.oneview.client.OneViewClient#builder()}.
 *
 * <p>The resource APIs ({@link io.infrakit.oneview.client.ServerProfileTemplateApi},
 * {@link io.infrakit.oneview.client.ServerProfileApi}, {@link io.infrakit.oneview.client.ServerHardwareApi},
 * {@link io.infrakit.oneview.client.ServerHardwareTypeApi}, {@link io.infrakit.oneview.client.EnclosureGroupApi},
 * {@link io.infrakit.oneview.client.TaskApi}) are interfaces; their implementations, the HTTP transport, the
 * session manager and the error mapping are package-private.
 */
package io.infrakit.oneview.client;
