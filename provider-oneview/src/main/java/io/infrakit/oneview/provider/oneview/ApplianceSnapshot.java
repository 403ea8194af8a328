package io.infrakit.oneview.provider.oneview;

import io.infrakit.oneview.client.OneViewClient;
import io.infrakit.oneview.client.error.BadRequestException;
import io.infrakit.oneview.client.model.ServerHardware;
import io.infrakit.oneview.client.model.ServerProfile;
import io.infrakit.oneview.client.query.Filter;
import io.infrakit.oneview.client.query.ListOptions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What one health check reads from an appliance, in a bounded number of calls whatever the number of instances:
 * the server profiles whose description carries a {@link ProfileMarker} (one paged listing, filtered on the
 * appliance with {@code description matches 'infrakit:%'} and re-checked here) and, when asked, the servers that
 * have a profile (one paged listing filtered on {@code state ne 'NoProfileApplied'}). An appliance that refuses a
 * filter (HTTP 400) is listed without it from then on ({@link RefusedFilters}, one per appliance), and the members
 * are filtered here.
 *
 * @param profiles the marked profiles
 * @param hardware servers with a profile, by URI (empty when not read)
 */
record ApplianceSnapshot(List<ServerProfile> profiles, Map<String, ServerHardware> hardware) {

    /** Members asked for per page. */
    static final int PAGE_SIZE = 500;

    private static final Logger LOG = LoggerFactory.getLogger(ApplianceSnapshot.class);

    /**
     * @param client       the client
     * @param refused      the collections whose filter this appliance refused (updated on a new refusal)
     * @param withHardware also list the servers
     * @return the snapshot
     * @throws io.infrakit.oneview.client.error.OneViewException when a listing fails
     */
    static ApplianceSnapshot read(OneViewClient client, RefusedFilters refused, boolean withHardware) {
        List<ServerProfile> profiles = list(refused, "server-profiles",
                Filter.matches("description", ProfileMarker.PREFIX + "%"),
                options -> client.serverProfiles().stream(options))
                .filter(p -> ProfileMarker.parse(p.description()).isPresent())
                .toList();
        Map<String, ServerHardware> hardware = new HashMap<>();
        if (withHardware) {
            list(refused, "server-hardware", Filter.ne("state", "NoProfileApplied"),
                    options -> client.serverHardware().stream(options))
                    .filter(h -> !"NoProfileApplied".equals(h.state()))
                    .forEach(h -> hardware.put(h.uri(), h));
        }
        return new ApplianceSnapshot(profiles, hardware);
    }

    private static <T> Stream<T> list(RefusedFilters refused, String collection, Filter filter,
                                      java.util.function.Function<ListOptions, Stream<T>> stream) {
        ListOptions unfiltered = ListOptions.builder().count(PAGE_SIZE).build();
        if (refused.isRefused(collection)) {
            return stream.apply(unfiltered);
        }
        try {
            // materialise here so that a refused filter surfaces inside this try
            return stream.apply(ListOptions.builder().filter(filter).count(PAGE_SIZE).build()).toList().stream();
        } catch (BadRequestException e) {
            if (refused.refuse(collection)) {
                LOG.warn("The appliance refused the filter {} on /rest/{} ({}); listing it unfiltered from now on",
                        filter, collection, e.getMessage());
            }
            return stream.apply(unfiltered);
        }
    }
}
