package io.infrakit.oneview.rpc.internal.dispatch;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.infrakit.oneview.rpc.internal.gojson.GoJsonKinds;
import io.infrakit.oneview.rpc.internal.gojson.GoStructReader;
import io.infrakit.oneview.rpc.internal.gojson.GoUnmarshalException;
import io.infrakit.oneview.rpc.internal.gojson.RequestParsers;
import io.infrakit.oneview.spi.DestroyContext;
import io.infrakit.oneview.spi.DestroyReason;
import io.infrakit.oneview.spi.RawJson;
import io.infrakit.oneview.spi.Spec;
import java.io.IOException;
import java.util.Map;

/**
 * Decodes {@code params} the way gorilla's json2 codec and Go's {@code encoding/json} do: an object, or an array
 * whose first element is the object (further elements ignored), or nothing/null for all-zero arguments; keys match
 * case-insensitively; unknown keys are ignored; JSON null leaves a field at its zero value; a value of the wrong
 * type is a {@link GoUnmarshalException} carrying Go's message.
 */
final class ParamsDecoder {

    /** Reads one request struct from an object the parser is positioned on. */
    @FunctionalInterface
    interface StructReader<T> {
        T read(GoStructReader fields) throws IOException, GoUnmarshalException;
    }

    private ParamsDecoder() {
    }

    static InstanceParams.Validate validate(byte[] params) throws GoUnmarshalException {
        return decode(params, "ValidateRequest", f -> {
            String type = "";
            RawJson properties = RawJson.NULL;
            while (f.next()) {
                if (f.is("Type")) {
                    type = f.string(type);
                } else if (f.is("Properties")) {
                    properties = f.raw();
                } else {
                    f.skip();
                }
            }
            return new InstanceParams.Validate(type, properties);
        }, () -> new InstanceParams.Validate("", RawJson.NULL));
    }

    static InstanceParams.Provision provision(byte[] params) throws GoUnmarshalException {
        return decode(params, "ProvisionRequest", f -> {
            String type = "";
            Spec spec = Spec.of(RawJson.NULL, null);
            while (f.next()) {
                if (f.is("Type")) {
                    type = f.string(type);
                } else if (f.is("Spec")) {
                    spec = f.spec(spec);
                } else {
                    f.skip();
                }
            }
            return new InstanceParams.Provision(type, spec);
        }, () -> new InstanceParams.Provision("", Spec.of(RawJson.NULL, null)));
    }

    static InstanceParams.Label label(byte[] params) throws GoUnmarshalException {
        return decode(params, "LabelRequest", f -> {
            String type = "";
            String instance = "";
            Map<String, String> labels = null;
            while (f.next()) {
                if (f.is("Type")) {
                    type = f.string(type);
                } else if (f.is("Instance")) {
                    instance = f.string(instance, "instance.ID");
                } else if (f.is("Labels")) {
                    labels = f.stringMap(labels);
                } else {
                    f.skip();
                }
            }
            return new InstanceParams.Label(type, instance, labels == null ? Map.of() : labels);
        }, () -> new InstanceParams.Label("", "", Map.of()));
    }

    static InstanceParams.Destroy destroy(byte[] params) throws GoUnmarshalException {
        return decode(params, "DestroyRequest", f -> {
            String type = "";
            String instance = "";
            String reason = "";
            while (f.next()) {
                if (f.is("Type")) {
                    type = f.string(type);
                } else if (f.is("Instance")) {
                    instance = f.string(instance, "instance.ID");
                } else if (f.is("Context")) {
                    reason = f.context(reason);
                } else {
                    f.skip();
                }
            }
            return new InstanceParams.Destroy(type, instance, context(reason));
        }, () -> new InstanceParams.Destroy("", "", DestroyContext.UNSPECIFIED));
    }

    static InstanceParams.Describe describe(byte[] params) throws GoUnmarshalException {
        return decode(params, "DescribeInstancesRequest", f -> {
            String type = "";
            Map<String, String> tags = null;
            boolean properties = false;
            while (f.next()) {
                if (f.is("Type")) {
                    type = f.string(type);
                } else if (f.is("Tags")) {
                    tags = f.stringMap(tags);
                } else if (f.is("Properties")) {
                    properties = f.bool(properties);
                } else {
                    f.skip();
                }
            }
            return new InstanceParams.Describe(type, tags == null ? Map.of() : tags, properties);
        }, () -> new InstanceParams.Describe("", Map.of(), false));
    }

    /** Handshake methods take an empty struct: any object (or array of one, or null) is fine. */
    static void empty(byte[] params, String goType) throws GoUnmarshalException {
        decode(params, goType, f -> {
            while (f.next()) {
                f.skip();
            }
            return Boolean.TRUE;
        }, () -> Boolean.TRUE);
    }

    private static DestroyContext context(String reason) {
        DestroyReason r = DestroyReason.fromWire(reason);
        return switch (r) {
            case TERMINATE -> DestroyContext.TERMINATE;
            case UNSPECIFIED -> DestroyContext.UNSPECIFIED;
            default -> new DestroyContext(r);
        };
    }

    private static <T> T decode(byte[] params, String struct, StructReader<T> reader,
                                java.util.function.Supplier<T> zero) throws GoUnmarshalException {
        if (params == null) {
            return zero.get();
        }
        try (JsonParser p = RequestParsers.FACTORY.createParser(params)) {
            JsonToken first = p.nextToken();
            if (first == JsonToken.START_OBJECT) {
                try {
                    return reader.read(new GoStructReader(p, params, struct));
                } catch (GoUnmarshalException e) {
                    throw new GoUnmarshalException("json: cannot unmarshal object into Go value of type [1]interface {}");
                }
            }
            if (first == JsonToken.START_ARRAY) {
                JsonToken element = p.nextToken();
                if (element == JsonToken.END_ARRAY || element == JsonToken.VALUE_NULL) {
                    return zero.get();
                }
                if (element == JsonToken.START_OBJECT) {
                    return reader.read(new GoStructReader(p, params, struct));
                }
                throw new GoUnmarshalException("json: cannot unmarshal " + GoJsonKinds.of(element)
                        + " into Go value of type instance." + struct);
            }
            throw new GoUnmarshalException("json: cannot unmarshal " + GoJsonKinds.of(first)
                    + " into Go value of type [1]interface {}");
        } catch (IOException e) {
            throw new GoUnmarshalException("json: " + e.getMessage());
        }
    }
}
