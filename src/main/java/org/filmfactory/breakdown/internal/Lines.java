package org.filmfactory.breakdown.internal;

import java.util.List;

/** Lists of names kept in one text column, one a line (names never hold a line break). */
final class Lines {

    private Lines() {
    }

    static String join(List<String> values) {
        return String.join("\n", values);
    }

    static List<String> split(String column) {
        return column.isEmpty() ? List.of() : List.of(column.split("\n"));
    }
}
