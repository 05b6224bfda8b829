package org.filmfactory.factory.ui;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.filmfactory.factory.Idea;
import org.filmfactory.platform.UserFacingException;
import org.filmfactory.project.ScriptLanguage;
import org.filmfactory.render.PlatformTarget;

/**
 * A CSV of ideas for a batch: one idea a line, columns {@code logline,language,seconds,tone,platform} (a first line
 * naming them is skipped; fields with commas or quotes in double quotes, quotes doubled). Any bad line refuses the
 * whole sheet, naming the line and what is wrong with it.
 */
final class IdeaSheet {

    static final int MAX_IDEAS = 500;

    private IdeaSheet() {
    }

    /** A sheet the studio cannot read; key {@code factory.line.csv.*}, the line number first. */
    static final class Refused extends UserFacingException {
        Refused(String key, Object... arguments) {
            super(key, arguments);
        }
    }

    static List<Idea> read(String text) {
        var ideas = new ArrayList<Idea>();
        var lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        for (int n = 0; n < lines.length; n++) {
            var line = lines[n];
            if (line.isBlank() || (n == 0 && line.strip().toLowerCase(Locale.ROOT).startsWith("logline"))) {
                continue;
            }
            int number = n + 1;
            var fields = fields(line, number);
            if (fields.size() != 5) {
                throw new Refused("factory.line.csv.columns", number, fields.size());
            }
            var logline = fields.get(0).strip();
            if (logline.isEmpty()) {
                throw new Refused("factory.line.csv.logline", number);
            }
            ScriptLanguage language;
            try {
                language = ScriptLanguage.valueOf(fields.get(1).strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new Refused("factory.line.csv.language", number, fields.get(1).strip());
            }
            long seconds;
            try {
                seconds = Long.parseLong(fields.get(2).strip());
            } catch (NumberFormatException e) {
                throw new Refused("factory.line.csv.seconds", number, fields.get(2).strip());
            }
            if (seconds < 15 || seconds > 180) {
                throw new Refused("factory.line.csv.seconds", number, fields.get(2).strip());
            }
            PlatformTarget platform;
            try {
                platform = PlatformTarget.valueOf(fields.get(4).strip().toUpperCase(Locale.ROOT).replace('-', '_')
                        .replace(' ', '_'));
            } catch (IllegalArgumentException e) {
                throw new Refused("factory.line.csv.platform", number, fields.get(4).strip());
            }
            ideas.add(new Idea(logline, language, Duration.ofSeconds(seconds), fields.get(3).strip(), platform));
            if (ideas.size() > MAX_IDEAS) {
                throw new Refused("factory.line.csv.too-many", number, MAX_IDEAS);
            }
        }
        return ideas;
    }

    private static List<String> fields(String line, int number) {
        var fields = new ArrayList<String>();
        var field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.toString().isBlank()) {
                quoted = true;
                field.setLength(0);
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new Refused("factory.line.csv.quote", number);
        }
        fields.add(field.toString());
        return fields;
    }
}
