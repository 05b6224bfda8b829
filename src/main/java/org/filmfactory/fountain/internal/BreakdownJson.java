package org.filmfactory.fountain.internal;

import java.util.List;
import org.filmfactory.fountain.ParsedScript;
import org.filmfactory.fountain.Scene;
import org.jspecify.annotations.Nullable;

/**
 * The scene breakdown as JSON, in the schema of the screenplay corpus's expected parses: {@code title},
 * {@code scenes} (each {@code heading}, {@code line}, {@code characters}, {@code dialogues}, {@code actions}) and
 * {@code totals} ({@code scenes}, {@code dialogues}, {@code characters}), indented by two spaces. Written by hand so
 * the module needs no JSON library for it; strings are escaped as RFC 8259 requires, and unpaired surrogates are
 * written as {@code \\u} escapes so the output is always valid UTF-8 JSON.
 */
public final class BreakdownJson {

    private BreakdownJson() {
    }

    public static String write(ParsedScript script) {
        var json = new StringBuilder(256 + script.scenes().size() * 160);
        json.append("{\n  \"title\": ");
        string(json, script.title());
        json.append(",\n  \"scenes\": [");
        List<Scene> scenes = script.scenes();
        for (int i = 0; i < scenes.size(); i++) {
            var scene = scenes.get(i);
            json.append(i == 0 ? "\n" : ",\n").append("    {\n      \"heading\": ");
            string(json, scene.heading().text());
            json.append(",\n      \"line\": ").append(scene.line());
            json.append(",\n      \"characters\": ");
            strings(json, scene.characters(), "      ");
            json.append(",\n      \"dialogues\": ").append(scene.dialogues());
            json.append(",\n      \"actions\": ").append(scene.actions());
            json.append("\n    }");
        }
        json.append(scenes.isEmpty() ? "]" : "\n  ]");
        json.append(",\n  \"totals\": {\n    \"scenes\": ").append(scenes.size());
        json.append(",\n    \"dialogues\": ").append(script.dialogues());
        json.append(",\n    \"characters\": ").append(script.characters().size());
        json.append("\n  }\n}\n");
        return json.toString();
    }

    private static void strings(StringBuilder json, List<String> values, String indent) {
        if (values.isEmpty()) {
            json.append("[]");
            return;
        }
        json.append('[');
        for (int i = 0; i < values.size(); i++) {
            json.append(i == 0 ? "\n" : ",\n").append(indent).append("  ");
            string(json, values.get(i));
        }
        json.append('\n').append(indent).append(']');
    }

    static void string(StringBuilder json, @Nullable String value) {
        if (value == null) {
            json.append("null");
            return;
        }
        json.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                case '\b' -> json.append("\\b");
                case '\f' -> json.append("\\f");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029' || unpairedSurrogate(value, i)) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }

    private static boolean unpairedSurrogate(String value, int i) {
        char c = value.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(value.charAt(i - 1));
        }
        return false;
    }
}
