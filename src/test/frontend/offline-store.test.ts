import { afterEach, beforeEach, describe, mock, test } from "node:test";
import assert from "node:assert/strict";
import { ChangeSet } from "@codemirror/state";
import { Authority, MemoryStorage, TestEditor, settle, stepsJson } from "./harness";
import { OfflineStore, RECOVERY_COOLDOWN, restorePlan } from "../../../frontend/script-editor/offline-store";

beforeEach(() => mock.timers.enable({ apis: ["setTimeout", "setInterval", "Date"], now: 1_000_000 }));
afterEach(() => mock.timers.reset());

/** An editor that typed `typed` while the server was unreachable, then the tab was reloaded. */
async function typedOffline(authority: Authority, storage: MemoryStorage, ...typed: [number, string][]): Promise<void> {
  authority.manual = true;
  const before = new TestEditor("a", authority, [], storage);
  before.open();
  for (const [at, text] of typed) before.type({ from: at, insert: text });
  mock.timers.tick(25);
  before.calls[0].reject(new Error("offline"));
  await settle();
  authority.manual = false;
}

/** An editor on "x" that typed "y" offline, then was reloaded. */
async function typedYOffline(): Promise<{ authority: Authority; storage: MemoryStorage }> {
  const authority = new Authority("x");
  const storage = new MemoryStorage();
  await typedOffline(authority, storage, [1, "y"]);
  return { authority, storage };
}

describe("saving", () => {
  test("keepsUnsentChangesWithTheirVersionAndClientAndForgetsThemOnceConfirmed", async () => {
    const authority = new Authority("INT. CAFE");
    const storage = new MemoryStorage();
    const a = new TestEditor("a", authority, [], storage);
    a.open();
    a.type({ from: 9, insert: " - DAY" });
    assert.deepEqual(JSON.parse(storage.getItem("ff-script:a")!), {
      clientId: "a",
      version: 0,
      pending: [[9, [0, " - DAY"]]],
    });
    mock.timers.tick(25);
    await settle();
    authority.deliver();
    assert.equal(storage.getItem("ff-script:a"), null);
  });

  test("unreadableOrMalformedStorageReadsAsNothingSaved", () => {
    const storage = new MemoryStorage();
    const store = new OfflineStore(() => storage);
    store.key = "k";
    for (const raw of ["{", "null", '{"clientId":"a","version":"1","pending":[]}', '{"clientId":"a","version":1}']) {
      storage.setItem("k", raw);
      assert.equal(store.load(), null, raw);
    }
    const broken = new OfflineStore(() => {
      throw new Error("SecurityError");
    });
    broken.key = "k";
    assert.equal(broken.load(), null);
    broken.clear();
  });
});

