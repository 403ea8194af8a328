package io.infrakit.oneview.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every ```json block of the docs is one JSON value, as a user pasting it into a group file needs. */
class JsonBlocksTest {

    private static final ObjectMapper STRICT = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    @Test
    void everyJsonBlockOfTheDocsParses() {
        Repository repository = Repository.current();
        List<String> problems = new ArrayList<>();
        int blocks = 0;
        for (Path doc : repository.markdown()) {
            String[] lines = read(doc).split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (!lines[i].strip().equals("```json")) {
                    continue;
                }
                int start = i;
                StringBuilder json = new StringBuilder();
                for (i++; i < lines.length && !lines[i].strip().equals("```"); i++) {
                    json.append(lines[i]).append('\n');
                }
                blocks++;
                String problem = problem(json.toString());
                if (problem != null) {
                    problems.add(repository.relative(doc) + ":" + (start + 1) + ": " + problem);
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(blocks).as("json blocks found in the docs").isGreaterThanOrEqualTo(10);
    }

    @Test
    void aBrokenBlockIsNamed() {
        assertThat(problem("{\"a\": 1,}")).startsWith("not one JSON value:");
        assertThat(problem("{\"a\": 1, \"a\": 2}")).contains("Duplicate field 'a'");
        assertThat(problem("{\"a\": 1} {\"b\": 2}")).startsWith("not one JSON value:");
        assertThat(problem("{\"a\": [1, 2]}")).isNull();
    }

    private static String problem(String json) {
        try {
            STRICT.readTree(json);
            return null;
        } catch (JsonProcessingException e) {
            return "not one JSON value: " + e.getOriginalMessage();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
