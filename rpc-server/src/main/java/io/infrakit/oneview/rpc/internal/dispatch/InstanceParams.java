package io.infrakit.oneview.rpc.internal.dispatch;

import io.infrakit.oneview.spi.DestroyContext;
import io.infrakit.oneview.spi.RawJson;
import io.infrakit.oneview.spi.Spec;
import java.util.Map;

/** The decoded arguments of each {@code Instance.*} method; {@code type} is the request's {@code "Type"}. */
final class InstanceParams {

    private InstanceParams() {
    }

    /** {@code Instance.Validate}. */
    record Validate(String type, RawJson properties) {
    }

    /** {@code Instance.Provision}. */
    record Provision(String type, Spec spec) {
    }

    /** {@code Instance.Label}. */
    record Label(String type, String instance, Map<String, String> labels) {
    }

    /** {@code Instance.Destroy}. */
    record Destroy(String type, String instance, DestroyContext context) {
    }

    /** {@code Instance.DescribeInstances}. */
    record Describe(String type, Map<String, String> tags, boolean properties) {
    }
}
