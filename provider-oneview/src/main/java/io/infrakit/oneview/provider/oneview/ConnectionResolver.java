package io.infrakit.oneview.provider.oneview;

import io.infrakit.oneview.client.Secret;
import io.infrakit.oneview.client.transport.ApplianceAddress;
import io.infrakit.oneview.spi.InstancePluginException;
import io.infrakit.oneview.spi.InvalidPropertiesException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides which appliance, credentials and TLS trust a group uses, so that the plugin's own credentials only ever go
 * to the plugin's own appliance.
 *
 * <p>The plugin's own appliance is {@code $OV_ADDRESS}, else the setting {@code address} (or the address of the
 * setting {@code credentials-file}). The plugin's own credentials are {@code $OV_USERNAME} / {@code $OV_PASSWORD},
 * else the settings {@code username}, {@code password-file}, {@code login-domain}, {@code credentials-file}. The
 * group's are its {@code OneView} object and {@code LoginDomain}, else its {@code CredentialsFile}.
 * <ol>
 *   <li>Appliance: {@code $OV_ADDRESS} wins over the group (as in the C plugin), the group over the settings.</li>
 *   <li>A group that names another appliance than the plugin's own (or when the plugin has none) must give its own
 *       user name and password; the plugin's credentials are never sent there.</li>
 *   <li>On the plugin's own appliance: {@code $OV_USERNAME} and {@code $OV_PASSWORD} together win over the group
 *       (as in the C plugin); otherwise credentials come whole from one side: a group that gives any of user name,
 *       password or login domain must give both user name and password, so that the plugin's password is never
 *       sent with a user name or directory the group chose.</li>
 *   <li>TLS: the group's {@code CaBundle}, {@code PinnedCertificateSha256} and {@code InsecureTLS} apply only with the
 *       group's own credentials (refused otherwise, so that a group cannot weaken the checks on the operator's
 *       password). The plugin's {@code ca-bundle}, {@code pinned-certificate-sha256} ({@code
 *       $OV_PINNED_CERTIFICATE_SHA256}) and {@code insecure} describe the plugin's own appliance; on another
 *       appliance only its {@code ca-bundle} applies (a certificate pin and {@code insecure} never leave the
 *       appliance they were set for).</li>
 * </ol>
 */
final class ConnectionResolver {

    /** Environment variable of the address. */
    static final String OV_ADDRESS = "OV_ADDRESS";
    /** Environment variable of the user. */
    static final String OV_USERNAME = "OV_USERNAME";
    /** Environment variable of the password. */
    static final String OV_PASSWORD = "OV_PASSWORD";
    /** Environment variable of the pinned certificate fingerprint. */
    static final String OV_PINNED_CERTIFICATE_SHA256 = "OV_PINNED_CERTIFICATE_SHA256";

    private static final String OPERATOR_CREDENTIALS = "$" + OV_USERNAME + "/$" + OV_PASSWORD
            + ", --ov-username, --ov-password-file, --ov-credentials-file";
    private static final String GROUP_CREDENTIALS = InstanceProperties.ONEVIEW + ".OneViewUsername and "
            + InstanceProperties.ONEVIEW + ".OneViewPassword, or username and password in a "
            + InstanceProperties.CREDENTIALS_FILE;

    private final PartialCredentials environment;
    private final PartialCredentials operator;
    private final ProviderSettings settings;
    private final String pinnedSha256;

