package io.infrakit.oneview.provider.oneview;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses the durations of provider settings: {@code 250ms}, {@code 2s}, {@code 5m}, {@code 1h}, or seconds. */
final class Durations {

    private static final Pattern FORMAT = Pattern.compile("(\\d{1,9})\\s*(ms|s|m|h)?");

    private Durations() {
    }

    /**
     * @param text the text, e.g. {@code 500ms}
     * @return the duration
     * @throws IllegalArgumentException when the text is not a duration
     */
    static Duration parse(String text) {
        Matcher m = FORMAT.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a duration (examples: 500ms, 2s, 5m, 1h)");
        }
        long n = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2);
        return switch (unit) {
            case "ms" -> Duration.ofMillis(n);
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofSeconds(n);
        };
    }
}
