/**
 * The transport buttons' symbols as inline SVG. The media-control characters (U+23EE ⏮, U+23ED ⏭, U+23F8 ⏸) are
 * missing from the fonts of many Linux desktops and phones, where they showed as empty boxes.
 */
const icon = (path: string): string =>
  `<svg viewBox="0 0 16 16" width="1em" height="1em" fill="currentColor" aria-hidden="true"
    style="vertical-align:-0.125em">${path}</svg>`;

export const PLAY_ICON = icon(`<path d="M4 2.5v11l9-5.5z"/>`);
export const PAUSE_ICON = icon(`<path d="M4 2.5h3v11H4zM9 2.5h3v11H9z"/>`);
export const STEP_BACK_ICON = icon(`<path d="M3 2.5h2v11H3zM13 2.5v11L6 8z"/>`);
export const STEP_FORWARD_ICON = icon(`<path d="M11 2.5h2v11h-2zM3 2.5v11L10 8z"/>`);
