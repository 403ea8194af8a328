package io.infrakit.oneview.client;

import io.infrakit.oneview.client.model.OneViewResource;
import io.infrakit.oneview.client.model.Page;
import io.infrakit.oneview.client.query.ListOptions;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Read operations shared by every OneView collection.
 *
 * <p>All methods may throw {@link io.infrakit.oneview.client.error.OneViewException} subclasses: an
 * {@link io.infrakit.oneview.client.error.OneViewHttpException} for an HTTP error status,
 * {@link io.infrakit.oneview.client.error.OneViewConnectionException} when the appliance cannot be reached.
 *
 * @param <T> the resource type
 */
public interface CollectionApi<T extends OneViewResource> {

    /**
     * Fetches one page (one REST call).
     *
     * @param options filters, sort, start and count
     * @return the page; may hold fewer members than asked for
     */
    Page<T> list(ListOptions options);

    /**
     * Lazily iterates every matching member, page after page, following {@code nextPageUri}. A page is fetched
     * only when the stream needs it. Iteration stops at the last page, at an empty page, or when a
     * {@code nextPageUri} repeats (paging loop, logged as a warning); it fails with an
     * {@link io.infrakit.oneview.client.error.UnexpectedResponseException} beyond the configured page cap.
     *
     * @param options filters and sort; {@code count} is the page size and {@code start} the first index
     * @return the members
     */
    Stream<T> stream(ListOptions options);

    /**
     * Lazily iterates the whole collection.
     *
     * @return the members
     */
    default Stream<T> stream() {
        return stream(ListOptions.none());
    }

    /**
     * Fetches one resource.
     *
     * @param uriOrId the resource URI ({@code /rest/...}, or an absolute URL on the appliance) or its id
     * @return the resource
     * @throws io.infrakit.oneview.client.error.NotFoundException when it does not exist
     * @throws IllegalArgumentException when the URI is not one of this collection
     */
    T get(String uriOrId);

    /**
     * Finds a resource by exact (case-sensitive) name. Filters on the appliance when the name can be expressed in a
     * filter (always re-checked client-side, as the appliance compares case-insensitively); names containing a
     * single or double quote or a line break are looked for by listing the whole collection.
     *
     * @param name the name
     * @return the resource, empty when none has this name
     */
    Optional<T> findByName(String name);
}
