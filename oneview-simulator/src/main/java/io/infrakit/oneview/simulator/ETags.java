package io.infrakit.oneview.simulator;

/** The eTag check of updates: {@code If-Match}, else the body's {@code eTag} (reference §6). Internal. */
final class ETags {

    private ETags() {
    }

    /**
     * @param current  the resource's eTag
     * @param bodyETag the body's {@code eTag}, or null
     * @param required whether an update without any eTag is refused
     * @throws ApiException 412 {@code ETAG_MISMATCH} for a stale or (when required) missing eTag; {@code If-Match: *}
     *                      passes
     */
    static void check(RequestContext context, String current, String bodyETag, boolean required) throws ApiException {
        String ifMatch = context.request().header("if-match");
        String given;
        if (ifMatch != null) {
            given = Responses.unquote(ifMatch);
            if (given.equals("*")) {
                return;
            }
        } else {
            given = bodyETag;
        }
        if (given == null) {
            if (!required) {
                return;
            }
            throw new ApiException(412, ErrorCodes.ETAG_MISMATCH, "The update carries no eTag.",
                    "Send the current eTag in the body or in an If-Match header (If-Match: * skips the check).",
                    "GET the resource, apply your changes to it and PUT it back.");
        }
        if (!given.equals(current)) {
            throw new ApiException(412, ErrorCodes.ETAG_MISMATCH,
                    "The resource was modified since it was read: eTag '" + given + "' does not match the current eTag '"
                            + current + "'.", "",
                    "GET the resource again, reapply your changes and retry.");
        }
    }
}
