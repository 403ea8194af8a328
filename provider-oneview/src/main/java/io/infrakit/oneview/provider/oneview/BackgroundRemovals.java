package io.infrakit.oneview.provider.oneview;

import io.infrakit.oneview.client.OneViewClient;
import io.infrakit.oneview.client.model.ServerProfile;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes, on one background thread, the server profiles that recovery found broken for provisions that were never
 * recorded (power off, delete with force, wait: {@link ProfileRemover}), so that a describe never waits for a
 * deletion task. A profile already being deleted is not submitted twice. Thread-safe.
 */
final class BackgroundRemovals implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(BackgroundRemovals.class);

    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "oneview-recovery-removals");
        t.setDaemon(true);
        return t;
    });
    private final Set<String> removing = new HashSet<>();
    private long removed;

    /** @return whether the profile at that URI is being deleted */
    synchronized boolean isRemoving(String profileUri) {
        return removing.contains(profileUri);
    }

    /**
     * Starts deleting a profile, unless it is already being deleted.
     *
     * @param client     the appliance's client
     * @param profile    the profile
     * @param instanceId the unfinished provision it belongs to, for the log
     * @param why        why it is deleted, for the log
     */
    void submit(OneViewClient client, ServerProfile profile, String instanceId, String why) {
        synchronized (this) {
            if (!removing.add(profile.uri())) {
                return;
            }
        }
        LOG.warn("Server profile {} ({}) was made by this plugin for instance {}, whose provision never finished, and "
                + "{}: deleting it", profile.name(), profile.uri(), instanceId, why);
        try {
            executor.execute(() -> {
                try {
                    ProfileRemover.remove(client, profile.uri(), true, "unfinished " + instanceId);
                    synchronized (this) {
                        removed++;
                    }
                } catch (RuntimeException e) {
                    LOG.error("Deleting the server profile {} of unfinished instance {} failed: {}; trying again at "
                            + "the next describe", profile.name(), instanceId, e.getMessage());
                } finally {
                    done(profile.uri());
                }
            });
        } catch (RejectedExecutionException e) {
            done(profile.uri());
        }
    }

    private synchronized void done(String profileUri) {
        removing.remove(profileUri);
        notifyAll();
    }

    /**
     * Waits until no deletion runs.
     *
     * @param timeout the longest wait
     * @return true when idle
     * @throws InterruptedException when interrupted
     */
    synchronized boolean awaitIdle(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!removing.isEmpty()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return true;
    }

    /** @return how many profiles were deleted so far */
    synchronized long removedCount() {
        return removed;
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
