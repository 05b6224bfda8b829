/*
 * The client half of the @codemirror/collab protocol with the server twin (screenplay.ui.ScriptEditor), without any
 * DOM: what to push and when, what an answer means, when to pull, how to back off while the server is unreachable,
 * and how typing saved by a previous page is restored (see offline-store.ts).
 *
 * Protocol (the server answers pull and missed steps through receive()):
 *   push(version, updatesJson) -> the revision our steps took the script to when accepted (the authority may have
 *                                 moved them over steps others sent meanwhile), -1 when not. Accepted steps come back
 *                                 through receive(). When the answer is exactly version + count and nothing arrived
 *                                 meanwhile, no one else's step came between: ours became those revisions unchanged,
 *                                 so they count as confirmed at once (their echo through receive() is then skipped as
 *                                 already seen). Otherwise nothing more is pushed until our synced version reaches
 *                                 that revision. A refusal means others were too far ahead: we wait for their steps
 *                                 (receive), and collab rebases ours over them. (An answer of true counts as
 *                                 version + count.)
 * Typing goes out at once (in a microtask after the event that typed it, so the transactions of one event go
 * together); what is typed while a push is on its way goes out in one batch as soon as it is answered. One push is in
 * flight at a time.
 *   pull(version)                 ask for every step after version.
 *   recover(version) -> {text, version} | null   the text at an old version, to replay saved changes on.
 * Updates travel as JSON arrays of {"c": clientID, "ch": ChangeSet.toJSON()}.
 *
 * Every timer and answer checks `generation`: start() begins a new one and whatever belonged to the old document
 * is ignored.
 */
import { ChangeSet, type EditorState, type Transaction } from "@codemirror/state";
import { getSyncedVersion, receiveUpdates, sendableUpdates, type Update } from "@codemirror/collab";
import { OfflineStore, restorePlan, savedStep, type SavedSession } from "./offline-store";

/** The server methods the protocol uses; each answer is a promise (Vaadin's $server). */
export interface SyncServer {
  push(version: number, updatesJson: string): Promise<unknown>;
  pull(version: number): Promise<unknown>;
  recover(version: number): Promise<unknown>;
}

/** The part of an EditorView the protocol needs. */
export interface SyncView {
  readonly state: EditorState;
  /** An IME composition (pinyin, kana…) is open. */
  readonly composing: boolean;
  dispatch(trs: readonly Transaction[]): void;
}

/** What the editor element provides. */
export interface SyncHost {
  /** The editor, or null before the first start. */
  view(): SyncView | null;
  /** Pushes wait while the element is out of the page. */
  connected(): boolean;
  server: SyncServer;
  /** (Re)creates the editor on this text, version and collab client id. */
  install(text: string, version: number, clientId: string): void;
  /** Called for each state a received step produces; may add a transaction (remote cursors sent for that version). */
  onStep(state: EditorState): Transaction | null;
  /** Received steps were applied; `confirmed` when some of them were ours. */
  received(confirmed: boolean): void;
  /** Anything the status line shows may have changed. */
  changed(): void;
}

/** Runs a function once the work of the current event is done. */
export type Defer = (fn: () => void) => void;

/**
 * When typing goes out: in a microtask, right after the event that typed it, so the transactions of one event still
 * go as one push. Not in a setTimeout(0): after a key press Chromium draws the next frame before it runs timers, so
 * every key waited about 20 ms for its push (bench/co-editing-browser-bench.sh nginx, "key->push").
 */
export const AFTER_THIS_EVENT: Defer = (fn) => queueMicrotask(fn);
export const STALL_TIMEOUT = 2000;
export const PULL_TIMEOUT = 3000;
/** After an empty-looking pull answer, another pull is allowed this soon. */
export const PULL_SETTLE = 500;
export const CALL_TIMEOUT = 10000;
export const MAX_BACKOFF = 2000;
export const FIRST_BACKOFF = 250;
const COMPOSITION_POLL = 50;

/** A server call that never answers (a node that died mid-request) counts as a failed one. */
export function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("timeout")), ms);
    p.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e) => {
        clearTimeout(timer);
        reject(e);
      },
    );
  });
}

type Timer = ReturnType<typeof setTimeout>;

export class CollabSync {
  /** Unsent typing of this tab (sessionStorage in the browser). */
  readonly store: OfflineStore;
  /** Saved changes are being restored: the editor is read-only and shows the server's text meanwhile. */
  recovering = false;
  /** The server did not answer the last call; retrying with back-off. */
  offline = false;
  /** Unsent changes were dropped (too old or refused); cleared by the next local edit. */
  tooOld = false;

