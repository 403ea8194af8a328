package io.infrakit.oneview.provider.oneview;

import io.infrakit.oneview.spi.InvalidPropertiesException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Decides which appliance and credentials a group uses. Field by field, the first source that has a value wins:
 * <ol>
 *   <li>the environment: {@code OV_ADDRESS}, {@code OV_USERNAME}, {@code OV_PASSWORD} (as in the C plugin);</li>
 *   <li>the group's properties: the deprecated {@code OneView} object and {@code LoginDomain};</li>
 *   <li>the file named by the property {@code CredentialsFile};</li>
 *   <li>the provider settings ({@link ProviderSettings#defaults()}).</li>
 * </ol>
 * One rule keeps the operator's password where the operator sent it: when the address comes from the group
 * (properties or their credentials file), the user and password come from the environment or from the group, never
 * from the provider settings.
 *
 * <p>TLS: the properties {@code CaBundle} / {@code InsecureTLS} apply only with a password the group gave itself;
 * with the operator's password (environment or settings) they are refused, and the settings {@code ca-bundle} /
 * {@code insecure} apply, so that a group cannot turn verification off for the operator's credentials.
 */
final class ConnectionResolver {

    /** Environment variable of the address. */
    static final String OV_ADDRESS = "OV_ADDRESS";
    /** Environment variable of the user. */
    static final String OV_USERNAME = "OV_USERNAME";
    /** Environment variable of the password. */
    static final String OV_PASSWORD = "OV_PASSWORD";

    private final PartialCredentials environment;
    private final ProviderSettings settings;

    ConnectionResolver(Map<String, String> env, ProviderSettings settings) {
        String password = env.get(OV_PASSWORD);
        this.environment = new PartialCredentials(env.get(OV_ADDRESS), env.get(OV_USERNAME),
                password == null || password.isEmpty() ? null : Secret.of(password), null);
        this.settings = settings;
    }

    /**
     * @param props a group's properties
     * @return the connection the group uses
     * @throws InvalidPropertiesException when the address, the user or the password is found nowhere, or the
     *                                    credentials file cannot be read; the message says where to set it
     */
    ConnectionConfig resolve(InstanceProperties props) {
        PartialCredentials file = PartialCredentials.NONE;
        if (props.credentialsFile() != null) {
            try {
                file = CredentialsFile.read(props.credentialsFile(), InstanceProperties.CREDENTIALS_FILE);
            } catch (IllegalArgumentException e) {
                throw new InvalidPropertiesException(e.getMessage());
            }
        }
        PartialCredentials group = props.credentials().orElse(file);
        boolean groupAddress = environment.address() == null && group.address() != null;
        PartialCredentials operatorDefaults = groupAddress ? PartialCredentials.NONE : settings.defaults();
        PartialCredentials merged = environment.orElse(group).orElse(operatorDefaults);
        if (merged.address() == null) {
            throw new InvalidPropertiesException("No OneView appliance address: set $" + OV_ADDRESS + ", "
                    + InstanceProperties.ONEVIEW + ".OneViewAddress or " + InstanceProperties.CREDENTIALS_FILE
                    + " in the Properties, or the provider setting " + ProviderSettings.ADDRESS);
        }
        if (merged.username() == null) {
            throw new InvalidPropertiesException("No OneView user name: set $" + OV_USERNAME + ", "
                    + InstanceProperties.ONEVIEW + ".OneViewUsername or " + InstanceProperties.CREDENTIALS_FILE
                    + " in the Properties, or the provider setting " + ProviderSettings.USERNAME);
        }
        if (merged.password() == null) {
            throw new InvalidPropertiesException("No OneView password" + (groupAddress ? " for the appliance the "
                    + "Properties name (the plugin's own password is only sent to the plugin's own appliance)" : "")
                    + ": set $" + OV_PASSWORD + ", " + InstanceProperties.ONEVIEW + ".OneViewPassword or "
                    + InstanceProperties.CREDENTIALS_FILE + " in the Properties"
                    + (groupAddress ? "" : ", or the provider setting " + ProviderSettings.PASSWORD_FILE + " or "
                    + ProviderSettings.CREDENTIALS_FILE));
        }
        boolean groupPassword = environment.password() == null && group.password() != null;
        if (!groupPassword && (props.caBundle() != null || props.insecureTls() != null)) {
            throw new InvalidPropertiesException(InstanceProperties.CA_BUNDLE + " and " + InstanceProperties.INSECURE_TLS
                    + " apply only with credentials given in the Properties (" + InstanceProperties.ONEVIEW + " or "
                    + InstanceProperties.CREDENTIALS_FILE + "); the plugin's own credentials use the plugin's TLS "
                    + "settings (--ov-ca-bundle, --ov-insecure)");
        }
        String address;
        try {
            address = Addresses.normalise(merged.address(), "the OneView address");
        } catch (IllegalArgumentException e) {
            throw new InvalidPropertiesException(e.getMessage());
        }
        Path ca = props.caBundle();
        boolean insecure;
        if (props.insecureTls() != null) {
            insecure = props.insecureTls();
            if (ca == null && !insecure) {
                ca = settings.caBundle();
            }
        } else if (ca != null) {
            insecure = false;
        } else {
            ca = settings.caBundle();
            insecure = settings.insecure();
        }
        return new ConnectionConfig(address, merged.username(), merged.password(), merged.loginDomain(), ca, insecure);
    }

    /**
     * @return the connection given by the environment and the settings alone, when they name one completely
     */
    Optional<ConnectionConfig> defaultConnection() {
        PartialCredentials merged = environment.orElse(settings.defaults());
        if (merged.address() == null || merged.username() == null || merged.password() == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ConnectionConfig(Addresses.normalise(merged.address(), "address"),
                    merged.username(), merged.password(), merged.loginDomain(), settings.caBundle(),
                    settings.insecure()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
