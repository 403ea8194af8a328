package io.infrakit.oneview.provider.oneview;

import io.infrakit.oneview.client.OneViewClient;
import io.infrakit.oneview.client.model.OneViewResource;
import io.infrakit.oneview.client.model.ServerProfileTemplate;
import io.infrakit.oneview.spi.InvalidPropertiesException;
import java.util.Optional;

/**
 * A template and the hardware its profiles may go on: the template's server hardware type and enclosure group,
 * narrowed by the properties ({@code ServerHardwareType*}, {@code EnclosureGroup*}).
 *
 * @param template              the template
 * @param serverHardwareTypeUri the hardware type to pick from, or null for any
 * @param enclosureGroupUri     the enclosure group to pick from, or null for any
 * @param filters               a readable description of the hardware filter, for messages
 */
record ResolvedTemplate(ServerProfileTemplate template, String serverHardwareTypeUri, String enclosureGroupUri,
                        String filters) {

    /**
     * Looks the template and the narrowing names up (one call, plus one per name given).
     *
     * @param client    the client
     * @param props     the properties
     * @param appliance the appliance address, for messages
     * @return the template and filters
     * @throws InvalidPropertiesException naming the field whose value the appliance does not know or that
     *                                    contradicts the template
     */
    static ResolvedTemplate resolve(OneViewClient client, InstanceProperties props, String appliance) {
        ServerProfileTemplate template = client.serverProfileTemplates().findByName(props.templateName())
                .orElseThrow(() -> new InvalidPropertiesException(InstanceProperties.TEMPLATE_NAME
                        + ": there is no server profile template named '" + props.templateName() + "' on "
                        + appliance + " (names are case-sensitive)"));
        String sht = narrow(template.serverHardwareTypeUri(), props.serverHardwareTypeUri(),
                InstanceProperties.SERVER_HARDWARE_TYPE_URI, props.serverHardwareTypeName() == null ? null
                        : lookup(client.serverHardwareTypes().findByName(props.serverHardwareTypeName()),
                        InstanceProperties.SERVER_HARDWARE_TYPE_NAME, props.serverHardwareTypeName(),
                        "server hardware type", appliance),
                InstanceProperties.SERVER_HARDWARE_TYPE_NAME, "server hardware type", props.templateName());
        String eg = narrow(template.enclosureGroupUri(), props.enclosureGroupUri(),
                InstanceProperties.ENCLOSURE_GROUP_URI, props.enclosureGroupName() == null ? null
                        : lookup(client.enclosureGroups().findByName(props.enclosureGroupName()),
                        InstanceProperties.ENCLOSURE_GROUP_NAME, props.enclosureGroupName(), "enclosure group",
                        appliance),
                InstanceProperties.ENCLOSURE_GROUP_NAME, "enclosure group", props.templateName());
        String filters = "server hardware type " + (sht == null ? "any" : sht)
                + (props.serverHardwareTypeName() == null ? "" : " ('" + props.serverHardwareTypeName() + "')")
                + ", enclosure group " + (eg == null ? "any" : eg)
                + (props.enclosureGroupName() == null ? "" : " ('" + props.enclosureGroupName() + "')");
        return new ResolvedTemplate(template, sht, eg, filters);
    }

    private static String lookup(Optional<? extends OneViewResource> found, String field, String name, String what,
                                 String appliance) {
        return found.map(OneViewResource::uri).orElseThrow(() -> new InvalidPropertiesException(field
                + ": there is no " + what + " named '" + name + "' on " + appliance));
    }

    private static String narrow(String fromTemplate, String byUri, String uriField, String byName, String nameField,
                                 String what, String templateName) {
        String given = byUri != null ? byUri : byName;
        String field = byUri != null ? uriField : nameField;
        if (given == null) {
            return fromTemplate;
        }
        if (fromTemplate != null && !fromTemplate.equals(given)) {
            throw new InvalidPropertiesException(field + ": the " + what + " " + given + " does not match the "
                    + what + " " + fromTemplate + " of template '" + templateName + "'; no server could take its"
                    + " profiles");
        }
        return given;
    }
}
