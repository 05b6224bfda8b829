import { afterEach, beforeEach, describe, mock, test } from "node:test";
import assert from "node:assert/strict";
import { ChangeSet } from "@codemirror/state";
import { Authority, MemoryStorage, TestEditor, settle, stepsJson } from "./harness";
import { AFTER_THIS_EVENT } from "../../../frontend/script-editor/sync";

beforeEach(() => mock.timers.enable({ apis: ["setTimeout", "setInterval", "Date"], now: 1_000_000 }));
afterEach(() => mock.timers.reset());

/** One editor on "x" that typed "y" and whose push has just gone out (answered at once unless `manual`). */
function typedY(manual: boolean): { authority: Authority; a: TestEditor } {
  const authority = new Authority("x");
  authority.manual = manual;
  const a = new TestEditor("a", authority, []);
  a.open();
  a.type({ from: 1, insert: "y" });
  mock.timers.tick(25);
  return { authority, a };
}

function insert(length: number, at: number, text: string): ChangeSet {
  return ChangeSet.of({ from: at, insert: text }, length);
}

describe("push", () => {
  test("pushesTypingAtOnceAndTakesAnAnswerWithNothingBetweenAsItsConfirmation", async () => {
    const authority = new Authority("INT. CAFE");
    const everyone: TestEditor[] = [];
    const a = new TestEditor("a", authority, everyone);
    a.open();
    a.type({ from: 9, insert: " - DAY" });
    assert.deepEqual(a.callLog(), [], "not inside the typing transaction");
    mock.timers.tick(0);
    assert.deepEqual(a.callLog(), [["push", 0, stepsJson("a", insert(9, 9, " - DAY"))]]);
    await settle();
    assert.deepEqual([a.version, a.sync.pending], [1, 0], "revision 1 is its own step: confirmed by the answer");

    a.type({ from: 15, insert: "!" });
    mock.timers.tick(0);
    assert.deepEqual(a.callLog()[1], ["push", 1, stepsJson("a", insert(15, 15, "!"))], "without waiting for the echo");
    await settle();
    authority.deliver();
    assert.deepEqual(a.calls.length, 2);
    assert.deepEqual([a.version, a.sync.pending], [2, 0]);
    assert.equal(authority.text, "INT. CAFE - DAY!");
    assert.equal(a.text, "INT. CAFE - DAY!", "the echoes were skipped as already seen");
    assert.deepEqual(a.storage.items, new Map(), "nothing unsent left in the tab");
  });

  test("inTheBrowserTypingGoesOutRightAfterItsEventWithoutWaitingForATimer", async () => {
    const authority = new Authority("x");
    const a = new TestEditor("a", authority, [], new MemoryStorage(), AFTER_THIS_EVENT);
    a.open();
    a.type({ from: 1, insert: "y" });
    a.type({ from: 2, insert: "z" });
    assert.deepEqual(a.callLog(), [], "not inside the typing transaction");
    await Promise.resolve();
    assert.deepEqual(a.callLog(), [["push", 0, stepsJson("a", insert(1, 1, "y"), insert(2, 2, "z"))]],
      "one push for the event's transactions, with no timer run");
  });

  test("typingWhileAPushIsOnItsWayGoesOutAsOneBatchWhenItIsAnswered", async () => {
    const authority = new Authority("x");
    authority.manual = true;
    const a = new TestEditor("a", authority, []);
    a.open();
    a.type({ from: 1, insert: "y" });
    mock.timers.tick(0);
    a.type({ from: 2, insert: "z" });
    a.type({ from: 3, insert: "w" });
    mock.timers.tick(1000);
    assert.equal(a.calls.length, 1, "one push in flight at a time");
    a.answer(a.calls[0]);
    await settle();
    assert.deepEqual(a.callLog()[1], ["push", 1, stepsJson("a", insert(2, 2, "z"), insert(3, 3, "w"))]);
    a.answer(a.calls[1]);
    await settle();
    authority.deliver();
    assert.deepEqual([a.text, authority.text, a.version, a.sync.pending], ["xyzw", "xyzw", 3, 0]);
  });

  test("anAnswerThatOthersStepsCameBeforeWaitsForThemAndItsOwnEcho", async () => {
    const authority = new Authority("ab");
    authority.manual = true;
    const a = new TestEditor("a", authority, []);
    a.open();
    a.type({ from: 2, insert: "y" });
    mock.timers.tick(0);
    // b's "X" came first (revision 1) and has reached a; a's step became revision 2.
    a.sync.receive(0, stepsJson("b", insert(2, 0, "X")));
    a.calls[0].resolve(2);
    await settle();
    assert.deepEqual([a.version, a.sync.pending], [1, 1], "not confirmed by the answer");
    a.type({ from: 4, insert: "z" });
    mock.timers.tick(1000);
    assert.deepEqual(a.callLog().map((c) => c[0]), ["push"], "nothing more until revision 2 is here");
    a.sync.receive(1, stepsJson("a", insert(3, 3, "y")));
    mock.timers.tick(0);
    assert.deepEqual(a.callLog()[1], ["push", 2, stepsJson("a", insert(4, 4, "z"))]);
    assert.equal(a.text, "Xabyz");
  });

  test("refusedPushWaitsForTheMissedStepsThenSendsItsChangeRebasedOverThem", async () => {
    const authority = new Authority("ab");
    const everyone: TestEditor[] = [];
    const a = new TestEditor("a", authority, everyone);
    const b = new TestEditor("b", authority, everyone);
    a.open();
    b.open();
    b.type({ from: 0, insert: "B" });
    mock.timers.tick(25);
    await settle();
    a.type({ from: 2, insert: "A" });
    mock.timers.tick(25);
    await settle();
    assert.deepEqual(a.callLog(), [["push", 0, stepsJson("a", insert(2, 2, "A"))]]);
    assert.equal(authority.version, 1, "b was first");

    mock.timers.tick(1000);
    assert.equal(a.calls.length, 1, "no resend before the missed steps arrive");
    authority.deliver();
    assert.equal(a.text, "BabA");
    mock.timers.tick(25);
    assert.deepEqual(a.callLog()[1], ["push", 1, stepsJson("a", insert(3, 3, "A"))]);
    await settle();
    authority.deliver();
    assert.deepEqual([a.text, b.text, authority.text], ["BabA", "BabA", "BabA"]);
    assert.deepEqual([a.sync.pending, b.sync.pending], [0, 0]);
  });

  test("aPushTheServerMovedOverAnotherWaitsForTheRevisionItNamesAndIsNotSentTwice", async () => {
    const authority = new Authority("ab");
    authority.manual = true;
    const a = new TestEditor("a", authority, []);
    a.open();
    a.type({ from: 2, insert: "y" });
    mock.timers.tick(25);
    assert.deepEqual(a.callLog(), [["push", 0, stepsJson("a", insert(2, 2, "y"))]]);
    // b's "X" was accepted as revision 1 first; the authority moved a's step over it and took it as revision 2.
    a.calls[0].resolve(2);
    await settle();
    a.sync.receive(0, stepsJson("b", insert(2, 0, "X")));
    mock.timers.tick(1000);
    await settle();
    assert.deepEqual(a.callLog().map((c) => c[0]), ["push"], "its own step is not pushed again while revision 2 is on its way");
    a.sync.receive(1, stepsJson("a", insert(3, 3, "y")));
    assert.equal(a.version, 2);
    assert.equal(a.sync.pending, 0);
    assert.equal(a.text, "Xaby");
  });

  test("nothingIsPushedWhileTheElementIsOutOfThePage", async () => {
    const authority = new Authority("x");
    const a = new TestEditor("a", authority, []);
    a.open();
    a.connected = false;
    a.type({ from: 1, insert: "y" });
    mock.timers.tick(1000);
    assert.deepEqual(a.callLog(), []);
    a.connected = true;
    a.sync.maybePush();
    mock.timers.tick(25);
    assert.deepEqual(a.callLog(), [["push", 0, stepsJson("a", insert(1, 1, "y"))]]);
  });
});

