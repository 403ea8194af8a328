package io.infrakit.oneview.cli.command;

import io.infrakit.oneview.spi.RawJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads a JSON document named on the command line: a file, or {@code -} for standard input. */
final class JsonInput {

    private JsonInput() {
    }

    static RawJson read(String source, InputStream stdin) throws IOException {
        String text;
        if (source.equals("-")) {
            text = new String(stdin.readAllBytes(), StandardCharsets.UTF_8);
        } else {
            try {
                text = Files.readString(Path.of(source), StandardCharsets.UTF_8);
            } catch (NoSuchFileException e) {
                throw new IllegalArgumentException("no such file: " + source);
            }
        }
        try {
            return RawJson.of(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException((source.equals("-") ? "standard input" : source) + ": "
                    + e.getMessage());
        }
    }
}
