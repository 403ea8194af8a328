package io.infrakit.oneview.store.etcd;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

/**
 * Where a store's records live in etcd: record {@code K} at {@code <prefix>/data/K}, and {@code <prefix>/meta/head},
 * which every commit rewrites, so that its {@code mod_revision} is the store's revision (the revision of its latest
 * commit) and one read of it tells whether anything changed. Keys and values travel base64-encoded, as the JSON
 * gateway wants them.
 */
final class EtcdKeys {

    private final String data;
    private final String head;

    EtcdKeys(String prefix) {
        this.data = prefix + "/data/";
        this.head = prefix + "/meta/head";
    }

    /** @return the etcd key of a record */
    String record(String key) {
        return data + key;
    }

    /** @return the record key of an etcd key under the data prefix, or null for any other key */
    String recordOf(String etcdKey) {
        return etcdKey.startsWith(data) ? etcdKey.substring(data.length()) : null;
    }

    String head() {
        return head;
    }

    /** @return the first key of the data range */
    String dataStart() {
        return data;
    }

    /** @return the key after every key that starts with the data prefix (etcd's range_end for a prefix) */
    String dataEnd() {
        return rangeEnd(data);
    }

    /** @return the range of the store's every key: data and meta */
    String allStart() {
        return data.substring(0, data.length() - "data/".length());
    }

    String allEnd() {
        return rangeEnd(allStart());
    }

    private static String rangeEnd(String prefix) {
        byte[] bytes = prefix.getBytes(StandardCharsets.UTF_8);
        byte[] end = Arrays.copyOf(bytes, bytes.length);
        end[end.length - 1]++;
        return new String(end, StandardCharsets.UTF_8);
    }

    static String encode(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    static String decode(String base64) {
        return new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
    }
}
