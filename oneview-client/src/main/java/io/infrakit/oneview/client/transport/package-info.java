/**
 * The client's transport SPI: {@link io.infrakit.oneview.client.transport.OneViewTransport} sends one
 * {@link io.infrakit.oneview.client.transport.TransportRequest} and returns its
 * {@link io.infrakit.oneview.client.transport.TransportResponse}. Implementations:
 * {@link io.infrakit.oneview.client.transport.ApacheHttpTransport} (the default, HTTP over Apache HttpClient 5) and
 * {@link io.infrakit.oneview.client.transport.InMemoryTransport} (an in-process handler, no network).
 * {@link io.infrakit.oneview.client.transport.ApplianceAddress} is the one parser of appliance addresses.
 */
package io.infrakit.oneview.client.transport;
