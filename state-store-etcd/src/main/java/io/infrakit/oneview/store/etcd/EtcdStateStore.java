package io.infrakit.oneview.store.etcd;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.infrakit.oneview.store.Commit;
import io.infrakit.oneview.store.CommitResult;
import io.infrakit.oneview.store.Expect;
import io.infrakit.oneview.store.StaleRecordException;
import io.infrakit.oneview.store.StateStore;
import io.infrakit.oneview.store.StateStoreException;
import io.infrakit.oneview.store.StoreChange;
import io.infrakit.oneview.store.StoreChanges;
import io.infrakit.oneview.store.StoreSnapshot;
import io.infrakit.oneview.store.StoredRecord;
import io.infrakit.oneview.store.Write;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link StateStore} in etcd v3, through its JSON gateway, shared by every replica that names the same endpoints
 * and prefix. One etcd key per record ({@link EtcdKeys}); a commit is one transaction that compares each record's
 * {@code mod_revision} (or {@code version 0} for "absent"), writes the records and the head key, and, when a
 * comparison fails, reads the records back to say which. The store's revision is the head key's {@code mod_revision}:
 * one linearizable read of it tells whether anything changed ({@link #changesSince}), and a watch from the caller's
 * revision replays exactly what did, deletes included. Each client holds a lease ({@link EtcdLease}) as its session.
 *
 * <p>When etcd cannot be reached, every call fails with a {@link StateStoreException} naming etcd; nothing is half
 * written (a transaction applies whole or not at all), and the store works again as soon as etcd answers.
 */
public final class EtcdStateStore implements StateStore {

    private static final Logger LOG = LoggerFactory.getLogger(EtcdStateStore.class);
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final int PAGE = 500;

    private final EtcdLocation location;
    private final EtcdGateway gateway;
    private final EtcdKeys keys;
    private final EtcdLease lease;
    private volatile boolean closed;

    private EtcdStateStore(EtcdLocation location, EtcdGateway gateway) {
        this.location = location;
        this.gateway = gateway;
        this.keys = new EtcdKeys(location.prefix());
        this.lease = new EtcdLease(gateway, location.leaseTtl(), location.display());
    }

    /**
     * Connects to etcd and takes a session lease.
     *
     * @param location the parsed location
     * @return the open store
     * @throws StateStoreException when etcd cannot be reached or refuses the credentials
     */
    static EtcdStateStore open(EtcdLocation location) {
        EtcdGateway gateway = new EtcdGateway(location);
        try {
            EtcdStateStore store = new EtcdStateStore(location, gateway);
            LOG.info("Connected to etcd at {} (session lease {}, time to live {})", location.display(),
                    Long.toHexString(store.lease.leaseId()), location.leaseTtl());
            return store;
        } catch (RuntimeException e) {
            gateway.close();
            throw e;
        }
    }

    @Override
    public StoreSnapshot load() {
        checkOpen();
        ObjectNode first = range(keys.head(), null, 0);
        JsonNode answer = gateway.call("/v3/kv/range", first, EtcdGateway.Kind.READ);
        long etcdRevision = answer.path("header").path("revision").asLong();
        long head = headRevision(answer);
        List<StoredRecord> records = new ArrayList<>();
        String from = keys.dataStart();
        while (true) {
            ObjectNode page = range(from, keys.dataEnd(), etcdRevision);
            page.put("limit", PAGE);
            JsonNode kvs = gateway.call("/v3/kv/range", page, EtcdGateway.Kind.READ).path("kvs");
            for (JsonNode kv : kvs) {
                String key = keys.recordOf(EtcdKeys.decode(kv.path("key").asText()));
                if (key != null) {
                    records.add(new StoredRecord(key, value(kv), kv.path("mod_revision").asLong()));
                }
            }
            if (kvs.size() < PAGE) {
                break;
            }
            from = EtcdKeys.decode(kvs.get(kvs.size() - 1).path("key").asText()) + "\u0000";
        }
        return StoreSnapshot.of(head, records);
    }

    private static ObjectNode range(String key, String end, long revision) {
        ObjectNode body = JSON.objectNode();
        body.put("key", EtcdKeys.encode(key));
        if (end != null) {
            body.put("range_end", EtcdKeys.encode(end));
        }
        if (revision > 0) {
            body.put("revision", revision);
        }
        return body;
    }

    private static long headRevision(JsonNode rangeAnswer) {
        JsonNode kvs = rangeAnswer.path("kvs");
        return kvs.isEmpty() ? 0 : kvs.get(0).path("mod_revision").asLong();
    }

    private static String value(JsonNode kv) {
        return kv.has("value") ? EtcdKeys.decode(kv.path("value").asText()) : "";
    }

    /**
     * One linearizable read of the head key; when it moved, a watch from {@code revision + 1} replays every change up
     * to it (or, when etcd compacted that history away, the whole state is read again).
     */
    @Override
    public StoreChanges changesSince(long revision) {
        checkOpen();
        long head = headRevision(gateway.call("/v3/kv/range", range(keys.head(), null, 0), EtcdGateway.Kind.READ));
        if (head <= revision) {
            return StoreChanges.none(Math.max(head, revision));
        }
        EtcdWatchReplay replay = new EtcdWatchReplay(keys, head);
        ObjectNode create = JSON.objectNode();
        create.put("key", EtcdKeys.encode(keys.allStart()));
        create.put("range_end", EtcdKeys.encode(keys.allEnd()));
        create.put("start_revision", revision + 1);
        ObjectNode body = JSON.objectNode();
        body.set("create_request", create);
        gateway.stream("/v3/watch", body, replay::accept);
        if (replay.compacted()) {
            LOG.info("etcd compacted the history after revision {}; reading the whole state from {}", revision,
                    location.display());
            StoreSnapshot now = load();
            return new StoreChanges(now.revision(), List.of(), now);
        }
        if (!replay.complete()) {
            throw new StateStoreException("the etcd watch on " + location.display() + " ended before revision " + head
                    + "; the state was not brought up to date");
        }
        return new StoreChanges(head, replay.changes(), null);
    }

    @Override
    public CommitResult commit(Commit commit) {
        checkOpen();
        if (commit.replacesLegacyDocument()) {
            throw new StateStoreException("the etcd store " + location.display() + " holds no legacy document");
        }
        if (commit.writes().size() > maxWritesPerCommit()) {
            throw new IllegalArgumentException("a commit to " + location.display() + " holds at most "
                    + maxWritesPerCommit() + " writes (etcd's max-txn-ops is " + location.maxTxnOps() + "), got "
                    + commit.writes().size());
        }
        ObjectNode txn = JSON.objectNode();
        ArrayNode compare = txn.putArray("compare");
        ArrayNode success = txn.putArray("success");
        ArrayNode failure = txn.putArray("failure");
        ObjectNode headPut = JSON.objectNode();
        headPut.put("key", EtcdKeys.encode(keys.head()));
        headPut.put("value", EtcdKeys.encode("head"));
        headPut.put("prev_kv", true);
        success.addObject().set("request_put", headPut);
        for (Write w : commit.writes()) {
            String key = EtcdKeys.encode(keys.record(w.key()));
            Expect expect = w.expect();
            if (expect.revision() == 0) {
                compare.addObject().put("key", key).put("target", "VERSION").put("result", "EQUAL")
                        .put("version", 0);
            } else if (expect.revision() > 0) {
                compare.addObject().put("key", key).put("target", "MOD").put("result", "EQUAL")
                        .put("mod_revision", expect.revision());
            }
            if (w.isDelete()) {
                success.addObject().putObject("request_delete_range").put("key", key);
            } else {
                success.addObject().putObject("request_put").put("key", key).put("value", EtcdKeys.encode(w.value()));
            }
            failure.addObject().putObject("request_range").put("key", key);
        }
        JsonNode answer;
        try {
            answer = gateway.call("/v3/kv/txn", txn, EtcdGateway.Kind.WRITE);
        } catch (EtcdGateway.OutcomeUnknownException e) {
            return resolveUnknown(commit, e);
        }
        long committed = answer.path("header").path("revision").asLong();
        if (!answer.path("succeeded").asBoolean(false)) {
            throw new StaleRecordException(location.display(), stale(commit, answer.path("responses")));
        }
        long previous = answer.path("responses").path(0).path("response_put").path("prev_kv")
                .path("mod_revision").asLong(0);
        return new CommitResult(committed, previous);
    }

    /** Which expectations failed, from the failure branch's reads of each record. */
    private List<String> stale(Commit commit, JsonNode responses) {
        List<String> stale = new ArrayList<>();
        for (int i = 0; i < commit.writes().size(); i++) {
            Write w = commit.writes().get(i);
            JsonNode kvs = responses.path(i).path("response_range").path("kvs");
            StoredRecord current = kvs.isEmpty() ? null : new StoredRecord(w.key(), value(kvs.get(0)),
                    kvs.get(0).path("mod_revision").asLong());
            if (!w.expect().holdsFor(current)) {
                stale.add(w.key());
            }
        }
        return stale.isEmpty() ? commit.writes().stream().map(Write::key).toList() : stale;
    }

    /**
     * A transaction reached etcd but no answer came back: read the records it wrote. If every put record holds the
     * value written and every deleted one is gone, it was applied (its revision is the records'); if not, it was not.
     */
    private CommitResult resolveUnknown(Commit commit, EtcdGateway.OutcomeUnknownException cause) {
        Map<String, StoredRecord> now = new LinkedHashMap<>();
        try {
            for (Write w : commit.writes()) {
                JsonNode kvs = gateway.call("/v3/kv/range", range(keys.record(w.key()), null, 0),
                        EtcdGateway.Kind.READ).path("kvs");
                now.put(w.key(), kvs.isEmpty() ? null : new StoredRecord(w.key(), value(kvs.get(0)),
                        kvs.get(0).path("mod_revision").asLong()));
            }
        } catch (RuntimeException e) {
            throw new StateStoreException("cannot tell whether a commit to etcd at " + location.display()
                    + " was applied (" + cause.getMessage() + "; reading it back failed too: " + e.getMessage()
                    + ")", cause);
        }
        long revision = 0;
        for (Write w : commit.writes()) {
            StoredRecord r = now.get(w.key());
            boolean applied = w.isDelete() ? r == null : r != null && Objects.equals(r.value(), w.value());
            if (!applied) {
                throw new StateStoreException("a commit to etcd at " + location.display() + " was not applied ("
                        + cause.getMessage() + ")", cause);
            }
            revision = r == null ? revision : Math.max(revision, r.revision());
        }
        if (revision == 0) {
            throw new StateStoreException("cannot tell whether a commit to etcd at " + location.display()
                    + " was applied (" + cause.getMessage() + ")", cause);
        }
        LOG.info("A commit to etcd whose answer was lost had been applied (revision {})", revision);
        return new CommitResult(revision, 0);
    }

    @Override
    public int maxWritesPerCommit() {
        return location.maxTxnOps() - 1;
    }

    @Override
    public String session() {
        checkOpen();
        return lease.id();
    }

    @Override
    public boolean isSessionAlive(String session) {
        checkOpen();
        return lease.isAlive(session);
    }

    @Override
    public String location() {
        return location.display();
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            try {
                lease.close();
            } finally {
                gateway.close();
            }
        }
    }

    private void checkOpen() {
        if (closed) {
            throw new StateStoreException("the state store " + location.display() + " is closed");
        }
    }
}
