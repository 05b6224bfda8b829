/*
 * Typing this tab has not sent yet, kept in sessionStorage so that a reload (or a node that died under us) loses
 * nothing: the changes, the version they were made on and the collab client id that made them. After a reload the
 * server returns the text at that version, the changes are replayed on it, and collab rebases them over whatever
 * others did meanwhile, exactly as it does for changes that were never lost.
 */
import { ChangeSet, Transaction, type EditorState, type TransactionSpec } from "@codemirror/state";
import { getClientID, getSyncedVersion, sendableUpdates } from "@codemirror/collab";

/** The unsent changes of one editor, as stored. */
export interface SavedSession {
  clientId: string;
  version: number;
  /** ChangeSet.toJSON() of each unsent update, oldest first. */
  pending: unknown[];
}

/** The part of the Web Storage API the store uses. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** A restore that came back within this time means the server keeps refusing the changes: stop resending them. */
export const RECOVERY_COOLDOWN = 30000;

/** What start() does with what a tab saved. */
export type RestorePlan =
  /** nothing saved, or the editor is read-only: start on the server's text (and drop what was saved) */
  | "discard"
  /** restore the changes on the text of their version, then rebase them */
  | "recover"
  /** restored too recently or refused by the server: drop them and tell the person */
  | "tooOld";

export function restorePlan(
  saved: SavedSession | null,
  readOnly: boolean,
  keepUnsent: boolean,
  now: number,
  lastRecoveryAt: number,
): RestorePlan {
  const unsent = !!saved && saved.pending.length > 0 && !readOnly;
  if (!unsent || !keepUnsent) return "discard";
  return now - lastRecoveryAt < RECOVERY_COOLDOWN ? "tooOld" : "recover";
}

/**
 * One editor's slot in session storage. Storage that is full, disabled or missing (tests, privacy modes) makes
 * every call a no-op: the changes still live in the page.
 */
export class OfflineStore {
  key = "";

  constructor(private readonly storage: () => KeyValueStorage = () => sessionStorage) {}

  load(): SavedSession | null {
    if (!this.key) return null;
    try {
      const raw = this.storage().getItem(this.key);
      if (!raw) return null;
      const s = JSON.parse(raw) as Partial<SavedSession>;
      if (typeof s.clientId !== "string" || typeof s.version !== "number" || !Array.isArray(s.pending)) return null;
      return { clientId: s.clientId, version: s.version, pending: s.pending };
    } catch {
      return null;
    }
  }

  /** Keeps the state's unsent updates, or forgets the slot when there are none. */
  save(state: EditorState): void {
    if (!this.key) return;
    const pending = sendableUpdates(state);
    try {
      if (!pending.length) {
        this.storage().removeItem(this.key);
      } else {
        const saved: SavedSession = {
          clientId: getClientID(state),
          version: getSyncedVersion(state),
          pending: pending.map((u) => u.changes.toJSON()),
        };
        this.storage().setItem(this.key, JSON.stringify(saved));
      }
    } catch {
      // storage full or disabled: the changes still live in this page
    }
  }

  clear(): void {
    if (!this.key) return;
    try {
      this.storage().removeItem(this.key);
    } catch {
      // ignore
    }
  }
}

/**
 * One saved change as a local, unsent transaction (left out of undo history). Applied one at a time on the text of
 * the saved version; ChangeSet.fromJSON throws when the JSON is not a change set.
 */
export function savedStep(json: unknown): TransactionSpec {
  return {
    changes: ChangeSet.fromJSON(json),
    annotations: [Transaction.addToHistory.of(false), Transaction.userEvent.of("input.recover")],
  };
}
