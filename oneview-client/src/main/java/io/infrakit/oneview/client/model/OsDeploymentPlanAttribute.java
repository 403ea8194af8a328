package io.infrakit.oneview.client.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One custom attribute of an OS deployment plan (a member of its {@code additionalParameters}): the name the plan
 * scripts use, its type, its default and whether a profile may set it.
 *
 * <p>Parsing is tolerant, as these shapes are not documented by HPE: the OneView names ({@code caType},
 * {@code caEditable}, {@code caConstraints}, {@code caId}) are read first, the Image Streamer names ({@code type},
 * {@code editable}, {@code constraints}, {@code id}) otherwise; {@code caConstraints} may be a string holding JSON
 * (as appliances send it) or an object; booleans and numbers may come as strings.
 *
 * @param json the attribute's JSON as received
 */
public record OsDeploymentPlanAttribute(ResourceJson json) {

    /** Longest value of a {@code string}, {@code hostname} or {@code fqdn} attribute (Image Streamer help). */
    public static final int DEFAULT_MAX_TEXT_LENGTH = 254;

    /**
     * Wraps the JSON.
     *
     * @param json see the record component
     */
    public OsDeploymentPlanAttribute {
        Objects.requireNonNull(json, "json");
    }

    /**
     * @return the name, exactly as the plan scripts write it ({@code @name@}), or {@code null}
     */
    public String name() {
        return json.text("name");
    }

    /**
     * @return the attribute id ({@code caId}), or {@code null}
     */
    public String id() {
        return first("caId", "id");
    }

    /**
     * @return the description, or {@code null}
     */
    public String description() {
        return json.text("description");
    }

    /**
     * @return the type text as sent ({@code caType}), or {@code null}
     */
    public String typeName() {
        return first("caType", "type");
    }

    /**
     * @return the type; {@link OsCustomAttributeType#UNKNOWN} when absent or not recognised
     */
    public OsCustomAttributeType type() {
        return OsCustomAttributeType.fromValue(typeName());
    }

    /**
     * @return the plan's default value ({@code value}) as text, or {@code null} when it has none (NIC attributes
     *         never have one)
     */
    public String defaultValue() {
        return json.text("value");
    }

    /**
     * Whether a server profile may set the attribute ({@code caEditable}). An attribute that does not say is taken
     * as editable.
     *
     * @return false only when the plan marks it not editable
     */
    public boolean editable() {
        String v = first("caEditable", "editable");
        return v == null || !v.strip().equalsIgnoreCase("false");
    }

    /**
     * @return the constraints as an object (parsed from the {@code caConstraints} string); empty when absent or not
     *         valid JSON
     */
    public ResourceJson constraints() {
        JsonNode c = json.get("caConstraints");
        if (c == null || c.isNull()) {
            c = json.get("constraints");
        }
        if (c != null && c.isObject()) {
            return ResourceJson.of((ObjectNode) c);
        }
        if (c != null && c.isTextual()) {
            try {
                return ResourceJson.parse(c.asText());
            } catch (IllegalArgumentException notAnObject) {
                return ResourceJson.parse("{}");
            }
        }
        return ResourceJson.parse("{}");
    }

    /**
     * @return the constraint {@code maxlen}, or {@code null}
     */
    public Integer maxLength() {
        return integer(constraints().text("maxlen"));
    }

    /**
     * @return the constraint {@code minlen}, or {@code null}
     */
    public Integer minLength() {
        return integer(constraints().text("minlen"));
    }

    /**
     * The longest value a profile may give: {@code maxlen} when the plan sets one, else
     * {@value #DEFAULT_MAX_TEXT_LENGTH} for {@code string}, {@code hostname} and {@code fqdn} attributes.
     *
     * @return the limit, or {@code null} when none is known
     */
    public Integer maxValueLength() {
        Integer max = maxLength();
        if (max != null) {
            return max;
        }
        OsCustomAttributeType t = type();
        return t == OsCustomAttributeType.STRING || t == OsCustomAttributeType.HOSTNAME
                || t == OsCustomAttributeType.FQDN ? DEFAULT_MAX_TEXT_LENGTH : null;
    }

    /**
     * @return the constraint {@code regex} values must match, or {@code null} when none (or empty)
     */
    public String regex() {
        String r = constraints().text("regex");
        return r == null || r.isEmpty() ? null : r;
    }

    /**
     * @return the allowed values of an {@code option} attribute (constraint {@code options}); empty when none
     */
    public List<String> options() {
        JsonNode options = constraints().get("options");
        List<String> result = new ArrayList<>();
        if (options != null && options.isArray()) {
            for (JsonNode o : options) {
                if (o.isValueNode() && !o.isNull()) {
                    result.add(o.asText());
                }
            }
        }
        return List.copyOf(result);
    }

    /**
     * @return the constraint {@code minimum} of a {@code number} attribute, or {@code null}
     */
    public BigDecimal minimum() {
        return decimal(constraints().text("minimum"));
    }

    /**
     * @return the constraint {@code maximum} of a {@code number} attribute, or {@code null}
     */
    public BigDecimal maximum() {
        return decimal(constraints().text("maximum"));
    }

    /**
     * @return the constraint {@code helpText}, or {@code null} when none (or empty)
     */
    public String helpText() {
        String h = constraints().text("helpText");
        return h == null || h.isEmpty() ? null : h;
    }

    private String first(String oneView, String imageStreamer) {
        String v = json.text(oneView);
        return v != null ? v : json.text(imageStreamer);
    }

    private static Integer integer(String text) {
        BigDecimal d = decimal(text);
        try {
            return d == null ? null : d.intValueExact();
        } catch (ArithmeticException notAnInt) {
            return null;
        }
    }

    private static BigDecimal decimal(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}
