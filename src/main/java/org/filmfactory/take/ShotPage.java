package org.filmfactory.take;

import java.util.List;

/**
 * Everything the shot page shows.
 *
 * @param scriptLines the script lines the shot covers, as written
 * @param prompt the prompt the next generation would use: the last edited one, or the default built from the script
 * @param takes the shot's takes, newest first
 * @param mayGenerate whether the person may generate, upload and select (a courtesy for showing controls)
 */
public record ShotPage(StoryboardShot shot, List<String> scriptLines, String prompt, List<TakeView> takes,
        boolean mayGenerate) {

    public ShotPage {
        scriptLines = List.copyOf(scriptLines);
        takes = List.copyOf(takes);
    }
}
