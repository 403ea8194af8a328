package io.infrakit.oneview.client.model;

import java.util.List;
import java.util.Objects;

/**
 * One page of a OneView collection.
 *
 * @param members     the members of this page (possibly fewer than asked for)
 * @param start       index of the first member
 * @param count       number of members in this page as reported by the appliance
 * @param total       number of matching members in the whole collection, {@code -1} when not reported
 * @param uri         the URI of this page
 * @param nextPageUri the URI of the next page, {@code null} at the end
 * @param prevPageUri the URI of the previous page, {@code null} at the start
 * @param <T>         the member type
 */
public record Page<T>(List<T> members, int start, int count, int total, String uri, String nextPageUri,
                      String prevPageUri) {

    /**
     * Creates a page, copying the member list.
     *
     * @param members see the record component
     * @param start see the record component
     * @param count see the record component
     * @param total see the record component
     * @param uri see the record component
     * @param nextPageUri see the record component
     * @param prevPageUri see the record component
     */
    public Page {
        members = List.copyOf(Objects.requireNonNull(members, "members"));
    }
}
