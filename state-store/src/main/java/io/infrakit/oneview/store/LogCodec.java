package io.infrakit.oneview.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.CRC32C;

/**
 * The state log's format: a header line, then one entry per line, each framed as
 * {@code <payload length in bytes> <CRC32C of the payload, 8 hex digits> <payload>\n}. A payload is a JSON object:
 * a commit {@code {"rev":7,"w":[["key","value"],["deleted key",null]]}}, or a snapshot of every record
 * {@code {"rev":7,"snapshot":[["key","value",3]]}} (each with the revision that last wrote it). Values are JSON
 * strings: the log never depends on what they hold.
 */
final class LogCodec {

    /** The first line of a state log. */
    static final String HEADER = "#infrakit-instance-state log v2\n";
    /** What starts a header of any version. */
    static final String HEADER_START = "#infrakit-instance-state";

    private static final byte[] HEADER_BYTES = HEADER.getBytes(StandardCharsets.US_ASCII);
    private static final JsonFactory JSON = JsonFactory.builder().build();
    private static final int MAX_LENGTH_DIGITS = 10;

    /** One decoded entry: a commit's writes, or a snapshot's records. */
    record Entry(long revision, List<Write> writes, List<StoredRecord> snapshot) {
        boolean isSnapshot() {
            return snapshot != null;
        }
    }

    /** What reading a log found: its entries, where the last good one ends, and whether a torn tail follows. */
    record Contents(List<Entry> entries, int goodEnd, boolean tornTail) {
    }

    /** A log that is damaged before its end: refused, never repaired silently. */
    static final class CorruptLogException extends Exception {
        private static final long serialVersionUID = 1L;

        CorruptLogException(String message) {
            super(message);
        }
    }

    private LogCodec() {
    }

    static boolean hasHeader(byte[] file) {
        return startsWith(file, HEADER);
    }

    /** @return whether the bytes start with the ASCII text */
    static boolean startsWith(byte[] bytes, String prefix) {
        byte[] p = prefix.getBytes(StandardCharsets.US_ASCII);
        if (bytes.length < p.length) {
            return false;
        }
        for (int i = 0; i < p.length; i++) {
            if (bytes[i] != p[i]) {
                return false;
            }
        }
        return true;
    }

    /** @return a whole log file: the header, then the entries */
    static byte[] file(byte[]... entries) {
        int length = HEADER_BYTES.length;
        for (byte[] e : entries) {
            length += e.length;
        }
        byte[] content = new byte[length];
        System.arraycopy(HEADER_BYTES, 0, content, 0, HEADER_BYTES.length);
        int at = HEADER_BYTES.length;
        for (byte[] e : entries) {
            System.arraycopy(e, 0, content, at, e.length);
            at += e.length;
        }
        return content;
    }

    static byte[] commit(long revision, List<Write> writes) {
        return frame(payload(g -> {
            g.writeNumberField("rev", revision);
            g.writeArrayFieldStart("w");
            for (Write w : writes) {
                g.writeStartArray();
                g.writeString(w.key());
                if (w.isDelete()) {
                    g.writeNull();
                } else {
                    g.writeString(w.value());
                }
                g.writeEndArray();
            }
            g.writeEndArray();
        }));
    }

    static byte[] snapshot(long revision, Collection<StoredRecord> records) {
        return frame(payload(g -> {
            g.writeNumberField("rev", revision);
            g.writeArrayFieldStart("snapshot");
            for (StoredRecord r : records) {
                g.writeStartArray();
                g.writeString(r.key());
                g.writeString(r.value());
                g.writeNumber(r.revision());
                g.writeEndArray();
            }
            g.writeEndArray();
        }));
    }

    private interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    private static byte[] payload(Body body) {
        ByteArrayBuilder out = new ByteArrayBuilder(256);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            body.write(g);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] frame(byte[] payload) {
        CRC32C crc = new CRC32C();
        crc.update(payload);
        byte[] prefix = (payload.length + " " + HexFormat.of().toHexDigits((int) crc.getValue()) + " ")
                .getBytes(StandardCharsets.US_ASCII);
        byte[] line = new byte[prefix.length + payload.length + 1];
        System.arraycopy(prefix, 0, line, 0, prefix.length);
        System.arraycopy(payload, 0, line, prefix.length, payload.length);
        line[line.length - 1] = '\n';
        return line;
    }

    /**
     * Reads the entries after the header. A damaged entry that nothing follows is a torn tail: the write a crash
     * interrupted, never acknowledged. A damaged entry that something follows is corruption.
     *
     * @param file the whole file, header included
     * @return the entries read
     * @throws CorruptLogException when the log is damaged before its end
     */
    static Contents read(byte[] file) throws CorruptLogException {
        List<Entry> entries = new ArrayList<>();
        int at = HEADER_BYTES.length;
        long lastRevision = 0;
        while (at < file.length) {
            int start = at;
            Framed framed = unframe(file, start);
            if (framed.problem() != null) {
                if (framed.tornTail()) {
                    return new Contents(entries, start, true);
                }
                throw new CorruptLogException(framed.problem() + " at byte " + start);
            }
            Entry entry;
            try {
                entry = decode(file, framed.payloadStart(), framed.payloadLength());
            } catch (IOException | RuntimeException e) {
                throw new CorruptLogException("an entry at byte " + start + " passes its checksum but is not a state "
                        + "log entry (" + e.getMessage() + ")");
            }
            if (entry.revision() <= lastRevision) {
                throw new CorruptLogException("the entry at byte " + start + " has revision " + entry.revision()
                        + ", not after " + lastRevision);
            }
            lastRevision = entry.revision();
            entries.add(entry);
            at = framed.end();
        }
        return new Contents(entries, at, false);
    }

