package io.infrakit.oneview.client.transport;

import io.infrakit.oneview.client.testing.OneViewTransportTck;

/** The in-memory transport passes the transport TCK. */
class InMemoryTransportTckTest extends OneViewTransportTck {
    @Override
    protected OneViewTransport createTransport(InMemoryTransport.Handler appliance) {
        return InMemoryTransport.of(appliance);
    }
}
