package org.filmfactory.screenplay;

import org.filmfactory.fountain.ScriptFileRefused;
import org.springframework.util.unit.DataSize;

/** The file is larger than {@code filmfactory.screenplay.max-script-size}; it was not read. */
public final class ScriptTooLarge extends UnreadableScript {

    private final DataSize limit;

    public ScriptTooLarge(DataSize limit) {
        super("screenplay.error.too-large", ScriptFileRefused.readableSize(limit.toBytes()));
        this.limit = limit;
    }

    public DataSize limit() {
        return limit;
    }
}
