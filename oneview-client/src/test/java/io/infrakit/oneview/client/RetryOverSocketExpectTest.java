package io.infrakit.oneview.client;

/** The retry tests again, over the default Apache transport and a loopback socket (real dropped connections). */
class RetryOverSocketExpectTest extends RetryExpectTest {
    @Override
    boolean overSocket() {
        return true;
    }
}
