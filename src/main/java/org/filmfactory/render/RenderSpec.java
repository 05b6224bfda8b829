package org.filmfactory.render;

/**
 * What an editor asks a render for.
 *
 * @param preset the picture and bitrates
 * @param subtitles whether subtitles are burned into the picture (SRT and WebVTT files are always written beside it)
 */
public record RenderSpec(Preset preset, boolean subtitles) {

    public static final RenderSpec DEFAULT = new RenderSpec(Preset.VERTICAL, true);
}
