package io.infrakit.oneview.metrics;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads series out of a Prometheus text scrape, for assertions. */
record Scrape(String text) {

    /** @return the value of the series written exactly so ({@code name{a="b"}}), or NaN when absent */
    double value(String series) {
        for (String line : text.split("\n")) {
            if (line.startsWith(series + " ")) {
                return Double.parseDouble(line.substring(series.length() + 1).split(" ")[0]);
            }
        }
        return Double.NaN;
    }

    /** @return every distinct value of a label on the series of a metric */
    List<String> labelValues(String metric, String label) {
        Matcher m = Pattern.compile("^" + Pattern.quote(metric) + "\\{[^}]*\\b" + label + "=\"([^\"]*)\"",
                Pattern.MULTILINE).matcher(text);
        List<String> out = new java.util.ArrayList<>();
        while (m.find()) {
            if (!out.contains(m.group(1))) {
                out.add(m.group(1));
            }
        }
        return out;
    }
}
