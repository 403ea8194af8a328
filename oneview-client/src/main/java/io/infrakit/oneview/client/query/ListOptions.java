package io.infrakit.oneview.client.query;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Immutable options of a collection query: filters (ANDed), sort keys, {@code start} and {@code count}. For a
 * single-page listing {@code count} is the page size asked for; when streaming every page it is the page size of
 * each request. The appliance may return fewer members than asked for.
 *
 * <pre>{@code
 * ListOptions.builder()
 *     .filter(Filter.eq("serverGroupUri", egUri))
 *     .filter(Filter.eq("state", "NoProfileApplied"))
 *     .sort(Sort.asc("name"))
 *     .count(50)
 *     .build();
 * }</pre>
 *
 * @param filters filters, ANDed
 * @param sorts   sort keys, in order
 * @param start   index of the first member, {@code null} for the appliance default
 * @param count   page size, {@code null} for the appliance default
 */
public record ListOptions(List<Filter> filters, List<Sort> sorts, Integer start, Integer count) {
    private static final ListOptions NONE = new ListOptions(List.of(), List.of(), null, null);

    /**
     * Validates and copies.
     *
     * @param filters see the record component
     * @param sorts see the record component
     * @param start see the record component
     * @param count see the record component
     */
    public ListOptions {
        filters = List.copyOf(filters);
        sorts = List.copyOf(sorts);
        if (start != null && start < 0) {
            throw new IllegalArgumentException("start must be >= 0 but was " + start);
        }
        if (count != null && count < 1) {
            throw new IllegalArgumentException("count must be >= 1 but was " + count);
        }
    }

    /**
     * @return options with nothing set
     */
    public static ListOptions none() {
        return NONE;
    }

    /**
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @param filter a filter
     * @return options with just this filter
     */
    public static ListOptions filter(Filter filter) {
        return builder().filter(filter).build();
    }

    /**
     * @param newStart the new start
     * @return a copy with another {@code start}
     */
    public ListOptions withStart(int newStart) {
        return new ListOptions(filters, sorts, newStart, count);
    }

    /**
     * Renders the query string (without {@code ?}); parameters in the order start, count, filter..., sort.
     * Values are URL-encoded with {@code %20} for spaces.
     *
     * @return the query string, empty when nothing is set
     */
    public String toQueryString() {
        List<String> params = new ArrayList<>();
        if (start != null) {
            params.add("start=" + start);
        }
        if (count != null) {
            params.add("count=" + count);
        }
        for (Filter f : filters) {
            params.add("filter=" + encode(f.parameterValue()));
        }
        if (!sorts.isEmpty()) {
            params.add("sort=" + encode(sorts.stream().map(Sort::parameterValue).collect(Collectors.joining(","))));
        }
        return String.join("&", params);
    }

    /**
     * URL-encodes a query parameter value (UTF-8, spaces as {@code %20}).
     *
     * @param value the value
     * @return the encoded value
     */
    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /**
     * Builder of {@link ListOptions}. Not thread-safe.
     */
    public static final class Builder {
        private final List<Filter> filters = new ArrayList<>();
        private final List<Sort> sorts = new ArrayList<>();
        private Integer start;
        private Integer count;

        private Builder() {
        }

        /**
         * @param filter a filter, ANDed with the others
         * @return this builder
         */
        public Builder filter(Filter filter) {
            filters.add(Objects.requireNonNull(filter, "filter"));
            return this;
        }

        /**
         * @param sort a sort key, after the ones already added
         * @return this builder
         */
        public Builder sort(Sort sort) {
            sorts.add(Objects.requireNonNull(sort, "sort"));
            return this;
        }

        /**
         * @param start index of the first member (&gt;= 0)
         * @return this builder
         */
        public Builder start(int start) {
            this.start = start;
            return this;
        }

        /**
         * @param count page size (&gt;= 1)
         * @return this builder
         */
        public Builder count(int count) {
            this.count = count;
            return this;
        }

        /**
         * @return the options
         * @throws IllegalArgumentException for a negative start or a count below 1
         */
        public ListOptions build() {
            return new ListOptions(filters, sorts, start, count);
        }
    }
}