    /**
     * @throws InstancePluginException when {@code $OV_PINNED_CERTIFICATE_SHA256} is not a fingerprint or conflicts
     *                                 with the settings {@code ca-bundle} / {@code insecure}
     */
    ConnectionResolver(Map<String, String> env, ProviderSettings settings) {
        String password = env.get(OV_PASSWORD);
        this.environment = new PartialCredentials(env.get(OV_ADDRESS), env.get(OV_USERNAME),
                password == null || password.isEmpty() ? null : Secret.of(password), null);
        this.operator = environment.orElse(settings.defaults());
        this.settings = settings;
        String envPin = env.get(OV_PINNED_CERTIFICATE_SHA256);
        if (envPin != null && !envPin.isBlank()) {
            try {
                this.pinnedSha256 = ApplianceAddresses.fingerprint(envPin, "$" + OV_PINNED_CERTIFICATE_SHA256);
            } catch (IllegalArgumentException e) {
                throw new InstancePluginException(e.getMessage(), e);
            }
            ProviderSettings.checkOneTrustMode(settings.caBundle() != null, true, settings.insecure(),
                    "$" + OV_PINNED_CERTIFICATE_SHA256 + " and the settings " + ProviderSettings.CA_BUNDLE + " / "
                            + ProviderSettings.INSECURE);
        } else {
            this.pinnedSha256 = settings.pinnedSha256();
        }
    }

    /**
     * @param props a group's properties
     * @return the connection the group uses
     * @throws InvalidPropertiesException when the address, the user or the password is found nowhere, when a group
     *                                    names another appliance without its own credentials or gives only part of
     *                                    them, when it sets TLS options without its own credentials, or when its
     *                                    credentials file cannot be read; the message says what to set
     */
    ConnectionConfig resolve(InstanceProperties props) {
        PartialCredentials group = props.credentials().orElse(groupFile(props));
        ApplianceAddress own = ownAppliance();
        ApplianceAddress target;
        boolean foreign;
        if (environment.address() != null || group.address() == null) {
            target = own;
            foreign = false;
        } else {
            ApplianceAddress named = parse(group.address(), props.credentials().address() != null
                    ? InstanceProperties.ONEVIEW + ".OneViewAddress" : InstanceProperties.CREDENTIALS_FILE);
            foreign = own == null || !own.sameEndpoint(named);
            target = foreign ? named : own;
        }
        if (target == null) {
            throw new InvalidPropertiesException("No OneView appliance address: set $" + OV_ADDRESS + ", "
                    + InstanceProperties.ONEVIEW + ".OneViewAddress or " + InstanceProperties.CREDENTIALS_FILE
                    + " in the Properties, or the provider setting " + ProviderSettings.ADDRESS);
        }
        boolean groupGives = group.username() != null || group.password() != null || group.loginDomain() != null;
        boolean operatorEnvironment = environment.username() != null && environment.password() != null;
        PartialCredentials credentials;
        boolean groupCredentials;
        if (foreign) {
            requireComplete(group, "the Properties name the OneView appliance " + target + ", which is not the"
                    + " plugin's own appliance (" + (own == null ? "none is configured" : own.toString()) + ")");
            credentials = group;
            groupCredentials = true;
        } else if (operatorEnvironment) {
            if (group.loginDomain() != null) {
                throw new InvalidPropertiesException(InstanceProperties.LOGIN_DOMAIN + " applies only with the"
                        + " group's own credentials, but $" + OV_USERNAME + " and $" + OV_PASSWORD + " win over the"
                        + " Properties (as in the C plugin): set the login domain with --ov-login-domain (setting "
                        + ProviderSettings.LOGIN_DOMAIN + "), or unset $" + OV_USERNAME + "/$" + OV_PASSWORD
                        + " to use the group's credentials");
            }
            credentials = environment.orElse(settings.defaults());
            groupCredentials = false;
        } else if (groupGives) {
            requireComplete(group, "the Properties set " + String.join(", ", given(group)));
            credentials = group;
            groupCredentials = true;
        } else {
            credentials = operator;
            groupCredentials = false;
        }
        if (credentials.username() == null) {
            throw new InvalidPropertiesException("No OneView user name: set $" + OV_USERNAME + ", "
                    + InstanceProperties.ONEVIEW + ".OneViewUsername or " + InstanceProperties.CREDENTIALS_FILE
                    + " in the Properties, or the provider setting " + ProviderSettings.USERNAME);
        }
        if (credentials.password() == null) {
            throw new InvalidPropertiesException("No OneView password: set $" + OV_PASSWORD + ", "
                    + InstanceProperties.ONEVIEW + ".OneViewPassword or " + InstanceProperties.CREDENTIALS_FILE
                    + " in the Properties, or the provider setting " + ProviderSettings.PASSWORD_FILE + " or "
                    + ProviderSettings.CREDENTIALS_FILE);
        }
        boolean groupTls = props.caBundle() != null || props.pinnedSha256() != null || props.insecureTls() != null;
        if (!groupCredentials && groupTls) {
            throw new InvalidPropertiesException(InstanceProperties.CA_BUNDLE + ", "
                    + InstanceProperties.PINNED_CERTIFICATE_SHA256 + " and " + InstanceProperties.INSECURE_TLS
                    + " apply only with credentials given in the Properties (" + InstanceProperties.ONEVIEW + " or "
                    + InstanceProperties.CREDENTIALS_FILE + "); the plugin's own credentials use the plugin's TLS "
                    + "settings (--ov-ca-bundle, --ov-pinned-certificate-sha256, --ov-insecure)");
        }
        return trust(target, credentials, foreign, props);
    }

