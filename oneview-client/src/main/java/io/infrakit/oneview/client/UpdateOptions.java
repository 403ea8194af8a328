package io.infrakit.oneview.client;

/**
 * Options of a server profile update ({@code PUT}).
 *
 * @param ifMatch which {@code If-Match} header to send
 * @param force   whether to send {@code ?force=true} (complete despite connectivity or resource errors)
 */
public record UpdateOptions(IfMatch ifMatch, boolean force) {

    /**
     * Checks arguments.
     *
     * @param ifMatch see the record component
     * @param force see the record component
     */
    public UpdateOptions {
        java.util.Objects.requireNonNull(ifMatch, "ifMatch");
    }

    /**
     * The {@code If-Match} header of an update.
     */
    public enum IfMatch {
        /** {@code If-Match: <the body's eTag>} (no header when the body has no eTag). A stale eTag gives 412. */
        ETAG,
        /** {@code If-Match: *}: update whatever the current eTag (no concurrency check). */
        ANY,
        /** No header; the appliance checks the body's {@code eTag}. */
        NONE
    }

    /**
     * @return {@code If-Match} from the eTag, no force
     */
    public static UpdateOptions defaults() {
        return new UpdateOptions(IfMatch.ETAG, false);
    }

    /**
     * @param value whether to force
     * @return a copy with {@code force} set
     */
    public UpdateOptions withForce(boolean value) {
        return new UpdateOptions(ifMatch, value);
    }

    /**
     * @param value the If-Match mode
     * @return a copy with {@code ifMatch} set
     */
    public UpdateOptions withIfMatch(IfMatch value) {
        return new UpdateOptions(value, force);
    }
}
