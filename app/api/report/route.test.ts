import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

// One render at a time in this process (no workers under Vitest), and one more may wait.
process.env.VIGIE_PDF_QUEUE_MAX = "1";
const { POST } = await import("./route");

const body = readFileSync("examples/free-consumer-quiz.json", "utf8");
const post = (signal?: AbortSignal) => POST(new Request("http://localhost/api/report?lang=en", { method: "POST", body, signal }));

describe("POST /api/report under load", () => {
  it("answers 503 with Retry-After and the JSON error once the render queue is full, and renders the others", async () => {
    // One renders, one waits in the queue, one waits a moment for room; the others are refused at once.
    const answers = await Promise.all([post(), post(), post(), post(), post(), post()]);
    const count = (status: number) => answers.filter((r) => r.status === status).length;
    expect(count(200) + count(503)).toBe(6);
    expect(count(503)).toBeGreaterThanOrEqual(3);
    expect(count(200)).toBeGreaterThanOrEqual(2);
    const busy = answers.find((r) => r.status === 503)!;
    expect(Number(busy.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect(busy.headers.get("content-type")).toMatch(/^application\/json/);
    expect(await busy.json()).toMatchObject({ error: "busy", message: expect.stringMatching(/Retry-After/) });
    for (const ok of answers.filter((r) => r.status === 200)) expect(Buffer.from(await ok.arrayBuffer()).subarray(0, 5).toString()).toBe("%PDF-");
  });

  it("renders nothing for a client that went away while it waited", async () => {
    const running = post();
    const gone = new AbortController();
    const abandoned = post(gone.signal);
    await new Promise((r) => setTimeout(r, 20));
    gone.abort();
    // The abandoned render left the queue at once: a third request finds room.
    const third = post();
    expect((await abandoned).status).toBe(499);
    expect((await running).status).toBe(200);
    expect((await third).status).toBe(200);
  });
});
