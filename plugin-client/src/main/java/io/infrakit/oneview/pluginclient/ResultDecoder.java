package io.infrakit.oneview.pluginclient;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.infrakit.oneview.spi.Description;
import io.infrakit.oneview.spi.RawJson;
import io.infrakit.oneview.spi.RawJsonCutter;
import io.infrakit.oneview.spi.Validation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Decodes method results into the contract types, field names matched case-insensitively as Go's decoder does;
 * {@code Properties} are cut from the reply, byte for byte.
 */
final class ResultDecoder {

    /** Reads one member value the parser is positioned on. */
    @FunctionalInterface
    private interface Member {
        void read(String name, JsonParser p) throws IOException;
    }

    private ResultDecoder() {
    }

    /** @return the string member {@code field} of the result object, or null */
    static String string(String method, RawJson result, String field) {
        String[] found = new String[1];
        members(method, result, (name, p) -> {
            if (name.equalsIgnoreCase(field) && p.currentToken() == JsonToken.VALUE_STRING) {
                found[0] = p.getText();
            } else {
                p.skipChildren();
            }
        });
        return found[0];
    }

    /** {@code {"OK":true,"Unchecked":[..]?}}: what the plugin could not check. */
    static Validation validation(String method, RawJson result) {
        List<String> unchecked = new ArrayList<>();
        members(method, result, (name, p) -> {
            if (name.equalsIgnoreCase("Unchecked") && p.currentToken() == JsonToken.START_ARRAY) {
                while (p.nextToken() == JsonToken.VALUE_STRING) {
                    unchecked.add(p.getText());
                }
                if (p.currentToken() != JsonToken.END_ARRAY) {
                    p.skipChildren();
                }
            } else {
                p.skipChildren();
            }
        });
        return new Validation(unchecked);
    }

    /** {@code {"Descriptions":[{"ID","LogicalID","Tags","Properties"?}...]}}. */
    static List<Description> descriptions(String method, RawJson result) {
        List<Description> out = new ArrayList<>();
        String text = result.json();
        members(method, result, (name, p) -> {
            if (!name.equalsIgnoreCase("Descriptions") || p.currentToken() != JsonToken.START_ARRAY) {
                p.skipChildren();
                return;
            }
            while (p.nextToken() == JsonToken.START_OBJECT) {
                String id = null;
                String logicalId = null;
                Map<String, String> tags = new TreeMap<>();
                RawJson properties = null;
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String field = p.currentName();
                    JsonToken value = p.nextToken();
                    if (field.equalsIgnoreCase("ID") && value == JsonToken.VALUE_STRING) {
                        id = p.getText();
                    } else if (field.equalsIgnoreCase("LogicalID") && value == JsonToken.VALUE_STRING) {
                        logicalId = p.getText();
                    } else if (field.equalsIgnoreCase("Tags") && value == JsonToken.START_OBJECT) {
                        tags.putAll(stringMap(p));
                    } else if (field.equalsIgnoreCase("Properties")) {
                        properties = RawJsonCutter.cut(p, text);
                    } else {
                        p.skipChildren();
                    }
                }
                if (id == null) {
                    throw new IOException("a description without an ID");
                }
                out.add(new Description(id, logicalId, new TreeMap<>(tags), properties));
            }
        });
        return out;
    }

    /** {@code {"Objects":{"Instance/0.6.1":[{"Name":".","ProxyFor":""}...]}}} → interface to object names. */
    static Map<String, List<String>> helloObjects(String method, RawJson result) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        members(method, result, (name, p) -> {
            if (!name.equalsIgnoreCase("Objects") || p.currentToken() != JsonToken.START_OBJECT) {
                p.skipChildren();
                return;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String iface = p.currentName();
                List<String> names = new ArrayList<>();
                if (p.nextToken() == JsonToken.START_ARRAY) {
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        Map<String, String> object = stringMap(p);
                        names.add(object.getOrDefault("Name", ""));
                    }
                } else {
                    p.skipChildren();
                }
                out.put(iface, List.copyOf(names));
            }
        });
        return out;
    }

    /** {@code {"Types":{"Instance/0.5.0":[".","compute"]}}} → interface to names. */
    static Map<String, List<String>> types(String method, RawJson result) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        members(method, result, (name, p) -> {
            if (!name.equalsIgnoreCase("Types") || p.currentToken() != JsonToken.START_OBJECT) {
                p.skipChildren();
                return;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String iface = p.currentName();
                List<String> names = new ArrayList<>();
                if (p.nextToken() == JsonToken.START_ARRAY) {
                    JsonToken t;
                    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                        if (t == JsonToken.VALUE_STRING) {
                            names.add(p.getText());
                        } else {
                            p.skipChildren();
                        }
                    }
                } else {
                    p.skipChildren();
                }
                out.put(iface, List.copyOf(names));
            }
        });
        return out;
    }

    /** {@code {"APIs":[{"Name":"Instance","Version":"0.3.0","Sub":""}...]}}. */
    static List<InterfaceSpec> apis(String method, RawJson result) {
        List<InterfaceSpec> out = new ArrayList<>();
        members(method, result, (name, p) -> {
            if (!name.equalsIgnoreCase("APIs") || p.currentToken() != JsonToken.START_ARRAY) {
                p.skipChildren();
                return;
            }
            while (p.nextToken() == JsonToken.START_OBJECT) {
                Map<String, String> api = stringMap(p);
                out.add(new InterfaceSpec(api.getOrDefault("Name", ""), api.getOrDefault("Version", ""),
                        api.getOrDefault("Sub", "")));
            }
        });
        return out;
    }

    /** Reads the string members of the object the parser is in (its START_OBJECT read); others are skipped. */
    private static Map<String, String> stringMap(JsonParser p) throws IOException {
        Map<String, String> map = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            JsonToken value = p.nextToken();
            if (value == JsonToken.VALUE_STRING) {
                map.put(key, p.getText());
            } else if (value == JsonToken.VALUE_NULL) {
                map.put(key, "");
            } else {
                p.skipChildren();
            }
        }
        return map;
    }

    private static void members(String method, RawJson result, Member member) {
        try (JsonParser p = RequestWriter.JSON.createParser(result.json())) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("the result is not an object");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                member.read(name, p);
            }
        } catch (IOException e) {
            throw new PluginCallException("the plugin's result of " + method + " is not what InfraKit expects ("
                    + e.getMessage() + "): " + result.json(), e);
        }
    }
}