describe("unreachable server", () => {
  test("failedPushGoesOfflineAndRetriesWithDoublingBackOffUpToTwoSeconds", async () => {
    const { authority, a } = typedY(true);
    const retryAt: number[] = [];
    let last = Date.now();
    for (let i = 0; i < 6; i++) {
      const call = a.calls[a.calls.length - 1];
      call.reject(new Error("node gone"));
      await settle();
      assert.equal(a.sync.offline, true);
      const before = a.calls.length;
      while (a.calls.length === before) mock.timers.tick(1);
      retryAt.push(Date.now() - last);
      last = Date.now();
    }
    assert.deepEqual(retryAt, [250, 500, 1000, 2000, 2000, 2000]);
    assert.ok(a.calls.every((c) => c.name === "push" && c.args[0] === 0));

    a.answer(a.calls[a.calls.length - 1]);
    await settle();
    assert.equal(a.sync.offline, false);
    authority.deliver();
    assert.equal(a.sync.pending, 0);
    assert.equal(authority.text, "xy");
  });

  test("aCallThatNeverAnswersCountsAsFailedAfterTenSeconds", async () => {
    const { a } = typedY(true);
    mock.timers.tick(9999);
    await settle();
    assert.equal(a.sync.offline, false);
    mock.timers.tick(1);
    await settle();
    assert.equal(a.sync.offline, true);
    assert.equal(a.sync.pending, 1);
  });
});

