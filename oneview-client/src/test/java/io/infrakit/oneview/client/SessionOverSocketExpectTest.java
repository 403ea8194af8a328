package io.infrakit.oneview.client;

/** The session tests again, over the default Apache transport and a loopback socket. */
class SessionOverSocketExpectTest extends SessionExpectTest {
    @Override
    boolean overSocket() {
        return true;
    }
}
