package io.infrakit.oneview.simulator;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The invented codes are marked as such in one place, and docs/simulator.md lists exactly those. */
@DisplayName("invented error codes: one list, documented")
class ErrorCodesDocTest {

    @Test
    void everyCodeIsEitherRecordedWithEvidenceOrInvented() throws IOException, IllegalAccessException {
        String source = Files.readString(Path.of("src/main/java/io/infrakit/oneview/simulator/ErrorCodes.java"));
        for (Field f : ErrorCodes.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                String code = (String) f.get(null);
                Matcher doc = Pattern.compile("/\\*\\*((?:(?!\\*/).)*)\\*/\\s*public static final String "
                        + f.getName() + "\\b", Pattern.DOTALL).matcher(source);
                assertThat(doc.find()).as(f.getName() + " has javadoc").isTrue();
                String text = doc.group(1);
                if (ErrorCodes.invented().contains(code)) {
                    assertThat(text).as(f.getName()).contains("(invented");
                } else {
                    assertThat(text).as(f.getName()).contains("recorded: ");
                }
            }
        }
    }

    @Test
    void theDocsListTheInventedCodes() throws IOException {
        String doc = Files.readString(Path.of("../docs/simulator.md"));
        int start = doc.indexOf("**Invented error codes**");
        assertThat(start).isPositive();
        String paragraph = doc.substring(start, doc.indexOf("\n\n", start));
        paragraph = paragraph.substring(0, paragraph.indexOf(". The"));
        Set<String> listed = new HashSet<>();
        Matcher m = Pattern.compile("`([A-Za-z_]+)`").matcher(paragraph.substring(paragraph.indexOf("):")));
        while (m.find()) {
            listed.add(m.group(1));
        }
        assertThat(listed).isEqualTo(ErrorCodes.invented());
    }
}
