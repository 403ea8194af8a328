package io.infrakit.oneview.docs.snippets.oneviewclient;

// doc:start
import io.infrakit.oneview.client.testing.HandlerHttpServer;
import io.infrakit.oneview.client.testing.OneViewTransportTck;
import io.infrakit.oneview.client.transport.ApacheHttpTransport;
import io.infrakit.oneview.client.transport.ApplianceAddress;
import io.infrakit.oneview.client.transport.InMemoryTransport;
import io.infrakit.oneview.client.transport.OneViewTransport;

class MyTransportTckTest extends OneViewTransportTck {
    @Override
    protected OneViewTransport createTransport(InMemoryTransport.Handler appliance) {
        HandlerHttpServer server = closeAfterTest(HandlerHttpServer.start(appliance));
        return ApacheHttpTransport.builder().address(ApplianceAddress.parse(server.address())).build();
    }
}
// doc:end
