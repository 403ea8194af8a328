package io.infrakit.oneview.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.infrakit.oneview.spi.provider.DoctorCheck;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Collects {@code doctor}'s findings and prints them: one line each as they come (text), or one JSON object at the
 * end ({@code --json}, shape {@value #FORMAT}, documented in docs/cli.md).
 */
final class DoctorReport {

    /** The version of the JSON shape; raised only when a field changes meaning or goes away. */
    static final int FORMAT = 1;

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final PrintStream out;
    private final boolean json;
    private final Marks marks;
    private final List<DoctorCheck> checks = new ArrayList<>();

    /**
     * The status marks of the text report: ✓ ✗ – where the output's charset has them, else {@code OK FAIL SKIP}.
     *
     * @param pass the mark of a passed check
     * @param fail the mark of a failed check
     * @param skip the mark of a skipped check
     */
    record Marks(String pass, String fail, String skip) {
        static Marks forCharset(Charset charset) {
            return charset.newEncoder().canEncode("\u2713\u2717\u2013") ? new Marks("\u2713", "\u2717", "\u2013")
                    : new Marks("OK", "FAIL", "SKIP");
        }

        String of(DoctorCheck.Status status) {
            return switch (status) {
                case PASS -> pass;
                case FAIL -> fail;
                case SKIP -> skip;
            };
        }
    }

    DoctorReport(PrintStream out, boolean json, Marks marks) {
        this.out = out;
        this.json = json;
        this.marks = marks;
    }

    void add(DoctorCheck check) {
        checks.add(check);
        if (!json) {
            out.println(line(check));
            out.flush();
        }
    }

    String line(DoctorCheck c) {
        return marks.of(c.status()) + " " + c.check() + (c.subject() == null ? "" : " [" + c.subject() + "]") + ": "
                + c.message() + (c.fix() == null ? "" : " Fix: " + c.fix());
    }

    boolean failed() {
        return checks.stream().anyMatch(DoctorCheck::failed);
    }

    /**
     * Prints the summary (text) or the whole report (JSON).
     *
     * @param plugin the plugin's name
     * @return the exit status: 0 when nothing failed, 1 otherwise
     */
    int finish(String plugin) {
        int exit = failed() ? 1 : 0;
        Map<DoctorCheck.Status, Integer> counts = new EnumMap<>(DoctorCheck.Status.class);
        for (DoctorCheck.Status s : DoctorCheck.Status.values()) {
            counts.put(s, 0);
        }
        checks.forEach(c -> counts.merge(c.status(), 1, Integer::sum));
        if (!json) {
            out.println((exit == 0 ? "doctor: all checks passed" : "doctor: " + counts.get(DoctorCheck.Status.FAIL)
                    + " check(s) failed") + " (" + counts.get(DoctorCheck.Status.PASS) + " passed, "
                    + counts.get(DoctorCheck.Status.FAIL) + " failed, " + counts.get(DoctorCheck.Status.SKIP)
                    + " skipped)");
            return exit;
        }
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("plugin", plugin);
        root.put("ok", exit == 0);
        root.put("exitCode", exit);
        ObjectNode summary = root.putObject("counts");
        counts.forEach((s, n) -> summary.put(name(s), n));
        ArrayNode list = root.putArray("checks");
        for (DoctorCheck c : checks) {
            ObjectNode o = list.addObject();
            o.put("check", c.check());
            o.put("subject", c.subject());
            o.put("status", name(c.status()));
            o.put("message", c.message());
            o.put("fix", c.fix());
        }
        try {
            out.println(JSON.writeValueAsString(root));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        return exit;
    }

    private static String name(DoctorCheck.Status s) {
        return s.name().toLowerCase(Locale.ROOT);
    }
}
