package io.infrakit.oneview.bench;

import java.util.Arrays;

/** Throughput and latency percentiles of one measured run. */
record LatencyStats(String name, int clients, long requests, double seconds, double p50Micros, double p99Micros,
                    double p999Micros, double maxMicros, double cpuMicrosPerRequest) {

    static LatencyStats of(String name, int clients, long[][] latenciesNanos, long elapsedNanos, long cpuNanos) {
        int total = 0;
        for (long[] l : latenciesNanos) {
            total += l.length;
        }
        long[] all = new long[total];
        int at = 0;
        for (long[] l : latenciesNanos) {
            System.arraycopy(l, 0, all, at, l.length);
            at += l.length;
        }
        Arrays.sort(all);
        return new LatencyStats(name, clients, total, elapsedNanos / 1e9, pct(all, 0.50), pct(all, 0.99), pct(all, 0.999),
                all[all.length - 1] / 1e3, cpuNanos < 0 ? -1 : cpuNanos / 1e3 / total);
    }

    private static double pct(long[] sorted, double p) {
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] / 1e3;
    }

    double requestsPerSecond() {
        return requests / seconds;
    }

    String row() {
        return String.format("| %-22s | %7d | %9d | %10.0f | %8.3f | %8.3f | %8.3f | %8.3f | %8.1f |", name, clients,
                requests, requestsPerSecond(), p50Micros / 1e3, p99Micros / 1e3, p999Micros / 1e3, maxMicros / 1e3,
                cpuMicrosPerRequest);
    }

    static String header() {
        return "| scenario               | clients |  requests |    req/s   | p50 (ms) | p99 (ms) | p99.9 ms | max (ms) | CPU µs/req |\n"
                + "|------------------------|---------|-----------|------------|----------|----------|----------|----------|------------|";
    }
}
