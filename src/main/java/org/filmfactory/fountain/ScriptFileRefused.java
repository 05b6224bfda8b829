package org.filmfactory.fountain;

import java.util.Arrays;

/**
 * A file that cannot become a screenplay; nothing of it was read into a script. The {@link Reason} tells callers
 * which refusal it is, {@link #messageKey()} and {@link #arguments()} name the translated text that tells the writer
 * (the keys are the studio's, in {@code vaadin-i18n/translations*.properties}). This library translates nothing
 * itself: the studio turns it into its own user-facing refusals, the command line prints the English text.
 */
public final class ScriptFileRefused extends RuntimeException {

    /** Why the file was refused, each with the key of its translated message. */
    public enum Reason {
        /** Larger than the limit the caller set; argument: the limit, readable ({@code 20 MB}). */
        TOO_LARGE("screenplay.error.too-large"),
        /** Not text at all: NUL bytes, or the signature of an image, PDF, office or archive file. */
        NOT_TEXT("screenplay.error.binary"),
        /** Text, but not UTF-8; argument: the 1-based line of the first byte that is not. */
        NOT_UTF8("screenplay.error.invalid-utf8"),
        /** Not well-formed XML or not a Final Draft document; argument: the 1-based line where reading stopped. */
        MALFORMED_FINAL_DRAFT("screenplay.exchange.error.malformed-fdx"),
        /** A Final Draft file that declares a document type, the way entity tricks are smuggled in. */
        UNSAFE_FINAL_DRAFT("screenplay.exchange.error.unsafe-fdx");

        private final String messageKey;

        Reason(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    private final Reason reason;
    private final transient Object[] arguments;

    private ScriptFileRefused(Reason reason, Object... arguments) {
        super(reason.messageKey + " " + Arrays.toString(arguments), null, false, false);
        this.reason = reason;
        this.arguments = arguments.clone();
    }

    public static ScriptFileRefused tooLarge(long maxBytes) {
        return new ScriptFileRefused(Reason.TOO_LARGE, readableSize(maxBytes));
    }

    public static ScriptFileRefused notText() {
        return new ScriptFileRefused(Reason.NOT_TEXT);
    }

    public static ScriptFileRefused notUtf8(int line) {
        return new ScriptFileRefused(Reason.NOT_UTF8, line);
    }

    public static ScriptFileRefused malformedFinalDraft(int line) {
        return new ScriptFileRefused(Reason.MALFORMED_FINAL_DRAFT, line);
    }

    public static ScriptFileRefused unsafeFinalDraft() {
        return new ScriptFileRefused(Reason.UNSAFE_FINAL_DRAFT);
    }

    public Reason reason() {
        return reason;
    }

    public String messageKey() {
        return reason.messageKey;
    }

    /** The arguments of the translated message; a copy. */
    public Object[] arguments() {
        return arguments.clone();
    }

    /** The line a {@link Reason#NOT_UTF8} or {@link Reason#MALFORMED_FINAL_DRAFT} refusal names; 0 for others. */
    public int line() {
        return arguments.length == 1 && arguments[0] instanceof Integer line ? line : 0;
    }

    /** {@code 20 MB}, {@code 512 KB} or {@code 100 B}: the units read the same in English and Chinese. */
    public static String readableSize(long bytes) {
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MB";
        }
        if (bytes >= 1024 && bytes % 1024 == 0) {
            return bytes / 1024 + " KB";
        }
        return bytes + " B";
    }
}
