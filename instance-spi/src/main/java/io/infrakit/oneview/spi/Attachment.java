package io.infrakit.oneview.spi;

import java.util.Objects;

/**
 * Something attached to an instance (a volume, a network), as the InfraKit {@code Spec.Attachments} entry.
 *
 * @param id   the attachment's ID; never null
 * @param type the attachment's type; never null (empty when the client sent none)
 */
public record Attachment(String id, String type) {
    /** @throws NullPointerException if an argument is null */
    public Attachment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
    }
}
