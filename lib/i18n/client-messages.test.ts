import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { CONTEXT, RULES, UNKNOWN } from "../domain/catalogue";
import { answerKey, ruleKey } from "../domain/catalogue/message-keys";
import { CLIENT_MESSAGES, pickMessages } from "./client-messages";
import { LOCALES } from "./locales";
import { MESSAGES } from "./messages";

const TREE = {
  A: { x: "ax", y: { z: "ayz" } },
  R: { "R-01": { q: "q1", fix: "f1", options: { yes: "y1" } }, "R-02": { q: "q2", fix: "f2" } },
  S: "s",
  // A message as next-intl precompiles it: an array, a leaf like any string.
  C: { hello: ["Bonjour ", ["name"]] },
};

describe("pickMessages", () => {
  it("keeps whole namespaces and one part of every entry, and nothing else", () => {
    expect(pickMessages(TREE, ["A", "R.*.q", "R.*.options"])).toEqual({
      A: TREE.A,
      R: { "R-01": { q: "q1", options: { yes: "y1" } }, "R-02": { q: "q2" } },
    });
  });

  it("merges overlapping paths and ignores a path that names nothing", () => {
    expect(pickMessages(TREE, ["R.*.q", "R", "Nope", "A.nope.deeper", "S.too.deep"])).toEqual({ R: TREE.R });
  });

  it("keeps a precompiled message whole, whichever paths name it", () => {
    expect(pickMessages(TREE, ["C.*", "C", "C.hello.0"])).toEqual({ C: TREE.C });
  });

  it("does not follow inherited keys nor take __proto__ for a key", () => {
    const tree = JSON.parse('{"A": {"__proto__": {"polluted": "yes"}, "x": "ax"}}') as Record<string, unknown>;
    const picked = pickMessages(tree, ["toString", "A.constructor", "A.*", "A.__proto__"]);
    expect(picked).toEqual({ A: { x: "ax" } });
    expect(Object.getPrototypeOf(picked.A)).toBe(Object.prototype);
  });
});

describe("the messages each part of the site sends to the browser", () => {
  it.each(LOCALES)("names only what exists (%s)", (locale) => {
    for (const [scope, paths] of Object.entries(CLIENT_MESSAGES)) {
      for (const path of paths) expect(pickMessages(MESSAGES[locale], [path]), `${scope}: ${path}`).not.toEqual({});
    }
  });

  it.each(LOCALES)("gives the form every question, its help and its options, and no finding's follow-up (%s)", (locale) => {
    // What the form's components would find, asked the way they ask (next-intl's own lookup).
    const sent = createTranslator({ locale, messages: pickMessages(MESSAGES[locale], CLIENT_MESSAGES.assess) });
    const has = (key: string) => (sent as unknown as { has: (k: string) => boolean }).has(key);
    for (const q of [...CONTEXT, ...RULES]) {
      for (const key of [ruleKey(q.id, "question"), ruleKey(q.id, "help"), ...[...q.options, UNKNOWN].map((o) => answerKey(q, o))]) {
        expect(has(key), key).toBe(true);
      }
    }
    for (const r of RULES) {
      for (const key of [ruleKey(r.id, "remediation"), ruleKey(r.id, r.who === "V" ? "vendorQuestion" : "schoolAction")]) {
        expect(has(key), key).toBe(false);
      }
    }
  });

  it("sends the start page and the form far less than the workspace", () => {
    const size = (scope: keyof typeof CLIENT_MESSAGES) => JSON.stringify(pickMessages(MESSAGES.fr, CLIENT_MESSAGES[scope])).length;
    expect(size("start")).toBeLessThan(size("workspace") / 5);
    expect(size("assess")).toBeLessThan(size("workspace") / 2);
  });
});
