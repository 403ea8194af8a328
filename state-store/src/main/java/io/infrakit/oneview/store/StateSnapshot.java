package io.infrakit.oneview.store;

/**
 * A document as read from or written to a {@link StateStore}.
 *
 * @param revision increases by one with every write; 0 before the first write
 * @param json     the document, or null when nothing was ever written
 */
public record StateSnapshot(long revision, String json) {
}
