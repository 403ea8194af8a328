package io.infrakit.oneview.simulator;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Objects;

/**
 * Builds the common response shapes. Collections go out chunked ({@code Transfer-Encoding: chunked}, as recorded in
 * POSH-HPEOneView issue 312's log, reference §6), so that a client depending on Content-Length fails here. Internal.
 */
final class Responses {

    private Responses() {
    }

    static ApiResponse collection(Appliance appliance, RequestContext context, List<? extends ObjectNode> all,
                                  String type, String category) throws ApiException {
        CollectionQuery query = CollectionQuery.parse(context.request(), appliance.config.maxPageSize());
        return ApiResponse.ok(query.apply(all, context.request(), type, category, context.now())).inChunks();
    }

    static <T> ApiResponse collection(Appliance appliance, RequestContext context, List<T> all,
                                      java.util.function.Function<T, ? extends ObjectNode> render, String type,
                                      String category) throws ApiException {
        CollectionQuery query = CollectionQuery.parse(context.request(), appliance.config.maxPageSize());
        return ApiResponse.ok(query.apply(all, render, context.request(), type, category, context.now())).inChunks();
    }

    /** A single resource with its ETag header; 304 when If-None-Match names the current ETag. */
    static ApiResponse single(RequestContext context, ObjectNode resource) {
        String eTag = Json.text(resource, "eTag");
        String ifNoneMatch = context.request().header("if-none-match");
        if (eTag != null && ifNoneMatch != null && Objects.equals(unquote(ifNoneMatch), eTag)) {
            return new ApiResponse(304, new java.util.LinkedHashMap<>(), null).withHeader("ETag", eTag);
        }
        ApiResponse response = ApiResponse.ok(resource);
        if (eTag != null) {
            response.withHeader("ETag", eTag);
        }
        return response;
    }

    /** 202 Accepted with the task body and an absolute Location. */
    static ApiResponse accepted(RequestContext context, SimTask task) {
        return ApiResponse.json(202, task.render(context.now())).withHeader("Location", context.baseUri() + task.uri);
    }

    static String unquote(String value) {
        String v = value.trim();
        if (v.startsWith("W/")) {
            v = v.substring(2);
        }
        if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
            v = v.substring(1, v.length() - 1);
        }
        return v;
    }
}
