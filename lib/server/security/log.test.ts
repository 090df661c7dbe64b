import { afterEach, describe, expect, it, vi } from "vitest";
import { describeError, logFailure, logSecurityEvent } from "./log";

afterEach(() => vi.restoreAllMocks());

describe("log lines", () => {
  it("a security event is one JSON line; a string that is not id-like is redacted", () => {
    const info = vi.spyOn(console, "info").mockImplementation(() => {});
    logSecurityEvent("rate_limited", { route: "/api/report", status: 429, name: "Collège Jean Moulin", hash: "a".repeat(64), token: "T".repeat(43), skip: undefined });
    expect(info).toHaveBeenCalledTimes(1);
    const line = info.mock.calls[0]![0] as string;
    expect(line).not.toContain("\n");
    expect(JSON.parse(line)).toEqual({ time: expect.any(String), kind: "security", event: "rate_limited", route: "/api/report", status: 429, name: "(redacted)", hash: "(redacted)", token: "(redacted)" });
  });

  it("an error is described by its class and codes down its causes, never its message", () => {
    const cause = Object.assign(new Error('value "Collège" at $1'), { code: "22P05", detail: "Failing row contains (Collège)" });
    const error = new Error("Failed query: insert … params: Collège", { cause });
    expect(describeError(error)).toEqual([{ name: "Error" }, { name: "Error", code: "22P05" }]);
    const err = vi.spyOn(console, "error").mockImplementation(() => {});
    logFailure({ method: "PUT", path: "/api/assessments/abc" }, error);
    expect(err.mock.calls[0]![0]).not.toContain("Collège");
  });
});