describe("restoring after a reload", () => {
  test("restoresUnsentTypingOnTheTextOfItsVersionAndRebasesItOverWhatOthersDidMeanwhile", async () => {
    const authority = new Authority("INT. CAFE\n");
    const storage = new MemoryStorage();
    await typedOffline(authority, storage, [10, "Mia waits."]);

    const everyone: TestEditor[] = [];
    const other = new TestEditor("b", authority, everyone);
    other.open();
    other.type({ from: 0, insert: "FADE IN:\n\n" });
    mock.timers.tick(25);
    await settle();
    authority.deliver();
    assert.equal(authority.version, 1);

    const reloaded = new TestEditor("a2", authority, everyone, storage);
    reloaded.sync.start(authority.text, authority.version, "a2", false, "ff-script:a", true);
    assert.equal(reloaded.sync.recovering, true);
    assert.equal(reloaded.sync.pending, 1, "the restored count shows while restoring");
    assert.equal(reloaded.text, "FADE IN:\n\nINT. CAFE\n", "the server's text while restoring");
    assert.deepEqual(reloaded.callLog(), [["recover", 0]]);

    await settle();
    assert.equal(reloaded.sync.recovering, false);
    assert.equal(reloaded.text, "INT. CAFE\nMia waits.", "the saved change replayed on the text of its version");
    assert.deepEqual(reloaded.callLog()[1], ["pull", 0]);
    authority.deliver();
    assert.equal(reloaded.text, "FADE IN:\n\nINT. CAFE\nMia waits.");

    mock.timers.tick(500); // the pull settles, then the push goes
    mock.timers.tick(25);
    assert.deepEqual(reloaded.callLog()[2], ["push", 1, stepsJson("a", ChangeSet.of({ from: 20, insert: "Mia waits." }, 20))]);
    await settle();
    authority.deliver();
    assert.equal(authority.text, "FADE IN:\n\nINT. CAFE\nMia waits.");
    assert.equal(other.text, authority.text);
    assert.equal(reloaded.sync.pending, 0);
    assert.equal(storage.getItem("ff-script:a"), null);
  });

  test("aServerWithoutTheOldTextStartsOverOnTheCurrentTextAndSaysSo", async () => {
    const { authority, storage } = await typedYOffline();
    storage.setItem("ff-script:a", storage.getItem("ff-script:a")!.replace('"version":0', '"version":7'));

    const reloaded = new TestEditor("a", authority, [], storage);
    reloaded.open();
    await settle();
    assert.deepEqual(reloaded.callLog(), [["recover", 7], ["pull", 0]]);
    assert.equal(reloaded.sync.tooOld, true);
    assert.equal(reloaded.text, "x");
    assert.equal(storage.getItem("ff-script:a"), null);
    reloaded.type({ from: 1, insert: "!" });
    assert.equal(reloaded.sync.tooOld, false, "the next edit clears the notice");
  });

  test("savedChangesThatDoNotFitTheOldTextStartOver", async () => {
    const authority = new Authority("x");
    const storage = new MemoryStorage();
    storage.setItem("ff-script:a", JSON.stringify({ clientId: "a", version: 0, pending: [[5, [0, "far"]]] }));
    const errors = mock.method(console, "error", () => {});
    const reloaded = new TestEditor("a", authority, [], storage);
    reloaded.open();
    await settle();
    assert.deepEqual(errors.mock.calls.map((c) => c.arguments[0]), ["ff-script-editor: saved changes do not fit the recovered text"]);
    assert.equal(reloaded.sync.tooOld, true);
    assert.equal(reloaded.text, "x");
    assert.equal(reloaded.sync.pending, 0);
    assert.equal(storage.getItem("ff-script:a"), null);
  });

  test("anUnreachableServerKeepsTheRestoreWaitingAndRetries", async () => {
    const { authority, storage } = await typedYOffline();
    authority.manual = true;
    const reloaded = new TestEditor("a", authority, [], storage);
    reloaded.open();
    reloaded.calls[0].reject(new Error("offline"));
    await settle();
    assert.equal(reloaded.sync.offline, true);
    assert.equal(reloaded.sync.recovering, true);
    mock.timers.tick(250);
    assert.deepEqual(reloaded.callLog(), [["recover", 0], ["recover", 0]]);
    assert.ok(storage.getItem("ff-script:a"), "still saved");
  });

  test("aSecondRestoreWithinThirtySecondsDropsTheChangesAsTooOld", async () => {
    const { authority, storage } = await typedYOffline();
    const a = new TestEditor("a", authority, [], storage);
    a.open();
    await settle();
    assert.equal(a.text, "xy");
    authority.manual = true; // and the push does not get through
    assert.ok(storage.getItem("ff-script:a"));

    mock.timers.tick(RECOVERY_COOLDOWN - 1);
    a.open();
    assert.equal(a.sync.tooOld, true);
    assert.equal(a.text, "x");
    assert.equal(storage.getItem("ff-script:a"), null);
    assert.equal(a.callLog().filter((c) => c[0] === "recover").length, 1, "not restored again");
  });
});

describe("restorePlan", () => {
  const saved = { clientId: "a", version: 3, pending: [[1, [0, "y"]]] };
  test("recoversUnsentChangesOfAWritableEditor", () => {
    assert.equal(restorePlan(saved, false, true, 100_000, 0), "recover");
    assert.equal(restorePlan(saved, false, true, 100_000, -Infinity), "recover");
  });
  test("dropsThemWhenReadOnlyRefusedEmptyOrRestoredRecently", () => {
    assert.equal(restorePlan(saved, true, true, 100_000, 0), "discard");
    assert.equal(restorePlan(saved, false, false, 100_000, 0), "discard");
    assert.equal(restorePlan({ ...saved, pending: [] }, false, true, 100_000, 0), "discard");
    assert.equal(restorePlan(null, false, true, 100_000, 0), "discard");
    assert.equal(restorePlan(saved, false, true, 100_000, 100_000 - RECOVERY_COOLDOWN + 1), "tooOld");
    assert.equal(restorePlan(saved, false, true, 100_000, 100_000 - RECOVERY_COOLDOWN), "recover");
  });
});
