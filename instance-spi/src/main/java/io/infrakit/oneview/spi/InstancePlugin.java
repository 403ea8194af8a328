package io.infrakit.oneview.spi;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The InfraKit instance-plugin contract (Instance/0.1.0 … 0.6.1) as Java. Implementations are thread-safe:
 * the group plugin calls them concurrently. Failures are {@link InstancePluginException}s whose message goes
 * back to the InfraKit client.
 */
public interface InstancePlugin {

    /**
     * Checks a group's {@code Instance.Properties} before anything is provisioned.
     *
     * @param properties the properties, possibly {@link RawJson#NULL}
     * @throws InvalidPropertiesException when they are not acceptable; the message names the field
     */
    void validate(RawJson properties);

    /**
     * Checks properties like {@link #validate}, and also says what could not be checked (a backend that cannot be
     * reached, say): properties are then accepted, and the caller learns that they were not fully checked.
     *
     * @param properties the properties, possibly {@link RawJson#NULL}
     * @return complete, or what was not checked
     * @throws InvalidPropertiesException when they are not acceptable; the message names the field
     */
    default Validation validateAndReport(RawJson properties) {
        validate(properties);
        return Validation.COMPLETE;
    }

    /**
     * Provisions one instance.
     *
     * @param spec what to provision
     * @return the new instance's ID, unique across restarts and processes, never null
     * @throws InstancePluginException when nothing could be provisioned; nothing is left half made
     */
    String provision(Spec spec);

    /**
     * Merges labels into an instance's tags, adding or overwriting.
     *
     * @param instanceId the instance
     * @param labels     the labels
     * @throws UnknownInstanceException when the ID is unknown
     */
    void label(String instanceId, Map<String, String> labels);

    /**
     * Destroys an instance.
     *
     * @param instanceId the instance
     * @param context    why
     * @throws UnknownInstanceException when the ID is unknown
     */
    void destroy(String instanceId, DestroyContext context);

    /**
     * Lists the functional instances whose tags contain every given pair.
     *
     * @param tags           the filter (AND); empty means all instances
     * @param withProperties whether to fill {@link Description#properties()}
     * @return the matching instances, never null
     */
    List<Description> describeInstances(Map<String, String> tags, boolean withProperties);

    /**
     * An example of valid properties, shown in {@code /info/api.json}.
     *
     * @return the example, if the plugin has one
     */
    default Optional<RawJson> exampleProperties() {
        return Optional.empty();
    }

    /**
     * Names the JSON object members that hold secrets in this plugin's requests, such as {@code OneViewPassword} in
     * instance properties. Wherever the RPC server sends back or logs what a client sent (the {@code data} of a
     * -32600 error echoes the request's params), it masks their values, at any depth, with
     * {@link JsonRedaction#mask}.
     *
     * @return the member names (case-sensitive); none by default
     */
    default Set<String> secretFields() {
        return Set.of();
    }
}
