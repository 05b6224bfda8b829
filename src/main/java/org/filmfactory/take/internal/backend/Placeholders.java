package org.filmfactory.take.internal.backend;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Fills {@code {{name}}} placeholders in a JSON template (a ComfyUI workflow, extra request fields). It works on the
 * parsed tree, so a prompt with quotes or newlines can never break the JSON: a string that is exactly one
 * placeholder becomes the value itself (a number stays a number: {@code "{{seed}}"} → {@code 42}); placeholders
 * inside a longer string are replaced by their text. Unknown placeholders are left as they are.
 */
final class Placeholders {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([a-z_]+)\\s*}}");

    private Placeholders() {
    }

    static JsonNode fill(JsonNode template, Map<String, Object> values) {
        if (template instanceof ObjectNode object) {
            var copy = JsonNodeFactory.instance.objectNode();
            for (var field : object.properties()) {
                copy.set(field.getKey(), fill(field.getValue(), values));
            }
            return copy;
        }
        if (template instanceof ArrayNode array) {
            var copy = JsonNodeFactory.instance.arrayNode();
            for (var item : array) {
                copy.add(fill(item, values));
            }
            return copy;
        }
        if (template.isString()) {
            var text = template.stringValue();
            var whole = PLACEHOLDER.matcher(text);
            if (whole.matches() && values.containsKey(whole.group(1))) {
                return value(values.get(whole.group(1)));
            }
            var matcher = PLACEHOLDER.matcher(text);
            var out = new StringBuilder();
            while (matcher.find()) {
                var value = values.get(matcher.group(1));
                matcher.appendReplacement(out, Matcher.quoteReplacement(value == null ? matcher.group()
                        : String.valueOf(value)));
            }
            matcher.appendTail(out);
            return JsonNodeFactory.instance.stringNode(out.toString());
        }
        return template.deepCopy();
    }

    private static JsonNode value(Object value) {
        return switch (value) {
            case Integer number -> JsonNodeFactory.instance.numberNode(number);
            case Long number -> JsonNodeFactory.instance.numberNode(number);
            case Double number -> JsonNodeFactory.instance.numberNode(number);
            default -> JsonNodeFactory.instance.stringNode(String.valueOf(value));
        };
    }
}
