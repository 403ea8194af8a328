package io.infrakit.oneview.client;

import io.infrakit.oneview.client.error.UnexpectedResponseException;
import io.infrakit.oneview.client.model.Page;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Iterates the members of a collection, fetching pages lazily. Follows {@code nextPageUri}; when a page is short
 * and has no {@code nextPageUri} although {@code total} says more members exist, asks for the next {@code start}.
 * Stops at an empty page or a repeated page URI; fails beyond a page cap.
 */
final class PagingIterator<T> implements Iterator<T> {
    private static final Logger LOG = LoggerFactory.getLogger(PagingIterator.class);

    private final Function<String, Page<T>> fetch;
    private final IntFunction<String> uriForStart;
    private final int maxPages;
    private final Set<String> visited = new HashSet<>();
    private String nextUri;
    private Iterator<T> current = Collections.emptyIterator();
    private int pages;

    PagingIterator(String firstUri, Function<String, Page<T>> fetch, IntFunction<String> uriForStart, int maxPages) {
        this.nextUri = firstUri;
        this.fetch = fetch;
        this.uriForStart = uriForStart;
        this.maxPages = maxPages;
    }

    @Override
    public boolean hasNext() {
        while (!current.hasNext()) {
            if (nextUri == null) {
                return false;
            }
            fetchNext();
        }
        return true;
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return current.next();
    }

    private void fetchNext() {
        if (pages >= maxPages) {
            throw new UnexpectedResponseException("Collection paging went beyond " + maxPages + " pages at "
                    + nextUri + "; stopping (a paging loop, or raise maxPages)");
        }
        String uri = nextUri;
        visited.add(uri);
        Page<T> page = fetch.apply(uri);
        pages++;
        current = page.members().iterator();
        nextUri = null;
        if (page.members().isEmpty()) {
            return;
        }
        String candidate = null;
        if (page.nextPageUri() != null && !page.nextPageUri().isBlank()) {
            candidate = Uris.toPath(page.nextPageUri());
        } else if (page.total() > page.start() + page.members().size()) {
            candidate = uriForStart.apply(page.start() + page.members().size());
        }
        if (candidate == null) {
            return;
        }
        if (visited.contains(candidate) || (page.uri() != null && candidate.equals(Uris.toPath(page.uri())))) {
            LOG.warn("Paging loop: next page {} was already read; stopping after {} page(s)", candidate, pages);
            return;
        }
        nextUri = candidate;
    }
}
