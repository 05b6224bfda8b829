// Test doubles for the sync state machine: an editor wired to CollabSync the way <ff-script-editor> wires it (real
// @codemirror/state + collab, no DOM), an in-memory session storage, and a server authority that answers like
// screenplay.ui.ScriptEditor: accepted steps and missed steps come back through receive(), delivered when a test
// says so, so every interleaving can be written down.
import { ChangeSet, EditorState, Transaction, type ChangeSpec } from "@codemirror/state";
import { collab, getSyncedVersion } from "@codemirror/collab";
import { CollabSync, type Defer, type SyncServer, type SyncView } from "../../../frontend/script-editor/sync";
import { OfflineStore, type KeyValueStorage } from "../../../frontend/script-editor/offline-store";

/** Lets promise callbacks run (timers are mocked; setImmediate is not). */
export function settle(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

export class MemoryStorage implements KeyValueStorage {
  readonly items = new Map<string, string>();
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
}

interface Step {
  c: string;
  ch: unknown;
}

/** One server call as the editor made it, answered by the test (or by the authority). */
export interface Call {
  name: "push" | "pull" | "recover";
  args: unknown[];
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

/** The server twin: one authority for all editors; deliveries wait in `outbox` until deliver(). */
export class Authority {
  readonly steps: Step[] = [];
  readonly texts: string[];
  readonly outbox: { to: TestEditor; from: number; json: string }[] = [];
  /** When true, calls wait in each editor's `calls` for the test to answer them. */
  manual = false;

  constructor(text: string) {
    this.texts = [text];
  }

  get version(): number {
    return this.steps.length;
  }

  get text(): string {
    return this.texts[this.texts.length - 1];
  }

  /**
   * Accepts steps made on the current version, sends them to everyone and answers the revision they reached; refuses
   * older ones (-1) and sends the pusher what it missed.
   */
  push(from: TestEditor, version: number, json: string, everyone: TestEditor[]): number {
    if (version !== this.version) {
      this.outbox.push({ to: from, from: version, json: JSON.stringify(this.steps.slice(version)) });
      return -1;
    }
    const fresh = JSON.parse(json) as Step[];
    for (const s of fresh) {
      this.steps.push(s);
      this.texts.push(ChangeSet.fromJSON(s.ch).apply(EditorState.create({ doc: this.text }).doc).toString());
    }
    for (const e of everyone) this.outbox.push({ to: e, from: version, json: JSON.stringify(fresh) });
    return this.version;
  }

  pull(to: TestEditor, version: number): void {
    this.outbox.push({ to, from: version, json: JSON.stringify(this.steps.slice(version)) });
  }

  /** Hands every queued delivery to its editor, in order. */
  deliver(): void {
    while (this.outbox.length) {
      const d = this.outbox.shift()!;
      d.to.sync.receive(d.from, d.json);
    }
  }
}

/** An editor as <ff-script-editor> builds it: local edits tell the sync machine, as the element's update listener does. */
export class TestEditor implements SyncView {
  state!: EditorState;
  composing = false;
  connected = true;
  installs = 0;
  readonly calls: Call[] = [];
  readonly sync: CollabSync;

  constructor(
    readonly name: string,
    readonly authority: Authority,
    readonly everyone: TestEditor[],
    readonly storage: MemoryStorage = new MemoryStorage(),
    // the tests step through pushes with the mocked timers; the browser's own deferral has a test of its own
    defer: Defer = (fn) => setTimeout(fn, 0),
  ) {
    const server: SyncServer = {
      push: (version, json) => this.call("push", [version, json]),
      pull: (version) => this.call("pull", [version]),
      recover: (version) => this.call("recover", [version]),
    };
    this.sync = new CollabSync(
      {
        view: () => (this.state ? this : null),
        connected: () => this.connected,
        server,
        install: (text, version, clientId) => {
          this.installs++;
          this.state = EditorState.create({ doc: text, extensions: collab({ startVersion: version, clientID: clientId }) });
        },
        onStep: () => null,
        received: () => {},
        changed: () => {},
      },
      new OfflineStore(() => this.storage),
      defer,
    );
    everyone.push(this);
  }

  /** Opens the script the way the server twin does: its current text and version. */
  open(keepUnsent = true, readOnly = false): void {
    this.sync.start(this.authority.text, this.authority.version, this.name, readOnly, "ff-script:" + this.name, keepUnsent);
  }

  dispatch(trs: readonly Transaction[]): void {
    let local = false;
    for (const tr of trs) {
      this.state = tr.state;
      if (tr.docChanged && !tr.annotation(Transaction.remote)) local = true;
    }
    if (local) this.sync.edited();
  }

  type(changes: ChangeSpec): void {
    this.dispatch([this.state.update({ changes })]);
  }

  get text(): string {
    return this.state.doc.toString();
  }

  get version(): number {
    return getSyncedVersion(this.state);
  }

  private call(name: Call["name"], args: unknown[]): Promise<unknown> {
    return new Promise((resolve, reject) => {
      const call = { name, args, resolve, reject };
      this.calls.push(call);
      if (this.authority.manual) return;
      this.answer(call);
    });
  }

  /** Answers a call as the authority would. */
  answer(call: Call): void {
    const a = this.authority;
    if (call.name === "push") call.resolve(a.push(this, call.args[0] as number, call.args[1] as string, this.everyone));
    else if (call.name === "pull") {
      a.pull(this, call.args[0] as number);
      call.resolve(undefined);
    } else {
      const v = call.args[0] as number;
      call.resolve(v <= a.version ? JSON.stringify({ text: a.texts[v], version: v }) : null);
    }
  }

  /** The calls made so far as [name, ...args], for exact assertions. */
  callLog(): unknown[][] {
    return this.calls.map((c) => [c.name, ...c.args]);
  }
}

/** The JSON the editor pushes for one change made by `client`. */
export function stepsJson(client: string, ...changes: ChangeSet[]): string {
  return JSON.stringify(changes.map((ch) => ({ c: client, ch: ch.toJSON() })));
}
