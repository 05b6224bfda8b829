package org.filmfactory.screenplay;

import java.util.Arrays;

/**
 * An exported screenplay, ready to download.
 *
 * @param fileName a name for the download, with its extension ({@code rain-city.fdx})
 * @param mediaType the file's MIME type
 * @param content the file's bytes
 */
public record ScriptFile(String fileName, String mediaType, byte[] content) {

    public ScriptFile {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ScriptFile file && fileName.equals(file.fileName)
                && mediaType.equals(file.mediaType) && Arrays.equals(content, file.content);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * fileName.hashCode() + mediaType.hashCode()) + Arrays.hashCode(content);
    }

    @Override
    public String toString() {
        return "ScriptFile[" + fileName + ", " + mediaType + ", " + content.length + " bytes]";
    }
}
