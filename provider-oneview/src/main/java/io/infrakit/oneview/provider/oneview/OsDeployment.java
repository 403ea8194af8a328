package io.infrakit.oneview.provider.oneview;

import com.fasterxml.jackson.databind.JsonNode;
import io.infrakit.oneview.client.OneViewClient;
import io.infrakit.oneview.client.error.NotFoundException;
import io.infrakit.oneview.client.error.UnsupportedApiVersionException;
import io.infrakit.oneview.client.model.OsCustomAttribute;
import io.infrakit.oneview.client.model.OsCustomAttributeType;
import io.infrakit.oneview.client.model.OsDeploymentPlan;
import io.infrakit.oneview.client.model.OsDeploymentPlanAttribute;
import io.infrakit.oneview.client.model.OsDeploymentSettings;
import io.infrakit.oneview.client.model.ServerProfile;
import io.infrakit.oneview.client.model.ServerProfileTemplate;
import io.infrakit.oneview.spi.InstancePluginException;
import io.infrakit.oneview.spi.InvalidPropertiesException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The OS deployment of a group's profiles: the plan (the group's {@code OSDeploymentPlan}, else the template's) and
 * the group's {@link OsDeploymentProperties}, checked against the plan's custom attributes.
 *
 * <p>The profile's {@code osCustomAttributes} are the complete list: the template's entries (as the template's
 * {@code new-profile} copies them; with another plan than the template's, only those the plan declares), then every
 * editable plan default the list lacks (OneView does not fill in defaults: an omitted attribute is "Not Set"), then
 * the group's {@code OSCustomAttributes} and the Init, which win by name.
 *
 * @param plan          the plan
 * @param templatesPlan whether it is the template's plan
 * @param properties    the group's OS deployment fields
 * @param templateName  the template's name, for messages
 */
record OsDeployment(OsDeploymentPlan plan, boolean templatesPlan, OsDeploymentProperties properties,
                    String templateName) {

    /** Sub-attributes every NIC attribute takes besides those its {@code parameters} constraint lists. */
    private static final Set<String> NIC_SUBS = Set.of("connectionid", "networkuri", "constraint", "dhcp",
            "ipv4disable");

    /**
     * Finds the plan and checks the group's fields against it.
     *
     * @param client    the client
     * @param template  the group's template
     * @param props     the properties
     * @param appliance the appliance address, for messages
     * @return the deployment; empty when neither the group nor the template names a plan
     * @throws InvalidPropertiesException naming the field when the plan does not exist, does not declare an attribute
     *                                    the group sets, or a value does not fit its attribute
     */
    static Optional<OsDeployment> resolve(OneViewClient client, ServerProfileTemplate template,
                                          InstanceProperties props, String appliance) {
        OsDeploymentProperties os = props.osDeployment();
        OsDeploymentSettings fromTemplate = template.osDeploymentSettings();
        String templatePlan = fromTemplate == null ? null : fromTemplate.osDeploymentPlanUri();
        OsDeployment deployment;
        if (os.planName() != null) {
            OsDeploymentPlan plan = byName(client, os.planName(), appliance);
            deployment = new OsDeployment(plan, plan.uri().equals(templatePlan), os, template.name());
        } else if (templatePlan != null) {
            deployment = new OsDeployment(byUri(client, templatePlan, template.name(), appliance), true, os,
                    template.name());
        } else {
            if (os.initAttribute() != null || !os.attributes().isEmpty()) {
                String field = os.initAttribute() != null ? InstanceProperties.INIT_ATTRIBUTE
                        : InstanceProperties.OS_CUSTOM_ATTRIBUTES;
                throw new InvalidPropertiesException(field + ": template '" + template.name() + "' deploys no OS "
                        + "(it names no OS deployment plan) and " + InstanceProperties.OS_DEPLOYMENT_PLAN + " is not "
                        + "given: there is no plan to set custom attributes of");
            }
            return Optional.empty();
        }
        deployment.check();
        return Optional.of(deployment);
    }

    private static OsDeploymentPlan byName(OneViewClient client, String name, String appliance) {
        String field = InstanceProperties.OS_DEPLOYMENT_PLAN;
        try {
            return client.osDeploymentPlans().findByName(name).orElseThrow(() -> new InvalidPropertiesException(
                    field + ": there is no OS deployment plan named '" + name + "' on " + appliance
                            + " (names are case-sensitive)"));
        } catch (NotFoundException e) {
            throw new InvalidPropertiesException(field + ": the OneView appliance " + appliance + " has no OS "
                    + "deployment plans (GET /rest/os-deployment-plans/ answered 404): OS deployment needs HPE Synergy"
                    + " with Image Streamer");
        } catch (UnsupportedApiVersionException e) {
            throw new InvalidPropertiesException(field + ": " + e.getMessage());
        }
    }

    private static OsDeploymentPlan byUri(OneViewClient client, String uri, String templateName, String appliance) {
        try {
            return client.osDeploymentPlans().get(uri);
        } catch (NotFoundException e) {
            throw new InvalidPropertiesException(InstanceProperties.TEMPLATE_NAME + ": template '" + templateName
                    + "' deploys the OS deployment plan " + uri + ", which " + appliance + " does not have (fix the "
                    + "template, or name an existing plan in " + InstanceProperties.OS_DEPLOYMENT_PLAN + ")");
        } catch (UnsupportedApiVersionException e) {
            throw new InvalidPropertiesException(InstanceProperties.TEMPLATE_NAME + ": template '" + templateName
                    + "' deploys an OS deployment plan, but " + e.getMessage());
        }
    }

    /** @return the plan's name */
    String planName() {
        return plan.name();
    }

    /** @return whether {@code Spec.Init} reaches the servers ({@code InitAttribute} is set) */
    boolean deliversInit() {
        return properties.initAttribute() != null;
    }

    /** @return how the plan is named in messages: {@code OS deployment plan 'X'} */
    String describePlan() {
        return "OS deployment plan '" + plan.name() + "'";
    }

    void check() {
        String init = properties.initAttribute();
        if (init != null) {
            String field = InstanceProperties.INIT_ATTRIBUTE;
            OsDeploymentPlanAttribute a = plan.customAttribute(init).orElseThrow(() -> new InvalidPropertiesException(
                    field + ": " + describePlan() + " declares no custom attribute '" + init + "'" + declared()));
            if (a.type() != OsCustomAttributeType.STRING) {
                throw new InvalidPropertiesException(field + ": attribute '" + init + "' of " + describePlan()
                        + " is of type " + typeText(a) + "; the Init goes into a string attribute");
            }
            if (!a.editable()) {
                throw new InvalidPropertiesException(field + ": attribute '" + init + "' of " + describePlan()
                        + " is not editable: a profile cannot set it");
            }
            String sample = properties.initEncoding().encode("#!/bin/sh\necho Init\n");
            if (a.regex() != null && !OsAttributeRules.matches(a.regex(), sample)) {
                throw new InvalidPropertiesException(field + ": attribute '" + init + "' of " + describePlan()
                        + " accepts only values matching " + a.regex() + ", which an Init in " + InstanceProperties
                        .INIT_ENCODING + " " + properties.initEncoding().value() + " does not");
            }
        }
        for (Map.Entry<String, String> e : properties.attributes().entrySet()) {
            String label = InstanceProperties.OS_CUSTOM_ATTRIBUTES + "." + e.getKey();
            String sample = AttributePlaceholders.SAMPLE.render(label, e.getValue());
            Optional<String> problem = problem(label, e.getKey(), sample, true);
            if (problem.isPresent()) {
                throw new InvalidPropertiesException(label + ": " + problem.get());
            }
        }
    }

    /**
     * @return the problem of a value for the named attribute (a sentence after the field), empty when it fits; with
     *         {@code structure}, also a name the plan does not declare or does not let a profile set
     */
    private Optional<String> problem(String label, String name, String value, boolean structure) {
        int dot = name.indexOf('.');
        String base = dot < 0 ? name : name.substring(0, dot);
        Optional<OsDeploymentPlanAttribute> declared = plan.customAttribute(base);
        if (declared.isEmpty()) {
            return Optional.of(describePlan() + " declares no custom attribute '" + base + "'" + declared());
        }
        OsDeploymentPlanAttribute a = declared.get();
        if (structure && !a.editable()) {
            return Optional.of("attribute '" + base + "' of " + describePlan() + " is not editable: a profile cannot"
                    + " set it");
        }
        if (structure && a.type() == OsCustomAttributeType.PASSWORD) {
            return Optional.of("attribute '" + base + "' of " + describePlan() + " is a password: set it in template '"
                    + templateName + "' (the appliance keeps it encrypted), not in the group's properties, which are "
                    + "stored and reported as they are");
        }
        if (dot >= 0) {
            if (a.type() != OsCustomAttributeType.NIC) {
                return Optional.of("attribute '" + base + "' of " + describePlan() + " is of type " + typeText(a)
                        + ", not nic: it has no sub-attribute '" + name.substring(dot + 1) + "'");
            }
            String sub = name.substring(dot + 1);
            Set<String> subs = nicSubs(a);
            if (!subs.isEmpty() && !subs.contains(sub)) {
                return Optional.of("NIC attribute '" + base + "' of " + describePlan() + " has no sub-attribute '"
                        + sub + "'; it has " + String.join(", ", new java.util.TreeSet<>(subs)));
            }
            if (value.indexOf('@') >= 0) {
                return Optional.of("contains @, which OneView refuses in custom attribute values");
            }
            return Optional.empty();
        }
        return OsAttributeRules.problem(a, value).map(p -> "the value " + shown(a, value) + " " + p + " (attribute '"
                + base + "' of " + describePlan() + ", type " + typeText(a) + ")");
    }

    private static Set<String> nicSubs(OsDeploymentPlanAttribute a) {
        JsonNode parameters = a.constraints().get("parameters");
        if (parameters == null || !parameters.isArray() || parameters.isEmpty()) {
            return Set.of();
        }
        Set<String> subs = new java.util.HashSet<>(NIC_SUBS);
        parameters.forEach(p -> subs.add(p.asText()));
        return subs;
    }

    private String declared() {
        return "; it declares " + (plan.customAttributes().isEmpty() ? "none"
                : String.join(", ", plan.customAttributes().stream().map(OsDeploymentPlanAttribute::name).toList()));
    }

    private static String typeText(OsDeploymentPlanAttribute a) {
        return a.typeName() == null ? "(none)" : a.typeName();
    }

    private static String shown(OsDeploymentPlanAttribute a, String value) {
        return a.type() == OsCustomAttributeType.PASSWORD || value.length() > 80 ? "(" + value.length()
                + " characters)" : "'" + value + "'";
    }

    /**
     * The values this instance's profile gets from the group: its {@code OSCustomAttributes}, placeholders
     * rendered, and the encoded Init in the {@code InitAttribute}; each checked against its attribute.
     *
     * @param placeholders the instance's placeholder values
     * @param init         {@code Spec.Init} (empty when none)
     * @return attribute name to value, in the group's order, the Init last
     * @throws InstancePluginException naming the field (or {@code Init}) when a value does not fit; the Init is never
     *                                 cut to fit
     */
    Map<String, String> values(AttributePlaceholders placeholders, String init) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : properties.attributes().entrySet()) {
            String label = InstanceProperties.OS_CUSTOM_ATTRIBUTES + "." + e.getKey();
            String value = placeholders.render(label, e.getValue());
            Optional<String> problem = problem(label, e.getKey(), value, false);
            if (problem.isPresent()) {
                throw new InstancePluginException(label + ": " + problem.get());
            }
            values.put(e.getKey(), value);
        }
        String name = properties.initAttribute();
        if (name != null) {
            OsDeploymentPlanAttribute a = plan.customAttribute(name).orElseThrow(() -> new InstancePluginException(
                    InstanceProperties.INIT_ATTRIBUTE + ": " + describePlan() + " no longer declares '" + name + "'"));
            InitEncoding encoding = properties.initEncoding();
            String encoded = encoding.encode(init);
            Optional<String> problem = OsAttributeRules.problem(a, encoded);
            if (problem.isPresent()) {
                String what = encoding == InitEncoding.BASE64 ? "Init (" + init.getBytes(
                        java.nio.charset.StandardCharsets.UTF_8).length + " bytes, " + encoded.length()
                        + " characters in base64)" : "Init (" + init.length() + " characters)";
                Integer max = a.maxValueLength();
                String hint = encoded.indexOf('@') >= 0 ? "; use " + InstanceProperties.INIT_ENCODING + " base64"
                        : max != null && encoded.length() > max ? "; the Init is never cut: shorten it (for example a"
                        + " script that fetches the rest), or use a plan whose attribute takes more" : "";
                throw new InstancePluginException(what + " does not fit attribute '" + name + "' of "
                        + describePlan() + ": it " + problem.get() + hint);
            }
            values.put(name, encoded);
        }
        return values;
    }

    /**
     * @param body     the template's {@code new-profile} (name and server set)
     * @param template the template (its settings serve when {@code new-profile} has none)
     * @param values   the group's values ({@link #values})
     * @return the profile's {@code osDeploymentSettings}
     */
    OsDeploymentSettings settings(ServerProfile body, ServerProfileTemplate template, Map<String, String> values) {
        OsDeploymentSettings base = body.osDeploymentSettings();
        if (base == null || base.osDeploymentPlanUri() == null) {
            base = template.osDeploymentSettings();
        }
        if (base == null) {
            base = OsDeploymentSettings.of(plan.uri());
        }
        if (!plan.uri().equals(base.osDeploymentPlanUri())) {
            base = base.withOsDeploymentPlanUri(plan.uri());
            for (OsCustomAttribute a : base.customAttributes()) {
                int dot = a.name().indexOf('.');
                if (plan.customAttribute(dot < 0 ? a.name() : a.name().substring(0, dot)).isEmpty()) {
                    base = base.withoutCustomAttribute(a.name());
                }
            }
        }
        for (OsDeploymentPlanAttribute a : plan.customAttributes()) {
            String d = a.defaultValue();
            if (a.name() != null && a.editable() && a.type() != OsCustomAttributeType.NIC && d != null && !d.isEmpty()
                    && base.customAttribute(a.name()).isEmpty()) {
                base = base.withCustomAttribute(a.name(), d);
            }
        }
        for (Map.Entry<String, String> e : values.entrySet()) {
            base = base.withCustomAttribute(e.getKey(), e.getValue());
        }
        return base;
    }
}