describe("pull", () => {
  test("aConfirmationThatNeverArrivesIsPulledForAfterTwoSeconds", async () => {
    const authority = new Authority("x");
    authority.manual = true;
    const other = new TestEditor("b", authority, []);
    other.open();
    const a = new TestEditor("a", authority, []);
    a.open();
    a.type({ from: 1, insert: "y" });
    mock.timers.tick(0);
    other.type({ from: 0, insert: "B" });
    mock.timers.tick(0);
    other.answer(other.calls[0]);
    // b's step came first: a's push is moved over it (as the server does) and answered revision 2.
    authority.push(a, 1, stepsJson("a", insert(2, 2, "y")), [a]);
    a.calls[0].resolve(2);
    await settle();
    authority.outbox.length = 0; // the steps never come
    mock.timers.tick(1999);
    assert.deepEqual(a.callLog().map((c) => c[0]), ["push"]);
    mock.timers.tick(1);
    assert.deepEqual(a.callLog()[1], ["pull", 0]);
    a.answer(a.calls[1]);
    await settle();
    authority.deliver();
    assert.deepEqual([a.text, a.version, a.sync.pending], ["Bxy", 2, 0]);
  });

  test("stepsAfterAGapAskForOnePullFromTheSyncedVersion", async () => {
    const authority = new Authority("x");
    const everyone: TestEditor[] = [];
    const a = new TestEditor("a", authority, everyone);
    a.open();
    const b = new TestEditor("b", authority, everyone);
    b.open();
    a.sync.receive(3, stepsJson("b", insert(1, 0, "q")));
    a.sync.receive(4, stepsJson("b", insert(2, 0, "r")));
    assert.deepEqual(a.callLog(), [["pull", 0]], "at most one pull in flight");
    assert.equal(a.text, "x", "steps after a gap are not applied");
  });

  test("stepsAlreadySeenAreSkipped", () => {
    const authority = new Authority("x");
    const a = new TestEditor("a", authority, []);
    a.open();
    const first = insert(1, 0, "1");
    const second = insert(2, 0, "2");
    a.sync.receive(0, stepsJson("b", first));
    a.sync.receive(0, stepsJson("b", first, second));
    assert.equal(a.text, "21x");
    assert.equal(a.version, 2);
  });
});

describe("composition", () => {
  test("stepsThatArriveDuringAnImeCompositionWaitUntilItEnds", () => {
    const authority = new Authority("x");
    const a = new TestEditor("a", authority, []);
    a.open();
    a.composing = true;
    a.sync.receive(0, stepsJson("b", insert(1, 0, "1")));
    mock.timers.tick(500);
    assert.equal(a.text, "x");
    a.composing = false;
    mock.timers.tick(50);
    assert.equal(a.text, "1x");
    assert.equal(a.version, 1);
  });
});

describe("restart", () => {
  test("answersMeantForTheDocumentBeforeARestartAreIgnored", async () => {
    const { a } = typedY(true);
    const stale = a.calls[0];
    a.open(false);
    stale.reject(new Error("node gone"));
    await settle();
    assert.equal(a.sync.offline, false);
    mock.timers.tick(5000);
    assert.deepEqual(a.callLog().map((c) => c[0]), ["push"], "no retry of the old document's push");
    assert.equal(a.text, "x");
  });
});
