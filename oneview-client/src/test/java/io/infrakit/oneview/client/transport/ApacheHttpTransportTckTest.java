package io.infrakit.oneview.client.transport;

import io.infrakit.oneview.client.testing.HandlerHttpServer;
import io.infrakit.oneview.client.testing.OneViewTransportTck;

/** The Apache HttpClient transport passes the transport TCK, over plain HTTP on a loopback socket. */
class ApacheHttpTransportTckTest extends OneViewTransportTck {
    @Override
    protected OneViewTransport createTransport(InMemoryTransport.Handler appliance) {
        HandlerHttpServer server = closeAfterTest(HandlerHttpServer.start(appliance));
        return ApacheHttpTransport.builder().address(ApplianceAddress.parse(server.address())).build();
    }
}
