package io.infrakit.oneview.engine;

/** The engine's record keys: {@code instances/<id>} and {@code journal/<id>}. */
final class RecordKeys {

    static final String INSTANCES = "instances/";
    static final String JOURNAL = "journal/";

    private RecordKeys() {
    }

    static String instance(String id) {
        return INSTANCES + id;
    }

    static String journal(String id) {
        return JOURNAL + id;
    }
}
