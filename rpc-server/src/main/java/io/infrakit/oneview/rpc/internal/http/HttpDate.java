package io.infrakit.oneview.rpc.internal.http;

import io.netty.handler.codec.DateFormatter;
import io.netty.util.AsciiString;
import java.util.Date;

/** The {@code Date} header value, formatted at most once per second. */
final class HttpDate {

    private static volatile Cached cached = new Cached(0, AsciiString.EMPTY_STRING);

    private record Cached(long second, AsciiString value) {
    }

    private HttpDate() {
    }

    static AsciiString now() {
        long millis = System.currentTimeMillis();
        long second = millis / 1000;
        Cached c = cached;
        if (c.second != second) {
            c = new Cached(second, AsciiString.cached(DateFormatter.format(new Date(second * 1000))));
            cached = c;
        }
        return c.value;
    }
}
