import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { closeDb } from "@/lib/server/db/client";
import { lockDataDir } from "@/lib/server/db/dir-lock";
import { anAnswersDocument } from "@/lib/testing/answers-document-builder";
import { jsonRequest, params } from "@/lib/testing/api-client";
import { GET } from "./[id]/route";
import { POST } from "./route";

const dir = mkdtempSync(join(tmpdir(), "vigie-unavailable-"));
afterEach(async () => {
  await closeDb();
  vi.unstubAllEnvs();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const doc = anAnswersDocument().withSafeAnswers().build();

describe("storage unavailable", () => {
  it("answers 503 (not a crash) when PostgreSQL cannot be reached", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    vi.stubEnv("DATABASE_URL", "postgres://nobody:secret@127.0.0.1:1/none");
    const res = await GET(jsonRequest("/x", "GET", undefined, { "accept-language": "en" }), params({ id: "AAAAAAAAAAAAAAAAAAAAAA" }));
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({ error: "storage_unavailable", message: expect.stringMatching(/unavailable/) });
    expect((await POST(jsonRequest("/api/assessments", "POST", doc))).status).toBe(503);
    expect(JSON.stringify(vi.mocked(console.error).mock.calls)).not.toContain("secret");
  });

  it("answers 503 while another process holds the PGlite directory, and recovers once it is free", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    vi.stubEnv("DATABASE_URL", "");
    vi.stubEnv("VIGIE_DATA_DIR", dir);
    const release = lockDataDir(dir);
    const res = await POST(jsonRequest("/api/assessments", "POST", doc));
    expect(res.status).toBe(503);
    expect(vi.mocked(console.error).mock.calls.join(" ")).toMatch(/in use by another Vigie process/);
    release();
    expect((await POST(jsonRequest("/api/assessments", "POST", doc))).status).toBe(201);
  }, 60_000);
});
