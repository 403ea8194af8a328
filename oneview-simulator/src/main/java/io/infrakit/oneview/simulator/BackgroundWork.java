package io.infrakit.oneview.simulator;

import java.time.Duration;

/**
 * Work an appliance does on a server on its own ({@code taskType} {@code Background}): a refresh, a firmware
 * update. While it runs the server is locked: power and profile requests on it answer 409. Internal.
 */
final class BackgroundWork {

    private BackgroundWork() {
    }

    /** A refresh: {@code refreshState} {@code Refreshing} for the duration ({@link Faults#busyServer}). */
    static SimTask refresh(Appliance appliance, Hardware h, Duration duration) {
        return start(appliance, h, "Refresh", "Refreshing server hardware: " + h.name, duration);
    }

    /** A firmware update: {@code state} {@code UpdatingFirmware} for the duration, then back. */
    static SimTask firmwareUpdate(Appliance appliance, Hardware h, Duration duration) {
        h.moveTo(HardwareState.UPDATING_FIRMWARE);
        return start(appliance, h, "Update firmware", "Updating firmware of server hardware: " + h.name, duration);
    }

    private static SimTask start(Appliance appliance, Hardware h, String name, String status, Duration duration) {
        SimTask task = appliance.newTask(null, name, "System", "server-hardware", duration);
        task.taskType = "Background";
        task.resourceUri = h.uri;
        task.resourceName = h.name;
        task.resourceExists = true;
        task.runningStatus = status;
        task.completedStatus = status.replaceFirst("^\\S+ing", name.equals("Refresh") ? "Refreshed" : "Updated");
        task.failedStatus = "Unable to " + name.toLowerCase(java.util.Locale.ROOT) + ": " + h.name;
        h.background = task;
        appliance.touch(h);
        task.onSuccess = () -> {
            if (h.background == task) {
                h.background = null;
            }
            if (h.state == HardwareState.UPDATING_FIRMWARE) {
                h.moveTo(h.serverProfileUri == null ? HardwareState.NO_PROFILE_APPLIED : HardwareState.PROFILE_APPLIED);
            }
            appliance.touch(h);
        };
        appliance.submit(task);
        return task;
    }
}
