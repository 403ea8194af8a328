/**
 * JSON as Go's {@code encoding/json} writes it (escapes, raw values, sorted keys) and reads it into InfraKit's
 * request structs (case-insensitive fields, null rules, Go's error messages), for byte-for-byte compatibility.
 *
 * <p>Internal to {@code rpc-server}: public only so that the layers can see each other; not an API.
 */
package io.infrakit.oneview.rpc.internal.gojson;
