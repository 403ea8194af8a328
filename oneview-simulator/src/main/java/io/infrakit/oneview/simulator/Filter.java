package io.infrakit.oneview.simulator;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One parsed {@code filter} expression: {@code [not] attribute operator 'value'}. Internal.
 *
 * <p>Supported operators: {@code =}, {@code eq} (case-insensitive), {@code ==}, {@code seq} (case-sensitive),
 * {@code ne}, {@code sne}, {@code <>}, {@code matches}, {@code smatches} (SQL wildcards {@code %} and {@code _}).
 * The whole expression may be wrapped in double quotes; the value is in single quotes, or unquoted without spaces;
 * an unquoted {@code null} tests for JSON null. The attribute may use dot notation for nested fields. A
 * {@code matches} with an empty value is refused, as recorded (fixture
 * {@code chef-provisioning-oneview/v120/server-profiles_invalid_filter.json}).
 */
final class Filter {

    private static final Pattern EXPRESSION = Pattern.compile(
            "^\\s*(?<not>not\\s+)?(?<attr>[A-Za-z_][A-Za-z0-9_.]*)"
                    + "(?:\\s*(?<sym>==|=|<>)\\s*|\\s+(?<word>eq|seq|ne|sne|matches|smatches)\\s*(?=')|\\s+(?<word2>eq|seq|ne|sne|matches|smatches)\\s+)"
                    + "(?:'(?<quoted>[^']*)'|(?<bare>[^\\s'\"]+))\\s*$",
            Pattern.CASE_INSENSITIVE);

    private final boolean negated;
    private final String[] path;
    private final String operator;
    private final String value;
    private final boolean nullTest;
    private final Pattern like;

    private Filter(boolean negated, String attribute, String operator, String value, boolean nullTest) {
        this.negated = negated;
        this.path = attribute.split("\\.");
        this.operator = operator.toLowerCase(Locale.ROOT);
        this.value = value;
        this.nullTest = nullTest;
        if (this.operator.equals("matches") || this.operator.equals("smatches")) {
            this.like = likePattern(value, this.operator.equals("matches"));
        } else {
            this.like = null;
        }
    }

    /**
     * Parses one {@code filter} parameter value (already URL-decoded).
     *
     * @throws ApiException 400 INVALID_FILTER
     */
    static Filter parse(String raw) throws ApiException {
        String expression = raw.trim();
        if (expression.length() >= 2 && expression.startsWith("\"") && expression.endsWith("\"")) {
            expression = expression.substring(1, expression.length() - 1);
        }
        Matcher m = EXPRESSION.matcher(expression);
        if (!m.matches()) {
            throw ApiException.badRequest(ErrorCodes.INVALID_FILTER,
                    "The specified filter is not valid ([" + raw + "]).");
        }
        String quoted = m.group("quoted");
        String bare = m.group("bare");
        boolean nullTest = quoted == null && bare.equalsIgnoreCase("null");
        String op = m.group("sym") != null ? m.group("sym")
                : m.group("word") != null ? m.group("word") : m.group("word2");
        if (nullTest && !(op.equals("=") || op.equals("==") || op.equalsIgnoreCase("eq") || op.equalsIgnoreCase("ne")
                || op.equalsIgnoreCase("seq") || op.equalsIgnoreCase("sne") || op.equals("<>"))) {
            throw ApiException.badRequest(ErrorCodes.INVALID_FILTER,
                    "The specified filter is not valid ([" + raw + "]).");
        }
        if (quoted != null && quoted.isEmpty() && op.toLowerCase(Locale.ROOT).endsWith("matches")) {
            // recorded: "serialNumber matches ''" answers 400 INVALID_FILTER
            throw ApiException.badRequest(ErrorCodes.INVALID_FILTER,
                    "The specified filter is not valid ([" + raw + "]).");
        }
        return new Filter(m.group("not") != null, m.group("attr"), op, quoted != null ? quoted : bare, nullTest);
    }

    private static Pattern likePattern(String value, boolean caseInsensitive) {
        StringBuilder regex = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        for (char c : value.toCharArray()) {
            if (c == '%' || c == '_') {
                if (literal.length() > 0) {
                    regex.append(Pattern.quote(literal.toString()));
                    literal.setLength(0);
                }
                regex.append(c == '%' ? ".*" : ".");
            } else {
                literal.append(c);
            }
        }
        if (literal.length() > 0) {
            regex.append(Pattern.quote(literal.toString()));
        }
        int flags = Pattern.DOTALL | (caseInsensitive ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0);
        return Pattern.compile(regex.toString(), flags);
    }

    boolean test(JsonNode resource) {
        java.util.List<JsonNode> values = new java.util.ArrayList<>();
        collect(resource, 0, values);
        boolean result;
        if (values.isEmpty()) {
            result = evaluate(null);
        } else if (operator.equals("ne") || operator.equals("sne") || operator.equals("<>")) {
            result = true;
            for (JsonNode value : values) {
                result &= evaluate(value);
            }
        } else {
            result = false;
            for (JsonNode value : values) {
                result |= evaluate(value);
            }
        }
        return negated != result;
    }

    /** Follows the dotted path; arrays on the way fan out to every element. */
    private void collect(JsonNode node, int index, java.util.List<JsonNode> out) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return;
        }
        if (node.isArray() && index > 0) {
            node.forEach(element -> collect(element, index, out));
            return;
        }
        if (index == path.length) {
            out.add(node);
            return;
        }
        collect(node.get(path[index]), index + 1, out);
    }

    private boolean evaluate(JsonNode node) {
        boolean isNull = node == null || node.isNull() || node.isMissingNode();
        switch (operator) {
            case "=", "eq", "==", "seq" -> {
                if (nullTest) {
                    return isNull;
                }
                return !isNull && equalsValue(node, !operator.equals("==") && !operator.equals("seq"));
            }
            case "ne", "sne", "<>" -> {
                if (nullTest) {
                    return !isNull;
                }
                return isNull || !equalsValue(node, !operator.equals("sne"));
            }
            default -> {
                if (isNull) {
                    return false;
                }
                if (node.isArray()) {
                    for (JsonNode element : node) {
                        if (like.matcher(element.asText()).matches()) {
                            return true;
                        }
                    }
                    return false;
                }
                return like.matcher(node.asText()).matches();
            }
        }
    }

    private boolean equalsValue(JsonNode node, boolean ignoreCase) {
        if (node.isArray()) {
            for (JsonNode element : node) {
                if (equalsText(element.asText(), ignoreCase)) {
                    return true;
                }
            }
            return false;
        }
        return equalsText(node.asText(), ignoreCase);
    }

    private boolean equalsText(String text, boolean ignoreCase) {
        return ignoreCase ? text.equalsIgnoreCase(value) : text.equals(value);
    }
}
