/*
 * The look of <ff-script-editor>: the CodeMirror theme (script font, screenplay indents, remote cursors) and the
 * host's own style sheet (status line, scene outline), installed once per document.
 */
import { EditorView } from "@codemirror/view";

const SCRIPT_FONT =
  '"Courier Prime", "Courier Final Draft", "Courier New", Courier, "Noto Sans Mono", "Noto Sans Mono CJK SC", "PingFang SC", "Microsoft YaHei", "Droid Sans Fallback", monospace';

export const editorTheme = EditorView.theme({
  "&": { height: "100%", fontSize: "15px", backgroundColor: "#ffffff", color: "#111827" },
  "&.cm-focused": { outline: "none" },
  ".cm-scroller": { fontFamily: SCRIPT_FONT, lineHeight: "1.6" },
  ".cm-content": { padding: "16px 0 40px", maxWidth: "76ch", caretColor: "#111827" },
  ".cm-line": { padding: "0 24px 0 16px" },
  ".cm-gutters": { backgroundColor: "#fafafa", color: "#a1a1aa", borderRight: "1px solid #f0f0f0", fontSize: "12px" },
  ".cm-lineNumbers .cm-gutterElement": { padding: "0 8px 0 12px" },
  ".cm-activeLine": { backgroundColor: "rgba(37, 99, 235, 0.045)" },
  ".cm-activeLineGutter": { backgroundColor: "rgba(37, 99, 235, 0.08)", color: "#374151" },
  "&.cm-focused > .cm-scroller > .cm-selectionLayer .cm-selectionBackground, .cm-selectionBackground, .cm-content ::selection":
    { backgroundColor: "#cfe0fc" },
  ".cm-selectionMatch": { backgroundColor: "rgba(250, 204, 21, 0.28)" },
  ".cm-searchMatch": { backgroundColor: "rgba(250, 204, 21, 0.45)", outline: "1px solid rgba(202, 138, 4, 0.5)" },
  ".cm-searchMatch.cm-searchMatch-selected": { backgroundColor: "rgba(249, 115, 22, 0.45)" },
  ".cm-panels": { backgroundColor: "#f8fafc", color: "#111827", fontFamily: "inherit" },
  ".cm-panels.cm-panels-top": { borderBottom: "1px solid #e5e7eb" },
  ".cm-ff-sceneHeading": { paddingTop: "0.35em" },
  ".cm-ff-character": { paddingLeft: "min(20ch, 30%)" },
  ".cm-ff-parenthetical": { paddingLeft: "min(15ch, 22%)" },
  ".cm-ff-dialogue": { paddingLeft: "min(10ch, 14%)", paddingRight: "min(10ch, 14%)" },
  ".cm-ff-transition": { textAlign: "right" },
  ".cm-ff-centered": { textAlign: "center" },
  ".cm-ff-remote-caret": {
    position: "absolute",
    borderLeft: "2px solid",
    marginLeft: "-1px",
    pointerEvents: "none",
  },
  ".cm-ff-remote-selection": { position: "absolute", pointerEvents: "none" },
  ".cm-ff-remote-label": {
    position: "absolute",
    transform: "translateY(-100%)",
    marginTop: "-1px",
    marginLeft: "-1px",
    padding: "1px 5px",
    borderRadius: "3px 3px 3px 0",
    color: "#ffffff",
    fontFamily: "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
    fontSize: "10.5px",
    fontWeight: "600",
    fontStyle: "normal",
    lineHeight: "1.35",
    whiteSpace: "nowrap",
    maxWidth: "16ch",
    overflow: "hidden",
    textOverflow: "ellipsis",
    zIndex: "3",
    userSelect: "none",
    pointerEvents: "none",
    boxShadow: "0 1px 2px rgba(0,0,0,0.18)",
  },
  ".cm-ff-remote-label-below": { transform: "none", marginTop: "0", borderRadius: "0 3px 3px 3px" },
});