    private record Framed(int payloadStart, int payloadLength, int end, String problem, boolean tornTail) {
        static Framed damaged(String problem, boolean tornTail) {
            return new Framed(0, 0, 0, problem, tornTail);
        }
    }

    private static Framed unframe(byte[] file, int start) {
        int at = start;
        long length = 0;
        int digits = 0;
        while (at < file.length && file[at] >= '0' && file[at] <= '9' && digits <= MAX_LENGTH_DIGITS) {
            length = length * 10 + (file[at] - '0');
            at++;
            digits++;
        }
        if (at >= file.length) {
            return Framed.damaged("an entry's length is cut off", true);
        }
        if (digits == 0 || digits > MAX_LENGTH_DIGITS || file[at] != ' ') {
            return Framed.damaged("an entry does not start with its length", noLineEndAfter(file, start));
        }
        at++;
        if (at + 9 > file.length) {
            return Framed.damaged("an entry's checksum is cut off", true);
        }
        String crcText = new String(file, at, 8, StandardCharsets.US_ASCII);
        at += 8;
        if (file[at] != ' ' || !crcText.matches("[0-9a-f]{8}")) {
            return Framed.damaged("an entry's checksum is malformed", noLineEndAfter(file, start));
        }
        at++;
        long end = at + length + 1;
        if (end > file.length) {
            return Framed.damaged("an entry is cut off", true);
        }
        boolean last = end == file.length;
        CRC32C crc = new CRC32C();
        crc.update(file, at, (int) length);
        if ((int) crc.getValue() != HexFormat.fromHexDigits(crcText) || file[(int) end - 1] != '\n') {
            return Framed.damaged("an entry does not match its checksum", last);
        }
        return new Framed(at, (int) length, (int) end, null, false);
    }

    /**
     * A torn write leaves a partial last line (or zeros where the file system allocated space): damage with no line
     * end after it is the tail.
     */
    private static boolean noLineEndAfter(byte[] file, int start) {
        for (int i = start; i < file.length; i++) {
            if (file[i] == '\n') {
                return false;
            }
        }
        return true;
    }

    private static Entry decode(byte[] file, int offset, int length) throws IOException {
        try (JsonParser p = JSON.createParser(file, offset, length)) {
            require(p.nextToken() == JsonToken.START_OBJECT, "not an object");
            Long revision = null;
            List<Write> writes = null;
            List<StoredRecord> snapshot = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                switch (field) {
                    case "rev" -> {
                        require(value == JsonToken.VALUE_NUMBER_INT, "rev is not an integer");
                        revision = p.getLongValue();
                    }
                    case "w" -> writes = writes(p, value);
                    case "snapshot" -> snapshot = snapshot(p, value);
                    default -> p.skipChildren();
                }
            }
            require(revision != null && revision > 0, "no revision");
            require((writes == null) != (snapshot == null), "neither writes nor a snapshot");
            return new Entry(revision, writes, snapshot);
        }
    }

    private static List<Write> writes(JsonParser p, JsonToken start) throws IOException {
        require(start == JsonToken.START_ARRAY, "w is not an array");
        List<Write> out = new ArrayList<>();
        while (p.nextToken() == JsonToken.START_ARRAY) {
            String key = text(p, p.nextToken());
            JsonToken v = p.nextToken();
            String value = v == JsonToken.VALUE_NULL ? null : text(p, v);
            require(p.nextToken() == JsonToken.END_ARRAY, "a write has more than a key and a value");
            out.add(new Write(key, value, Expect.anything()));
        }
        return out;
    }

    private static List<StoredRecord> snapshot(JsonParser p, JsonToken start) throws IOException {
        require(start == JsonToken.START_ARRAY, "snapshot is not an array");
        List<StoredRecord> out = new ArrayList<>();
        while (p.nextToken() == JsonToken.START_ARRAY) {
            String key = text(p, p.nextToken());
            String value = text(p, p.nextToken());
            require(p.nextToken() == JsonToken.VALUE_NUMBER_INT, "a record has no revision");
            long revision = p.getLongValue();
            require(p.nextToken() == JsonToken.END_ARRAY, "a record has more than a key, a value and a revision");
            out.add(new StoredRecord(key, value, revision));
        }
        return out;
    }

    private static String text(JsonParser p, JsonToken token) throws IOException {
        require(token == JsonToken.VALUE_STRING, "a key or value is not a string");
        return p.getText();
    }

    private static void require(boolean condition, String problem) {
        if (!condition) {
            throw new IllegalArgumentException(problem);
        }
    }
}