  private generation = 0;
  private recoveringCount = 0;
  private lastRecoveryAt = -Infinity;
  private pushScheduled = false;
  private pushInFlight = false;
  private awaitConfirm: number | null = null; // synced version that confirms our accepted push
  private awaitResync: number | null = null; // push rejected at this version: wait for newer updates
  private stallTimer: Timer | null = null;
  private pullInFlight = false;
  private pullTimer: Timer | null = null;
  private backoff = 0;
  private retryTimer: Timer | null = null;
  private deferred: [number, unknown][] = [];
  private compositionTimer: ReturnType<typeof setInterval> | null = null;

  constructor(
    private readonly host: SyncHost,
    store: OfflineStore = new OfflineStore(),
    private readonly defer: Defer = AFTER_THIS_EVENT,
  ) {
    this.store = store;
  }

  /** How many local updates the server has not confirmed yet. */
  get pending(): number {
    if (this.recovering) return this.recoveringCount;
    const view = this.host.view();
    return view ? sendableUpdates(view.state).length : 0;
  }

  /**
   * (Re)starts on the server's text. Unsent typing saved under `storageKey` is restored first (recover + pull)
   * unless `keepUnsent` is false (the server refused it) or it was already restored in the last 30 s (a server that
   * keeps refusing must not make us send the same steps for ever).
   */
  start(text: string, version: number, clientId: string, readOnly: boolean, storageKey: string, keepUnsent: boolean): void {
    this.generation++;
    this.reset();
    this.store.key = storageKey;
    this.tooOld = false;
    const saved = this.store.load();
    const plan = restorePlan(saved, readOnly, keepUnsent, Date.now(), this.lastRecoveryAt);
    if (plan === "recover" && saved) {
      this.lastRecoveryAt = Date.now();
      this.recovering = true;
      this.recoveringCount = saved.pending.length;
      this.host.install(text, version, clientId);
      this.host.changed();
      this.recover(saved, this.generation, text, version, clientId);
    } else {
      if (plan === "tooOld") this.tooOld = true;
      if (saved) this.store.clear();
      this.host.install(text, version, clientId);
      this.host.changed();
    }
  }

  /** Steps fromVersion+1, fromVersion+2, … from the server (JSON text, or the parsed array). */
  receive(fromVersion: number, updatesJson: unknown): void {
    const view = this.host.view();
    if (!view || this.recovering) return;
    if (view.composing || this.deferred.length) {
      // changing the text under an open IME composition (pinyin, kana…) breaks it: apply when it ends
      this.deferred.push([fromVersion, updatesJson]);
      this.watchComposition();
      return;
    }
    let raw: unknown;
    try {
      raw = typeof updatesJson === "string" ? JSON.parse(updatesJson) : updatesJson;
    } catch (e) {
      console.error("ff-script-editor: bad updates", e);
      return;
    }
    if (!Array.isArray(raw)) return;
    const synced = getSyncedVersion(view.state);
    if (fromVersion > synced) {
      this.requestPull(synced); // we missed some; at most one pull in flight
      return;
    }
    this.endPull();
    const fresh = raw.slice(synced - fromVersion) as { c: string; ch: unknown }[];
    let confirmed = false;
    if (fresh.length) {
      const before = sendableUpdates(view.state).length;
      const trs: Transaction[] = [];
      let state = view.state;
      try {
        for (const u of fresh) {
          // one update at a time: collab recognises only a leading run of our own updates
          const update: Update = { clientID: String(u.c), changes: ChangeSet.fromJSON(u.ch) };
          const tr = receiveUpdates(state, [update]);
          trs.push(tr);
          state = tr.state;
          const extra = this.host.onStep(state);
          if (extra) {
            trs.push(extra);
            state = extra.state;
          }
        }
      } catch (e) {
        console.error("ff-script-editor: cannot apply update", e);
      }
      if (trs.length) view.dispatch(trs);
      confirmed = sendableUpdates(view.state).length < before;
    }
    this.host.received(confirmed);
    this.save();
    this.maybePush();
    this.host.changed();
  }

  /** A local edit: keep it in the tab and send it soon. */
  edited(): void {
    this.tooOld = false;
    this.save();
    this.schedulePush();
    this.host.changed();
  }

