package org.filmfactory.cut.internal.voice;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One espeak-ng voice: a language voice ({@code en-us}, {@code en-gb}, {@code cmn}) and optionally a variant of
 * espeak-ng's {@code voices/!v} set that changes pitch and timbre ({@code m1}…{@code m7}, {@code f1}…{@code f5}). Its
 * id is {@code espeak:<voice>[+variant]}.
 */
public record EspeakVoice(String language, @Nullable String variant) {

    public static final String ENGINE = "espeak";
    public static final List<String> LANGUAGES = List.of("en-us", "en-gb", "cmn");
    public static final List<String> VARIANTS = List.of("m1", "m2", "m3", "m4", "m5", "m6", "m7", "f1", "f2", "f3",
            "f4", "f5");

    public EspeakVoice {
        if (!LANGUAGES.contains(language) || (variant != null && !VARIANTS.contains(variant))) {
            throw new IllegalArgumentException("not an offline voice: " + language + (variant == null ? "" : "+" + variant));
        }
    }

    /** The voice an id names, or empty when it is not one of these voices. */
    public static Optional<EspeakVoice> parse(String id) {
        if (id.length() > 40 || !id.startsWith(ENGINE + ":")) {
            return Optional.empty();
        }
        var name = id.substring(ENGINE.length() + 1);
        int plus = name.indexOf('+');
        var language = plus < 0 ? name : name.substring(0, plus);
        var variant = plus < 0 ? null : name.substring(plus + 1);
        if (!LANGUAGES.contains(language) || (variant != null && !VARIANTS.contains(variant))) {
            return Optional.empty();
        }
        return Optional.of(new EspeakVoice(language, variant));
    }

    /** The language voices that speak {@code language}: {@code cmn} for Chinese, English ones otherwise. */
    public static List<String> languagesFor(Locale language) {
        return language.getLanguage().equals("zh") ? List.of("cmn") : List.of("en-us", "en-gb");
    }

    /** The locale the voice speaks. */
    public Locale locale() {
        return switch (language) {
            case "cmn" -> Locale.SIMPLIFIED_CHINESE;
            case "en-gb" -> Locale.UK;
            default -> Locale.US;
        };
    }

    /** What espeak-ng's {@code espeak_SetVoiceByName} takes: its British English voice is the file {@code en}. */
    String nativeName() {
        var name = language.equals("en-gb") ? "en" : language;
        return variant == null ? name : name + "+" + variant;
    }

    public String id() {
        return ENGINE + ":" + (variant == null ? language : language + "+" + variant);
    }
}
