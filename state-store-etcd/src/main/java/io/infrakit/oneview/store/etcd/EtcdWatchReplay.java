package io.infrakit.oneview.store.etcd;

import com.fasterxml.jackson.databind.JsonNode;
import io.infrakit.oneview.store.StoreChange;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects what a watch from a past revision replays, up to the head revision read before it: record puts and
 * deletes in commit order. It is complete once the head key's change at that revision arrived; every event of a
 * revision comes in one message, so the message that carries it is read to its end. Duplicates (a watch sent again
 * to another member) collapse.
 */
final class EtcdWatchReplay {

    private final EtcdKeys keys;
    private final long until;
    private final Map<String, StoreChange> changes = new LinkedHashMap<>();
    private boolean complete;
    private boolean compacted;

    EtcdWatchReplay(EtcdKeys keys, long until) {
        this.keys = keys;
        this.until = until;
    }

    /** @return whether to read on */
    boolean accept(JsonNode result) {
        if (result.path("compact_revision").asLong(0) > 0 || result.path("canceled").asBoolean(false)) {
            compacted = result.path("compact_revision").asLong(0) > 0;
            return false;
        }
        for (JsonNode event : result.path("events")) {
            JsonNode kv = event.path("kv");
            long revision = kv.path("mod_revision").asLong();
            if (revision > until) {
                complete = true;
                continue;
            }
            String etcdKey = EtcdKeys.decode(kv.path("key").asText());
            if (etcdKey.equals(keys.head())) {
                if (revision == until) {
                    complete = true;
                }
                continue;
            }
            String key = keys.recordOf(etcdKey);
            if (key == null) {
                continue;
            }
            boolean delete = "DELETE".equals(event.path("type").asText());
            String value = delete ? null : kv.has("value") ? EtcdKeys.decode(kv.path("value").asText()) : "";
            changes.put(revision + "\u0000" + key, new StoreChange(key, value, revision));
        }
        return !complete;
    }

    boolean complete() {
        return complete;
    }

    boolean compacted() {
        return compacted;
    }

    List<StoreChange> changes() {
        return new ArrayList<>(changes.values());
    }
}
