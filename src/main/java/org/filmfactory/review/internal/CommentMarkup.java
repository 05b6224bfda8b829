package org.filmfactory.review.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The one renderer of comment text to HTML (issue 12's markdown-light). Everything the author typed is escaped; the
 * only markup that comes out is ours: {@code **bold**} as {@code <strong>}, {@code *italic*} as {@code <em>},
 * {@code [text](http(s)://…)} and bare http(s) URLs as links that open a new tab without passing on who opened
 * them, mentions {@code @[Name](user-uuid)} as {@code <span class="mention">@Name</span>} with the member's current
 * name, and line breaks as {@code <br>}. Any other scheme ({@code javascript:}, {@code data:}) stays plain text.
 *
 * <p>Links and mentions are found in the raw text first, so their parts are escaped for where they go (attribute or
 * text); bold and italic apply to the text between them, after escaping, with markers paired like nested brackets
 * (one that cannot pair stays a literal asterisk), so the output is always well-formed.
 */
public final class CommentMarkup {

    /** A mention as the text stores it: {@code @[Display name](user-uuid)}. */
    public static final Pattern MENTION =
            Pattern.compile("@\\[([^\\[\\]\\n]{1,200})\\]\\(([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-"
                    + "[0-9a-fA-F]{4}-[0-9a-fA-F]{12})\\)");
    private static final String URL_CHARS = "[A-Za-z0-9\\-._~:/?#@!$&'*+,;=%]";
    private static final Pattern TOKEN = Pattern.compile(MENTION.pattern()
            + "|\\[([^\\[\\]\\n]{1,500})\\]\\((https?://" + URL_CHARS + "{1,2000})\\)"
            + "|(https?://(?:" + URL_CHARS + "|[()]){1,2000})", Pattern.CASE_INSENSITIVE);
    /** Our own tags: whatever the author typed as a tag was escaped, so this finds only ours. */
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final String LINK_ATTRIBUTES = " rel=\"noopener noreferrer nofollow\" target=\"_blank\"";

    private CommentMarkup() {
    }

    /**
     * The safe HTML of {@code text}.
     *
     * @param names current display names by user id (lower-case UUID text); a mention of someone not in it shows the
     *     name written in the text
     */
    public static String html(String text, Map<String, String> names) {
        var lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        var out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                out.append("<br>");
            }
            line(lines[i], names, out);
        }
        return out.toString();
    }

    /** User ids mentioned in {@code text}, in order of first mention, lower-case. */
    public static List<String> mentioned(String text) {
        var ids = new LinkedHashSet<String>();
        var matcher = MENTION.matcher(text);
        while (matcher.find()) {
            ids.add(userId(matcher.group(2)));
        }
        return List.copyOf(ids);
    }

    /**
     * The text as plain words for a notification, a list or a marker: the words a reader of {@link #html} sees —
     * mentions as {@code @Name}, a link as its text, no emphasis markers — on one line, clipped to {@code max}.
     */
    public static String excerpt(String text, Map<String, String> names, int max) {
        // Read back from the one renderer, so a marker pairs here exactly as it does on screen.
        var shown = TAG.matcher(html(text, names).replace("<br>", " ")).replaceAll("");
        var collapsed = unescape(shown).replaceAll("\\s+", " ").strip();
        if (collapsed.length() <= max) {
            return collapsed;
        }
        int end = max - 1;
        if (Character.isLowSurrogate(collapsed.charAt(end))) {
            end--;
        }
        return collapsed.substring(0, end) + "…";
    }

    /** The canonical form of a mentioned user id. */
    static String userId(String text) {
        return UUID.fromString(text).toString().toLowerCase(Locale.ROOT);
    }

    private static void line(String line, Map<String, String> names, StringBuilder out) {
        var matcher = TOKEN.matcher(line);
        int at = 0;
        while (matcher.find()) {
            emphasis(escape(line.substring(at, matcher.start())), out);
            if (matcher.group(2) != null) {
                var name = names.getOrDefault(userId(matcher.group(2)), matcher.group(1));
                out.append("<span class=\"mention\">@").append(escape(name)).append("</span>");
                at = matcher.end();
            } else if (matcher.group(4) != null) {
                link(matcher.group(4), matcher.group(3), out);
                at = matcher.end();
            } else {
                var url = trimUrl(matcher.group(5));
                link(url, url, out);
                at = matcher.start() + url.length();
            }
        }
        emphasis(escape(line.substring(at)), out);
    }

    private static void link(String url, String text, StringBuilder out) {
        out.append("<a href=\"").append(escape(url)).append('"').append(LINK_ATTRIBUTES).append('>')
                .append(escape(text)).append("</a>");
    }

    /** A bare URL ends before trailing punctuation and before a closing parenthesis it did not open. */
    private static String trimUrl(String url) {
        int end = url.length();
        while (end > 0) {
            char last = url.charAt(end - 1);
            if (".,;:!?'".indexOf(last) >= 0) {
                end--;
            } else if (last == ')' && count(url, '(', end) < count(url, ')', end)) {
                end--;
            } else {
                break;
            }
        }
        return url.substring(0, end);
    }

    private static int count(String text, char c, int end) {
        int n = 0;
        for (int i = 0; i < end; i++) {
            if (text.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    private static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }

    static String escape(String text) {
        var out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    // ------------------------------------------------------------------------------------------- bold and italic

    private enum Kind {
        TEXT, BOLD, ITALIC
    }

    private static final class Piece {
        final Kind kind;
        final String text;
        final boolean canOpen;
        final boolean canClose;
        String html;

        Piece(Kind kind, String text, boolean canOpen, boolean canClose) {
            this.kind = kind;
            this.text = text;
            this.canOpen = canOpen;
            this.canClose = canClose;
            this.html = text;
        }
    }

    /**
     * Pairs {@code **} and {@code *} markers in already escaped text. A marker opens when a non-space follows it and
     * closes when a non-space precedes it; it closes only the innermost open marker of its kind, so tags never
     * cross. A run of three is bold and italic; longer runs stay as they are.
     */
    private static void emphasis(String escaped, StringBuilder out) {
        if (escaped.indexOf('*') < 0) {
            out.append(escaped);
            return;
        }
        var pieces = new ArrayList<Piece>();
        int i = 0;
        int textStart = 0;
        while (i < escaped.length()) {
            if (escaped.charAt(i) != '*') {
                i++;
                continue;
            }
            int run = i;
            while (run < escaped.length() && escaped.charAt(run) == '*') {
                run++;
            }
            int length = run - i;
            if (length > 3) {
                i = run;
                continue;
            }
            if (textStart < i) {
                pieces.add(new Piece(Kind.TEXT, escaped.substring(textStart, i), false, false));
            }
            boolean before = i > 0 && !Character.isWhitespace(escaped.charAt(i - 1));
            boolean after = run < escaped.length() && !Character.isWhitespace(escaped.charAt(run));
            if (length == 3) {
                // Opening: bold outside, italic inside; closing: italic first, then bold.
                if (before && !after) {
                    pieces.add(new Piece(Kind.ITALIC, "*", false, true));
                    pieces.add(new Piece(Kind.BOLD, "**", false, true));
                } else {
                    pieces.add(new Piece(Kind.BOLD, "**", after, before));
                    pieces.add(new Piece(Kind.ITALIC, "*", after, before));
                }
            } else {
                pieces.add(new Piece(length == 2 ? Kind.BOLD : Kind.ITALIC, escaped.substring(i, run), after,
                        before));
            }
            i = run;
            textStart = run;
        }
        if (textStart < escaped.length()) {
            pieces.add(new Piece(Kind.TEXT, escaped.substring(textStart), false, false));
        }
        var open = new ArrayList<Piece>();
        for (var piece : pieces) {
            if (piece.kind == Kind.TEXT) {
                continue;
            }
            var top = open.isEmpty() ? null : open.getLast();
            if (piece.canClose && top != null && top.kind == piece.kind) {
                open.removeLast();
                top.html = piece.kind == Kind.BOLD ? "<strong>" : "<em>";
                piece.html = piece.kind == Kind.BOLD ? "</strong>" : "</em>";
            } else if (piece.canOpen && open.stream().noneMatch(p -> p.kind == piece.kind)) {
                open.add(piece);
            }
        }
        // Markers left open were never closed: they stay literal asterisks (their html is still their text).
        for (var piece : pieces) {
            out.append(piece.html);
        }
    }
}
