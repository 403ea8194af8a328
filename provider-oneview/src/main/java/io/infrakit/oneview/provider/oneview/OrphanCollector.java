package io.infrakit.oneview.provider.oneview;

import io.infrakit.oneview.client.OneViewClient;
import io.infrakit.oneview.client.model.ServerProfile;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Crash recovery: deletes <em>orphans</em>, the server profiles this plugin (same owner) made for a provision the
 * engine journalled but never recorded ({@link OneViewInstanceProvider#settleUnfinished}): a crash (or kill) between
 * the profile's creation and the engine's state commit, or a failed provision whose own clean-up failed. They are
 * cleaned up, not adopted: InfraKit has already provisioned a replacement for the call that never answered.
 *
 * <p>Only profiles whose marker names one of those unfinished instance IDs are ever deleted. A marked profile of
 * this owner whose instance the engine does not know and did not journal (another plugin process using the same
 * owner, or a plugin restarted on another state file) is left alone and logged once.
 *
 * <p>Looked for during health checks, on the first one, whenever unfinished provisions wait, and otherwise at most
 * every {@link ProviderSettings#orphanScanInterval()}. Deletion (power off, delete with force, wait) runs on one
 * background thread so that describes stay fast; a profile still being created or deleted is left for the next scan.
 */
final class OrphanCollector implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(OrphanCollector.class);

    private final String owner;
    private final Duration interval;
    private final Clock clock;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "oneview-orphan-collector");
        t.setDaemon(true);
        return t;
    });
    private final Map<ConnectionConfig.ApplianceKey, Instant> lastScan = new ConcurrentHashMap<>();
    private final Set<String> deleting = new HashSet<>();
    private final Set<String> reported = ConcurrentHashMap.newKeySet();
    private long deleted;
    private int backgroundScans;

    OrphanCollector(String owner, Duration interval, Clock clock) {
        this.owner = owner;
        this.interval = interval;
        this.clock = clock;
    }

    /**
     * @param appliance an appliance
     * @return whether a scan of it is due
     */
    boolean due(ConnectionConfig.ApplianceKey appliance) {
        Instant last = lastScan.get(appliance);
        return last == null || !clock.instant().isBefore(last.plus(interval));
    }

    /**
     * Looks for the profiles of unfinished provisions among an appliance's marked profiles and starts deleting them.
     *
     * @param appliance  the appliance
     * @param client     its client
     * @param profiles   its marked profiles, as just listed
     * @param unfinished the unfinished provisions the engine offered, by instance ID
     * @param ours       whether an instance ID is known to the engine or being provisioned by this process
     * @param outcome    told, per unfinished ID, that this appliance holds nothing of it (any more)
     */
    void scan(ConnectionConfig.ApplianceKey appliance, OneViewClient client, List<ServerProfile> profiles,
              Set<String> unfinished, Predicate<String> ours, Settlement outcome) {
        lastScan.put(appliance, clock.instant());
        Set<String> present = new HashSet<>();
        for (ServerProfile p : profiles) {
            ProfileMarker marker = ProfileMarker.parse(p.description()).orElse(null);
            if (marker == null || !marker.owner().equals(owner)) {
                continue;
            }
            String id = marker.instanceId();
            if (!unfinished.contains(id)) {
                if (!ours.test(id) && reported.add(p.uri())) {
                    LOG.warn("Server profile {} ({}) carries this plugin's owner '{}' for instance {}, which this "
                            + "plugin's state does not know and never started: left alone (another plugin with the "
                            + "same owner, or an earlier state file?)", p.name(), p.uri(), owner, id);
                }
                continue;
            }
            present.add(id);
            if (Boolean.TRUE.equals(p.inProgress()) || "Creating".equals(p.state()) || "Deleting".equals(p.state())) {
                LOG.info("Server profile {} of unfinished instance {} is {}; looking again at the next scan", p.name(),
                        id, p.state());
                continue;
            }
            submit(client, p, id, outcome);
        }
        for (String id : unfinished) {
            if (!present.contains(id)) {
                outcome.clear(id, appliance);
            }
        }
    }

    /** Receives what scans and deletions learn about unfinished provisions. */
    interface Settlement {
        /** Nothing of {@code instanceId} is (any longer) on {@code appliance}. */
        void clear(String instanceId, ConnectionConfig.ApplianceKey appliance);

        /** The profile of {@code instanceId} was deleted: nothing of it is left anywhere. */
        void removed(String instanceId);
    }

    private void submit(OneViewClient client, ServerProfile profile, String instanceId, Settlement outcome) {
        synchronized (this) {
            if (!deleting.add(profile.uri())) {
                return;
            }
        }
        LOG.warn("Server profile {} ({}) was made by this plugin for instance {}, whose provision never finished (a"
                + " crash between its creation and the state commit?): deleting it", profile.name(), profile.uri(),
                instanceId);
        try {
            executor.execute(() -> {
                try {
                    ProfileRemover.remove(client, profile.uri(), true, "orphan " + instanceId);
                    synchronized (this) {
                        deleted++;
                    }
                    outcome.removed(instanceId);
                } catch (RuntimeException e) {
                    LOG.error("Deleting the orphaned server profile {} failed: {}; trying again at the next scan",
                            profile.name(), e.getMessage());
                } finally {
                    synchronized (this) {
                        deleting.remove(profile.uri());
                        notifyAll();
                    }
                }
            });
        } catch (RejectedExecutionException e) {
            synchronized (this) {
                deleting.remove(profile.uri());
                notifyAll();
            }
        }
    }

    /**
     * Looks for orphans on an appliance none of the engine's machines is on, in the background (so that an
     * unreachable appliance never slows a describe down): one paged listing of its marked profiles, then
     * {@link #scan}.
     *
     * @param appliance the appliance
     * @param client    its client
     * @param unfinished the unfinished provisions the engine offered
     * @param ours      whether an instance ID is known to the engine or being provisioned by this process
     * @param outcome   see {@link #scan}
     */
    void scanInBackground(ConnectionConfig.ApplianceKey appliance, OneViewClient client, Set<String> unfinished,
                          Predicate<String> ours, Settlement outcome) {
        lastScan.put(appliance, clock.instant());
        synchronized (this) {
            backgroundScans++;
        }
        try {
            executor.execute(() -> {
                try {
                    scan(appliance, client, ApplianceSnapshot.read(client, false).profiles(), unfinished, ours,
                            outcome);
                } catch (RuntimeException e) {
                    LOG.warn("Looking for orphaned server profiles on {} failed: {}; trying again in {}", appliance,
                            e.getMessage(), interval);
                } finally {
                    synchronized (this) {
                        backgroundScans--;
                        notifyAll();
                    }
                }
            });
        } catch (RejectedExecutionException e) {
            synchronized (this) {
                backgroundScans--;
                notifyAll();
            }
        }
    }

    /**
     * Waits until no orphan deletion or background scan is running.
     *
     * @param timeout the longest wait
     * @return true when idle
     * @throws InterruptedException when interrupted
     */
    synchronized boolean awaitIdle(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!deleting.isEmpty() || backgroundScans > 0) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return true;
    }

    /** @return orphaned profiles deleted so far */
    synchronized long deletedCount() {
        return deleted;
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
