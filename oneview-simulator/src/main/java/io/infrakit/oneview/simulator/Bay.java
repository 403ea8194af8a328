package io.infrakit.oneview.simulator;

/**
 * A device bay of a generated enclosure, with or without a blade in it. Internal.
 *
 * @param enclosureIndex 1-based index of the enclosure across groups ({@code Encl<index>})
 * @param enclosureName  e.g. {@code Encl1}
 * @param enclosureUri   e.g. {@code /rest/enclosures/SIM0000001}
 * @param group          the enclosure's group
 * @param number         the bay number, 1-based
 */
record Bay(int enclosureIndex, String enclosureName, String enclosureUri, EnclosureGroup group, int number) {

    /** @return the name a blade in this bay has, e.g. {@code Encl1, bay 3} */
    String bladeName() {
        return enclosureName + ", bay " + number;
    }
}
