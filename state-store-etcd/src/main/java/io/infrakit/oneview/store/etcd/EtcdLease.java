package io.infrakit.oneview.store.etcd;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.infrakit.oneview.store.StateStoreException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This replica's session: an etcd lease, granted at open and kept alive every third of its time to live. While etcd
 * is unreachable the keep-alives fail and the lease runs out on etcd's side; other replicas then see the session
 * gone. When etcd answers again and says the lease is gone, a new one is granted: {@link #id()} changes, and the
 * engine moves its provisions in flight to it (those another replica settled meanwhile fail). Closing revokes the
 * lease, so that other replicas settle what this one left at once.
 */
final class EtcdLease implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EtcdLease.class);

    private final EtcdGateway gateway;
    private final Duration ttl;
    private final String where;
    private final ScheduledExecutorService keepAlive = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "etcd-lease-keepalive");
        t.setDaemon(true);
        return t;
    });
    private volatile long id;
    private volatile boolean lost;
    private volatile boolean failing;

    EtcdLease(EtcdGateway gateway, Duration ttl, String where) {
        this.gateway = gateway;
        this.ttl = ttl;
        this.where = where;
        this.id = grant();
        long period = Math.max(500, ttl.toMillis() / 3);
        keepAlive.scheduleWithFixedDelay(this::renew, period, period, TimeUnit.MILLISECONDS);
    }

    private long grant() {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("TTL", Math.max(2, ttl.toSeconds()));
        JsonNode answer = gateway.call("/v3/lease/grant", body, EtcdGateway.Kind.READ);
        long granted = answer.path("ID").asLong(0);
        if (granted == 0) {
            throw new StateStoreException("etcd at " + where + " granted no lease: " + answer.path("error").asText(""));
        }
        return granted;
    }

    /** @return the lease of this session, granting a new one first if the last one was lost */
    synchronized String id() {
        if (lost) {
            long fresh = grant();
            LOG.warn("The etcd lease {} of this plugin ran out while etcd at {} could not be reached; its session "
                    + "is now lease {}", Long.toHexString(id), where, Long.toHexString(fresh));
            id = fresh;
            lost = false;
        }
        return Long.toString(id);
    }

    private void renew() {
        long current = id;
        try {
            ObjectNode body = JsonNodeFactory.instance.objectNode();
            body.put("ID", current);
            JsonNode answer = gateway.call("/v3/lease/keepalive", body, EtcdGateway.Kind.READ);
            if (answer.path("result").path("TTL").asLong(0) <= 0) {
                lost = true;
            } else if (failing) {
                failing = false;
                LOG.info("etcd at {} answers again; the session lease is alive", where);
            }
        } catch (RuntimeException e) {
            if (!failing) {
                failing = true;
                LOG.warn("Cannot keep the etcd session lease alive ({}); other replicas take this one for gone after "
                        + "{} without a keep-alive", e.getMessage(), ttl);
            }
        }
    }

    /**
     * @param session a session ID a replica recorded
     * @return whether its lease is alive
     */
    boolean isAlive(String session) {
        long lease;
        try {
            lease = Long.parseLong(session);
        } catch (NumberFormatException e) {
            return false;
        }
        if (lease == id && !lost) {
            return true;
        }
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("ID", lease);
        return gateway.call("/v3/lease/timetolive", body, EtcdGateway.Kind.READ).path("TTL").asLong(-1) > 0;
    }

    /** @return the lease, for records that must vanish with the session */
    long leaseId() {
        return id;
    }

    @Override
    public void close() {
        keepAlive.shutdownNow();
        try {
            ObjectNode body = JsonNodeFactory.instance.objectNode();
            body.put("ID", id);
            gateway.call("/v3/lease/revoke", body, EtcdGateway.Kind.READ);
        } catch (RuntimeException e) {
            LOG.debug("Revoking the etcd lease failed ({}); it runs out by itself", e.getMessage());
        }
    }
}