const HOST_CSS = `
ff-script-editor {
  --ff-se-border: var(--lumo-contrast-10pct, #e5e7eb);
  --ff-se-muted: var(--lumo-secondary-text-color, #6b7280);
  --ff-se-accent: var(--lumo-primary-color, #2563eb);
  --ff-se-accent-bg: var(--lumo-primary-color-10pct, rgba(37, 99, 235, 0.1));
  --ff-se-panel: #f8fafc;
  display: flex;
  position: relative;
  box-sizing: border-box;
  height: 100%;
  min-height: 240px;
  border: 1px solid var(--ff-se-border);
  border-radius: 8px;
  overflow: hidden;
  background: #ffffff;
  font-family: var(--lumo-font-family, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif);
}
ff-script-editor .ffse-main { flex: 1 1 auto; min-width: 0; display: flex; flex-direction: column; position: relative; }
ff-script-editor .ffse-comment {
  position: absolute; right: 8px; bottom: 2px; z-index: 5; padding: 1px 10px; font: inherit; font-size: 12px;
  border: 1px solid var(--ff-se-border); border-radius: 10px; background: #fff; color: var(--ff-se-accent);
  cursor: pointer;
}
ff-script-editor .ffse-comment:hover { background: var(--ff-se-accent-bg); }
ff-script-editor .ffse-editor { flex: 1 1 auto; min-height: 0; }
ff-script-editor .ffse-editor > .cm-editor { height: 100%; }
ff-script-editor .ffse-status {
  flex: none; display: flex; align-items: center; gap: 6px;
  padding: 3px 12px; min-height: 22px; box-sizing: border-box;
  border-top: 1px solid var(--ff-se-border); background: #fcfcfd;
  color: var(--ff-se-muted); font-size: 12px; line-height: 16px;
}
ff-script-editor .ffse-status::before {
  content: ""; width: 7px; height: 7px; border-radius: 50%; background: #22c55e; flex: none;
}
ff-script-editor .ffse-status[data-state="sending"]::before { background: #f59e0b; }
ff-script-editor .ffse-status[data-state="offline"]::before,
ff-script-editor .ffse-status[data-state="notice"]::before { background: #ef4444; }
ff-script-editor .ffse-status[data-state="offline"],
ff-script-editor .ffse-status[data-state="notice"] { color: #b91c1c; }
ff-script-editor .ffse-outline {
  flex: 0 0 232px; display: flex; flex-direction: column; min-height: 0;
  border-left: 1px solid var(--ff-se-border); background: var(--ff-se-panel);
}
ff-script-editor .ffse-outline-head {
  flex: none; display: flex; align-items: center; gap: 6px; padding: 8px 8px 6px 12px;
  font-size: 11px; font-weight: 600; letter-spacing: 0.07em; text-transform: uppercase; color: var(--ff-se-muted);
}
ff-script-editor .ffse-outline-title { flex: 1 1 auto; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
ff-script-editor .ffse-outline-count { font-variant-numeric: tabular-nums; font-weight: 500; }
ff-script-editor .ffse-toggle {
  flex: none; width: 24px; height: 24px; padding: 0; border: 0; border-radius: 4px; background: transparent;
  color: var(--ff-se-muted); font: inherit; font-size: 16px; line-height: 24px; cursor: pointer;
}
ff-script-editor .ffse-toggle:hover { background: rgba(0, 0, 0, 0.06); }
ff-script-editor .ffse-toggle:focus-visible, ff-script-editor .ffse-scene:focus-visible {
  outline: 2px solid var(--ff-se-accent); outline-offset: -2px;
}
ff-script-editor .ffse-list { flex: 1 1 auto; min-height: 0; overflow-y: auto; padding: 0 6px 8px; }
ff-script-editor .ffse-empty { padding: 8px 6px; font-size: 12px; color: var(--ff-se-muted); font-style: italic; }
ff-script-editor .ffse-scene {
  display: grid; grid-template-columns: 2.4em 1fr; align-items: baseline; column-gap: 2px;
  width: 100%; box-sizing: border-box; margin: 1px 0; padding: 5px 6px; border: 0; border-radius: 6px;
  background: transparent; color: #374151; font: inherit; font-size: 12px; line-height: 1.35;
  text-align: left; cursor: pointer;
}
ff-script-editor .ffse-scene:hover { background: rgba(15, 23, 42, 0.05); }
ff-script-editor .ffse-scene[aria-current="true"] { background: var(--ff-se-accent-bg); color: var(--ff-se-accent); font-weight: 600; }
ff-script-editor .ffse-num { color: #9ca3af; font-variant-numeric: tabular-nums; font-size: 11px; }
ff-script-editor .ffse-scene[aria-current="true"] .ffse-num { color: inherit; }
ff-script-editor .ffse-label { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
ff-script-editor .ffse-people { grid-column: 2; display: flex; flex-wrap: wrap; gap: 3px; }
ff-script-editor .ffse-people:not(:empty) { margin-top: 4px; }
ff-script-editor .ffse-dot {
  display: inline-flex; align-items: center; justify-content: center; width: 18px; height: 18px; border-radius: 50%;
  color: #ffffff; font-size: 9px; font-weight: 700; letter-spacing: 0; box-shadow: 0 0 0 1.5px #ffffff;
}
ff-script-editor.ffse-collapsed .ffse-outline { flex-basis: 36px; }
ff-script-editor.ffse-collapsed .ffse-outline-title,
ff-script-editor.ffse-collapsed .ffse-outline-count,
ff-script-editor.ffse-collapsed .ffse-list { display: none; }
ff-script-editor.ffse-collapsed .ffse-outline-head { padding: 8px 6px; }
ff-script-editor.ffse-narrow:not(.ffse-collapsed) .ffse-outline {
  position: absolute; top: 0; right: 0; bottom: 0; width: min(260px, 80%); z-index: 5;
  box-shadow: -8px 0 24px rgba(15, 23, 42, 0.12);
}
ff-script-editor.ffse-narrow .ffse-main { margin-right: 36px; }
ff-script-editor.ffse-narrow.ffse-collapsed .ffse-main { margin-right: 0; }
`;

export function installHostCss(): void {
  if (document.getElementById("ff-script-editor-style")) return;
  const style = document.createElement("style");
  style.id = "ff-script-editor-style";
  style.textContent = HOST_CSS;
  document.head.appendChild(style);
}
