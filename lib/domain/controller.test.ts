import { describe, expect, it } from "vitest";
import { controllerOf } from "./controller";

describe("who the controller and its DPO are", () => {
  it.each([
    [{ "CTX-04": "public", "CTX-01": "college" }, { kind: "eple", dpo: "academie", head: "college", place: "college" }],
    [{ "CTX-04": "public", "CTX-01": "lycee" }, { kind: "eple", dpo: "academie", head: "lycee", place: "lycee" }],
    [{ "CTX-04": "public", "CTX-01": "adult" }, { kind: "eple", dpo: "academie", head: "any", place: "any" }],
    [{ "CTX-04": "public", "CTX-01": "primary" }, { kind: "ecole", dpo: "academie", head: "ecole", place: "ecole" }],
    [{ "CTX-04": "public" }, { kind: "public", dpo: "academie", head: "any", place: "any" }],
    [{ "CTX-04": "private", "CTX-01": "lycee" }, { kind: "private", dpo: "managingBody", head: "lycee", place: "lycee" }],
    [{ "CTX-04": "private", "CTX-01": "primary" }, { kind: "private", dpo: "managingBody", head: "ecole", place: "ecole" }],
    [{ "CTX-04": "unknown", "CTX-01": "primary" }, { kind: "unknown", dpo: "either", head: "ecole", place: "ecole" }],
    [{}, { kind: "unknown", dpo: "either", head: "any", place: "any" }],
  ])("%o → %o", (answers, expected) => {
    expect(controllerOf(answers)).toEqual(expected);
  });
});
