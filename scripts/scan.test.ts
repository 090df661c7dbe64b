import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { html, serveSite, type TFixtureSite } from "@/lib/server/scan/testing/fixture-sites";

// The CLI scans a fixture on 127.0.0.1, allowed through VIGIE_SCAN_ALLOW_HOSTS.

const run = promisify(execFile);
let site: TFixtureSite;

beforeAll(async () => {
  site = await serveSite({ "/": html(`<img src="https://pixel.ads.example/p.gif"><a href="/confidentialite">Confidentialité</a>`), "/confidentialite": html("<p>DPO</p>") });
});
afterAll(() => site.close());

const scan = (url: string) => run("npx", ["tsx", "--conditions=react-server", "scripts/scan.ts", url], { env: { ...process.env, VIGIE_SCAN_ALLOW_HOSTS: site.hostPort, VIGIE_SCAN_CHROMIUM: "" } });

describe("npm run scan", () => {
  it("prints the scan's JSON", async () => {
    const { stdout } = await scan(`${site.origin}/`);
    expect(JSON.parse(stdout)).toMatchObject({ url: `${site.origin}/`, mode: "static", partial: false });
    expect(site.hits).toEqual(["/", "/confidentialite"]);
  }, 60_000);

  it("refuses a URL the server would refuse, with exit code 2 and the reason", async () => {
    const failed = await scan(`http://127.0.0.2:${site.port}/`).catch((e: { code: number; stderr: string }) => e);
    expect(failed).toMatchObject({ code: 2 });
    expect(JSON.parse((failed as { stderr: string }).stderr)).toEqual({ error: "invalid_request", fields: [{ field: "url", code: "refused_address" }] });
    expect(site.hits).toEqual(["/", "/confidentialite"]);
  }, 60_000);
});