  /** Keeps the unsent changes in the tab (not while restoring: the editor shows the server's text then). */
  save(): void {
    const view = this.host.view();
    if (!view || this.recovering) return;
    this.store.save(view.state);
  }

  /** Sends what is unsent, if anything (after the element was attached again, say). */
  maybePush(): void {
    const view = this.host.view();
    if (view && sendableUpdates(view.state).length) this.schedulePush();
  }

  /** The element left the page: a push that was about to go waits until it comes back. */
  detached(): void {
    this.save();
    this.pushScheduled = false;
  }

  // ---- recovery --------------------------------------------------------------------------------

  private recover(saved: SavedSession, gen: number, text: string, version: number, clientId: string): void {
    withTimeout(this.host.server.recover(saved.version), CALL_TIMEOUT).then(
      (result) => {
        if (gen !== this.generation) return;
        this.backoff = 0;
        this.offline = false;
        let r: unknown = result;
        if (typeof r === "string") {
          try {
            r = JSON.parse(r);
          } catch {
            r = null;
          }
        }
        const old = r && typeof r === "object" ? (r as { text?: unknown; version?: unknown }) : null;
        this.recovering = false;
        if (!old || typeof old.text !== "string") {
          this.startOver(text, version, clientId);
          return;
        }
        const oldVersion = typeof old.version === "number" ? old.version : saved.version;
        this.host.install(old.text, oldVersion, saved.clientId);
        const view = this.host.view()!;
        try {
          for (const json of saved.pending) view.dispatch([view.state.update(savedStep(json))]);
        } catch (e) {
          console.error("ff-script-editor: saved changes do not fit the recovered text", e);
          this.startOver(text, version, clientId);
          return;
        }
        this.save();
        this.requestPull(oldVersion);
        this.host.changed();
      },
      () => {
        if (gen !== this.generation) return;
        this.goOffline(() => this.recover(saved, gen, text, version, clientId));
      },
    );
  }

  /** The unsent changes cannot be restored: start from the server's text and say so. */
  private startOver(text: string, version: number, clientId: string): void {
    this.store.clear();
    this.host.install(text, version, clientId);
    this.tooOld = true;
    this.host.changed();
    this.requestPull(version); // updates that came while we waited were ignored
  }

  private watchComposition(): void {
    if (this.compositionTimer != null) return;
    this.compositionTimer = setInterval(() => {
      if (this.host.view()?.composing) return;
      if (this.compositionTimer != null) clearInterval(this.compositionTimer);
      this.compositionTimer = null;
      const queued = this.deferred;
      this.deferred = [];
      for (const [from, json] of queued) this.receive(from, json);
    }, COMPOSITION_POLL);
  }

  // ---- push / pull -----------------------------------------------------------------------------

  private reset(): void {
    for (const t of [this.stallTimer, this.pullTimer, this.retryTimer]) {
      if (t != null) clearTimeout(t);
    }
    this.stallTimer = this.pullTimer = this.retryTimer = null;
    this.pushScheduled = false;
    this.pushInFlight = false;
    this.pullInFlight = false;
    this.awaitConfirm = null;
    this.awaitResync = null;
    this.offline = false;
    this.backoff = 0;
    this.recovering = false;
    this.deferred = [];
    if (this.compositionTimer != null) clearInterval(this.compositionTimer);
    this.compositionTimer = null;
  }

  private schedulePush(): void {
    if (this.pushScheduled || this.retryTimer != null || !this.host.connected()) return;
    this.pushScheduled = true;
    const gen = this.generation;
    this.defer(() => {
      if (!this.pushScheduled || gen !== this.generation) return;
      this.pushScheduled = false;
      this.pushNow();
    });
  }

