package org.filmfactory.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.filmfactory.platform.RequestedRange.Slice;
import org.filmfactory.platform.RequestedRange.Unsatisfiable;
import org.filmfactory.platform.RequestedRange.WholeFile;
import org.junit.jupiter.api.Test;

/** The {@code Range} header read as RFC 9110 §14.1.2 and §15.5.17 describe, on a file of 1 000 bytes. */
class RequestedRangeTest {

    static final long SIZE = 1000;

    @Test
    void readsTheThreeFormsOfOneRange() {
        assertThat(RequestedRange.of("bytes=0-499", SIZE)).isEqualTo(new Slice(0, 500));
        assertThat(RequestedRange.of("bytes=500-999", SIZE)).isEqualTo(new Slice(500, 500));
        assertThat(RequestedRange.of("bytes=999-999", SIZE)).isEqualTo(new Slice(999, 1));
        assertThat(RequestedRange.of("bytes=900-", SIZE)).isEqualTo(new Slice(900, 100));
        assertThat(RequestedRange.of("bytes=-100", SIZE)).isEqualTo(new Slice(900, 100));
        assertThat(RequestedRange.of("Bytes=0-0", SIZE)).isEqualTo(new Slice(0, 1));
    }

    @Test
    void clampsTheEndToTheFile() {
        assertThat(RequestedRange.of("bytes=990-5000", SIZE)).isEqualTo(new Slice(990, 10));
        assertThat(RequestedRange.of("bytes=-5000", SIZE)).isEqualTo(new Slice(0, 1000));
        assertThat(RequestedRange.of("bytes=0-99999999999999999999999", SIZE)).isEqualTo(new Slice(0, 1000));
    }

    @Test
    void startsBeyondTheEndAreUnsatisfiable() {
        assertThat(RequestedRange.of("bytes=1000-", SIZE)).isEqualTo(new Unsatisfiable());
        assertThat(RequestedRange.of("bytes=1000-1001", SIZE)).isEqualTo(new Unsatisfiable());
        assertThat(RequestedRange.of("bytes=-0", SIZE)).isEqualTo(new Unsatisfiable());
        assertThat(RequestedRange.of("bytes=99999999999999999999999-", SIZE)).isEqualTo(new Unsatisfiable());
        assertThat(RequestedRange.of("bytes=0-", 0)).isEqualTo(new Unsatisfiable());
        assertThat(RequestedRange.of("bytes=-1", 0)).isEqualTo(new Unsatisfiable());
    }

    @Test
    void ignoresWhatItDoesNotServeAsOneSlice() {
        assertThat(RequestedRange.of(null, SIZE)).isEqualTo(new WholeFile());
        assertThat(RequestedRange.of("bytes=0-9,20-29", SIZE)).isEqualTo(new WholeFile());
        assertThat(RequestedRange.of("items=0-9", SIZE)).isEqualTo(new WholeFile());
        assertThat(RequestedRange.of("bytes=9-0", SIZE)).isEqualTo(new WholeFile());
        assertThat(RequestedRange.of("bytes=-", SIZE)).isEqualTo(new WholeFile());
        assertThat(RequestedRange.of("bytes=a-b", SIZE)).isEqualTo(new WholeFile());
        assertThat(RequestedRange.of("bytes=+1-2", SIZE)).isEqualTo(new WholeFile());
    }
}