    /** The TLS trust of a connection whose appliance and credentials are decided. */
    private ConnectionConfig trust(ApplianceAddress target, PartialCredentials c, boolean foreign,
                                   InstanceProperties props) {
        Path ca = props.caBundle();
        String pin = props.pinnedSha256();
        boolean insecure = Boolean.TRUE.equals(props.insecureTls());
        if (ca == null && pin == null && !insecure) {
            // nothing (or only InsecureTLS: false) from the group: the plugin's trust, as far as it applies here
            ca = settings.caBundle();
            pin = foreign ? null : pinnedSha256;
            insecure = !foreign && props.insecureTls() == null && settings.insecure();
        }
        return new ConnectionConfig(target, c.username(), c.password(), c.loginDomain(), ca, pin, insecure);
    }

    /**
     * @return the connection given by the environment and the settings alone, when they name one completely
     */
    Optional<ConnectionConfig> defaultConnection() {
        if (operator.address() == null || operator.username() == null || operator.password() == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ConnectionConfig(ApplianceAddress.parse(operator.address()), operator.username(),
                    operator.password(), operator.loginDomain(), settings.caBundle(), pinnedSha256,
                    settings.insecure()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private ApplianceAddress ownAppliance() {
        if (environment.address() != null) {
            return parse(environment.address(), "$" + OV_ADDRESS);
        }
        String configured = settings.defaults().address();
        return configured == null ? null : parse(configured, "the provider setting " + ProviderSettings.ADDRESS);
    }

    private static PartialCredentials groupFile(InstanceProperties props) {
        if (props.credentialsFile() == null) {
            return PartialCredentials.NONE;
        }
        try {
            return CredentialsFile.read(props.credentialsFile(), InstanceProperties.CREDENTIALS_FILE);
        } catch (IllegalArgumentException e) {
            throw new InvalidPropertiesException(e.getMessage());
        }
    }

    private static ApplianceAddress parse(String address, String where) {
        try {
            return ApplianceAddresses.parse(address, where);
        } catch (IllegalArgumentException e) {
            throw new InvalidPropertiesException(e.getMessage());
        }
    }

    private static void requireComplete(PartialCredentials group, String situation) {
        if (group.username() == null || group.password() == null) {
            throw new InvalidPropertiesException(situation + " but not a complete user name and password of their"
                    + " own: give " + GROUP_CREDENTIALS + " (or remove the group's OneView settings to use the"
                    + " plugin's appliance and credentials). The plugin's own credentials (" + OPERATOR_CREDENTIALS
                    + ") are only ever sent to the plugin's own appliance, with its own user name and login domain");
        }
    }

    private static List<String> given(PartialCredentials group) {
        List<String> fields = new ArrayList<>();
        if (group.username() != null) {
            fields.add("a user name");
        }
        if (group.password() != null) {
            fields.add("a password");
        }
        if (group.loginDomain() != null) {
            fields.add("a login domain (" + InstanceProperties.LOGIN_DOMAIN + ")");
        }
        return fields;
    }
}
