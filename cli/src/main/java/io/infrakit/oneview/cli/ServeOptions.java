package io.infrakit.oneview.cli;

import com.beust.jcommander.Parameter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The flags of the plugin itself (no command given): kept from the C plugins, plus provider selection. */
public final class ServeOptions {


    @Parameter(names = {"--name", "-n"}, description = "Plugin name to advertise: the socket file's name in the "
            + "plugins directory ($INFRAKIT_PLUGINS_DIR, else $INFRAKIT_HOME/plugins, else ~/.infrakit/plugins)")
    String name = "instance-oneview";

    @Parameter(names = {"--log", "-l"}, description = "Logging level, 0 (critical only) to 5 (debug), 5 being the "
            + "most verbose")
    int log = LogLevels.DEFAULT;

    @Parameter(names = {"--state", "-s"}, description = "Where the instance state lives: a path or file:PATH (default "
            + "~/.infrakit/state/<name>.json), or etcd://HOST:PORT[,HOST:PORT...]/PREFIX[?OPTIONS] shared by replicas "
            + "(options: tls, ca, cert, key, user, password-file, password-env, lease-ttl, timeout; see docs/ha.md)")
    String state;

    @Parameter(names = "--rebuild-state", description = "Before serving, rebuild a lost state from the backend: "
            + "every machine the provider made for this plugin becomes an instance again (only into an empty state, "
            + "unless --rebuild-merge); start-up stops if two machines claim one instance ID")
    boolean rebuildState;

    @Parameter(names = "--rebuild-merge", description = "With rebuild-state or --rebuild-state: also adopt into a "
            + "state that already holds instances the machines it does not hold")
    boolean rebuildMerge;

    @Parameter(names = "--provider", description = "Instance provider: what an instance is (oneview: a server "
            + "with a profile from a template; file: a file in --dir)")
    String provider = "oneview";

    @Parameter(names = "--extensions", description = "Folder of third-party provider and state-store jars, each "
            + "found through ServiceLoader (default: extensions/ beside the plugin's jar, when it exists)")
    Path extensions;

    @Parameter(names = "--dir", description = "file provider: folder of instance files (default "
            + "$INFRAKIT_INSTANCE_FILE_DIR, else ~/.infrakit/instance-file)")
    Path dir;

    @Parameter(names = "--ov-address", description = "oneview provider: the appliance, host[:port] or "
            + "https://host[:port]. With no appliance configured (this, --ov-credentials-file or OV_ADDRESS) the plugin "
            + "starts an embedded OneView simulator")
    String ovAddress;

    @Parameter(names = "--ov-username", description = "oneview provider: user name")
    String ovUsername;

    @Parameter(names = "--ov-password-file", description = "oneview provider: a file holding only the password")
    Path ovPasswordFile;

    @Parameter(names = "--ov-credentials-file", description = "oneview provider: a properties file with address, "
            + "username, password and login-domain")
    Path ovCredentialsFile;

    @Parameter(names = "--ov-login-domain", description = "oneview provider: the login domain (directory)")
    String ovLoginDomain;

    @Parameter(names = "--ov-ca-bundle", description = "oneview provider: PEM file of the CAs to trust instead of "
            + "the JVM's trust store")
    Path ovCaBundle;

    @Parameter(names = "--ov-pinned-certificate-sha256", description = "oneview provider: trust exactly the "
            + "appliance certificate with this SHA-256 fingerprint (openssl x509 -noout -fingerprint -sha256), whoever "
            + "issued it and whatever host it names; also $OV_PINNED_CERTIFICATE_SHA256")
    String ovPinnedCertificateSha256;

    @Parameter(names = "--ov-insecure", description = "oneview provider: do not verify the appliance's certificate "
            + "(labs only)")
    boolean ovInsecure;

    @Parameter(names = "--ov-api-version", description = "oneview provider: pin X-API-Version instead of using the "
            + "highest version both sides support")
    Integer ovApiVersion;

    @Parameter(names = "--set", description = "A provider setting, KEY=VALUE (repeatable); for providers "
            + "added by third-party jars, and for settings without a flag of their own")
    List<String> settings = new ArrayList<>();

    @Parameter(names = "--socket-mode", description = "Permissions of the socket file, in octal; the default lets "
            + "only the owner connect, 660 lets the owner's group in too")
    String socketMode = "600";

    @Parameter(names = "--max-connections", description = "Most client connections served at once")
    int maxConnections = 256;

    @Parameter(names = "--max-body", description = "Largest request body accepted, in bytes")
    int maxBody = 4 * 1024 * 1024;

    @Parameter(names = "--idle-timeout", description = "Seconds after which an idle client connection is closed")
    int idleTimeoutSeconds = 60;

    @Parameter(names = "--metrics-address", description = "Also serve Prometheus metrics (GET /metrics) on TCP at "
            + "HOST:PORT, [IPV6]:PORT, or PORT alone for loopback; they are always on the socket at GET /metrics")
    String metricsAddress;

    @Parameter(names = {"--help", "-h"}, help = true, description = "Show this help")
    boolean help;
}
