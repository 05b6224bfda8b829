package org.filmfactory.take.ui;

/** What the pointer draws on the player's picture while sketching. */
public enum SketchTool {
    POINT, FREEHAND, ARROW, RECTANGLE, ELLIPSE
}
