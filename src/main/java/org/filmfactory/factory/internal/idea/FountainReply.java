package org.filmfactory.factory.internal.idea;

import java.util.regex.Pattern;

/**
 * The screenplay inside a chat answer. Models wrap it in Markdown code fences, think aloud first ({@code <think>}
 * blocks of reasoning models) or talk before it ("Here is your screenplay:"): the text kept is the longest fenced
 * block when there is one, else the whole answer, from its first title page key or scene heading on.
 */
public final class FountainReply {

    private static final Pattern THINKING = Pattern.compile("(?is)<think>.*?</think>");
    private static final Pattern FENCE = Pattern.compile("(?m)^[ \\t]*```[^\\n]*\\n(.*?)^[ \\t]*```[ \\t]*$",
            Pattern.DOTALL);
    private static final Pattern START = Pattern.compile(
            "(?m)^(?:Title:|标题[:：]|\\.(?!\\.)\\S|(?:INT|EXT|EST|INT\\./EXT|INT/EXT|I/E)[. ]|内景|外景|内外景|内/外景)");

    private FountainReply() {
    }

    /** The Fountain text of {@code answer}, with line feeds only; empty when there is none. */
    public static String extract(String answer) {
        var text = THINKING.matcher(answer.replace("\r\n", "\n").replace('\r', '\n')).replaceAll("");
        var fences = FENCE.matcher(text);
        String longest = null;
        while (fences.find()) {
            if (longest == null || fences.group(1).length() > longest.length()) {
                longest = fences.group(1);
            }
        }
        if (longest != null) {
            text = longest;
        }
        var start = START.matcher(text);
        if (start.find()) {
            text = text.substring(start.start());
        }
        var script = text.strip();
        return script.isEmpty() ? "" : script + "\n";
    }
}
