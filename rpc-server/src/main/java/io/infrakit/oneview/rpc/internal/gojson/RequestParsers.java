package io.infrakit.oneview.rpc.internal.gojson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;

/** The Jackson factory of every request parser: nesting is bounded, so that a deep body cannot exhaust the stack. */
public final class RequestParsers {

    /** Parses request bodies and params, at most 200 levels deep. */
    public static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(200).build())
            .build();

    private RequestParsers() {
    }
}
