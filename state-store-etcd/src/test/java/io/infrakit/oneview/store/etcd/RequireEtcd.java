package io.infrakit.oneview.store.etcd;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * For tests that need a real etcd: without one they are skipped with a message, unless {@value #REQUIRE} is set (CI
 * sets it), which turns the skip into a failure.
 */
public final class RequireEtcd {

    /** The environment variable that makes a missing etcd a test failure instead of a skip. */
    public static final String REQUIRE = "INFRAKIT_REQUIRE_ETCD";

    private RequireEtcd() {
    }

    /** Skips the calling test when etcd is not installed (fails it instead when {@value #REQUIRE} is set). */
    public static void assumeInstalled() {
        if (EtcdServer.binary().isPresent()) {
            return;
        }
        String message = "etcd is not installed (apt-get install -y etcd-server, or set ETCD_BIN)";
        if (System.getenv(REQUIRE) != null) {
            Assertions.fail(REQUIRE + " is set but " + message);
        }
        Assumptions.assumeTrue(false, message + ": test skipped");
    }
}