  private pushNow(): void {
    const view = this.host.view();
    if (!view || this.recovering || this.pushInFlight || this.pullInFlight || !this.host.connected()) return;
    const synced = getSyncedVersion(view.state);
    if (this.awaitConfirm != null && synced < this.awaitConfirm) return;
    if (this.awaitResync != null && synced <= this.awaitResync) return;
    this.awaitConfirm = null;
    this.awaitResync = null;
    this.clearStall();
    const updates = sendableUpdates(view.state);
    if (!updates.length) {
      this.host.changed();
      return;
    }
    const payload = JSON.stringify(updates.map((u) => ({ c: u.clientID, ch: u.changes.toJSON() })));
    const count = updates.length;
    const gen = this.generation;
    this.pushInFlight = true;
    this.host.changed();
    withTimeout(this.host.server.push(synced, payload), CALL_TIMEOUT).then(
      (accepted) => {
        if (gen !== this.generation) return;
        this.pushInFlight = false;
        this.offline = false;
        this.backoff = 0;
        // The answer is the revision our steps took the script to: the authority may have moved them over steps
        // others sent meanwhile, so "synced + count" would come too early and send them a second time.
        const revision =
          typeof accepted === "number" && accepted >= 0
            ? accepted
            : accepted === true || accepted === "true"
              ? synced + count
              : null;
        if (revision == null) this.awaitResync = synced; // the server sends what we missed through receive()
        else if (!this.confirmAtOnce(synced, updates, revision)) this.awaitConfirm = revision;
        if (this.awaitConfirm != null || this.awaitResync != null) this.startStall();
        this.pushNow(); // the answer may already be here, and typing may have waited for it
        this.host.changed();
      },
      () => {
        if (gen !== this.generation) return;
        this.pushInFlight = false;
        this.goOffline(() => this.pushNow());
      },
    );
  }

  /**
   * Our `sent` steps, pushed at `synced`, became revisions synced+1 … `revision`. When that is exactly one revision
   * each and our synced version has not moved since, nobody's step came between (the authority moves steps only over
   * others' steps, and leaves out ours it already had): the script now is our text at `revision`, so the steps are
   * confirmed here and now, as collab does when they come back. Waiting for that echo instead would hold every next
   * push for a trip through the cluster and the push channel.
   */
  private confirmAtOnce(synced: number, sent: readonly Update[], revision: number): boolean {
    const view = this.host.view();
    if (!view || this.recovering || this.deferred.length || revision !== synced + sent.length) return false;
    if (getSyncedVersion(view.state) !== synced) return false;
    const pending = sendableUpdates(view.state);
    if (pending.length < sent.length || sent.some((u, i) => pending[i] !== u)) return false;
    view.dispatch([receiveUpdates(view.state, sent.map((u) => ({ clientID: u.clientID, changes: u.changes })))]);
    this.host.received(true);
    this.save();
    return true;
  }

  /** If the confirmation (or the updates we missed) never arrive, ask for them. */
  private startStall(): void {
    this.clearStall();
    const gen = this.generation;
    this.stallTimer = setTimeout(() => {
      this.stallTimer = null;
      const view = this.host.view();
      if (gen !== this.generation || !view) return;
      if (this.awaitConfirm == null && this.awaitResync == null) return;
      this.awaitConfirm = null;
      this.awaitResync = null;
      this.requestPull(getSyncedVersion(view.state));
    }, STALL_TIMEOUT);
  }

  private clearStall(): void {
    if (this.stallTimer != null) clearTimeout(this.stallTimer);
    this.stallTimer = null;
  }

  private requestPull(version: number): void {
    if (this.pullInFlight) return;
    this.pullInFlight = true;
    const gen = this.generation;
    this.allowPullAfter(PULL_TIMEOUT, gen);
    this.host.server.pull(version).then(
      () => {
        if (gen !== this.generation || !this.pullInFlight) return;
        // the answer comes through receive(); allow another pull soon in case it was empty and not sent
        this.allowPullAfter(PULL_SETTLE, gen);
      },
      () => {
        if (gen !== this.generation) return;
        this.endPull();
        this.goOffline(() => {
          const view = this.host.view();
          if (view) this.requestPull(getSyncedVersion(view.state));
        });
      },
    );
  }

  private allowPullAfter(ms: number, gen: number): void {
    if (this.pullTimer != null) clearTimeout(this.pullTimer);
    this.pullTimer = setTimeout(() => {
      this.pullTimer = null;
      if (gen !== this.generation) return;
      this.pullInFlight = false;
      this.maybePush();
    }, ms);
  }

  private endPull(): void {
    this.pullInFlight = false;
    if (this.pullTimer != null) clearTimeout(this.pullTimer);
    this.pullTimer = null;
  }

  private goOffline(retry: () => void): void {
    this.offline = true;
    this.backoff = this.backoff ? Math.min(MAX_BACKOFF, this.backoff * 2) : FIRST_BACKOFF;
    this.host.changed();
    if (this.retryTimer != null) clearTimeout(this.retryTimer);
    const gen = this.generation;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      if (gen === this.generation) retry();
    }, this.backoff);
  }
}
