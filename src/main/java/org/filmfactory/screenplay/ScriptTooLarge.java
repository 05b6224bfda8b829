package org.filmfactory.screenplay;

import org.springframework.util.unit.DataSize;

/** The file is larger than {@code filmfactory.screenplay.max-script-size}; it was not read. */
public final class ScriptTooLarge extends UnreadableScript {

    private final DataSize limit;

    public ScriptTooLarge(DataSize limit) {
        super("screenplay.error.too-large", readable(limit));
        this.limit = limit;
    }

    public DataSize limit() {
        return limit;
    }

    /** {@code 20 MB}, {@code 512 KB} or {@code 100 B}: the units read the same in English and Chinese. */
    static String readable(DataSize size) {
        long bytes = size.toBytes();
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MB";
        }
        if (bytes >= 1024 && bytes % 1024 == 0) {
            return bytes / 1024 + " KB";
        }
        return bytes + " B";
    }
}
