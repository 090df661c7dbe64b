import { describe, expect, it } from "vitest";
import { allowedHosts } from "./address-policy";
import { checkUrlForm, resolveTarget, type TResolved } from "./url-check";

describe("checkUrlForm", () => {
  it.each([
    ["file:///etc/passwd", "scheme_not_allowed"],
    ["ftp://example.fr/", "scheme_not_allowed"],
    ["data:text/html,<p>x</p>", "scheme_not_allowed"],
    ["javascript:alert(1)", "scheme_not_allowed"],
    ["gopher://example.fr/", "scheme_not_allowed"],
    ["http://user@example.fr/", "credentials_in_url"],
    ["http://user:pass@example.fr/", "credentials_in_url"],
    ["http://allowed@127.0.0.2/", "credentials_in_url"],
    ["http://@example.fr/", "credentials_in_url"],
    ["http://localhost/", "refused_address"],
    ["http://LOCALHOST:3000/", "refused_address"],
    ["localhost:3000", "refused_address"],
    ["http://app.localhost/", "refused_address"],
    ["", "invalid_url"],
    ["http://", "invalid_url"],
    ["https://exa mple.fr/", "invalid_url"],
  ])("refuses %s (%s)", (raw, code) => {
    expect(checkUrlForm(raw)).toEqual({ ok: false, code });
  });

  it("reads a bare host as https, and keeps http and https as typed (without the fragment)", () => {
    const href = (raw: string) => {
      const r = checkUrlForm(raw);
      return r.ok ? r.url.href : r.code;
    };
    expect(href("example.fr")).toBe("https://example.fr/");
    expect(href("example.fr:8443/a")).toBe("https://example.fr:8443/a");
    expect(href("http://Example.FR/a?b=1#top")).toBe("http://example.fr/a?b=1");
    expect(href("https://example.fr")).toBe("https://example.fr/");
  });

  it("turns decimal, hex and octal IPv4 hosts into dotted decimal, for the address check to see", () => {
    for (const raw of ["http://2130706433/", "http://0x7f000001/", "http://0x7f.1/", "http://0177.0.0.1/", "http://127.1/"]) {
      const r = checkUrlForm(raw);
      expect(r.ok && r.url.hostname, raw).toBe("127.0.0.1");
    }
  });
});

const table =
  (entries: Record<string, TResolved[]>) =>
  async (host: string): Promise<TResolved[]> => {
    const found = entries[host];
    if (found === undefined) throw new Error("ENOTFOUND");
    return found;
  };

const resolver = table({
  "public.example": [{ address: "93.184.216.34", family: 4 }],
  "mixed.example": [
    { address: "93.184.216.34", family: 4 },
    { address: "10.0.0.5", family: 4 },
  ],
  "mapped.example": [{ address: "::ffff:127.0.0.1", family: 6 }],
  "v6.example": [{ address: "2a00:1450:4007:80f::200e", family: 6 }],
  "127.0.0.1": [{ address: "127.0.0.1", family: 4 }],
  "::1": [{ address: "::1", family: 6 }],
});

const target = (raw: string, allow = "") => resolveTarget(new URL(raw), { allowHosts: allowedHosts(allow), timeoutMs: 1000, resolve: resolver });

describe("resolveTarget (a resolver from a table: nothing leaves the process)", () => {
  it("gives the checked addresses of a public host", async () => {
    expect(await target("https://public.example/")).toEqual({ ok: true, url: new URL("https://public.example/"), addresses: [{ address: "93.184.216.34", family: 4 }], allowed: false });
    expect((await target("https://v6.example/")).ok).toBe(true);
  });

  it("refuses a host when any one of its addresses is refused", async () => {
    expect(await target("https://mixed.example/")).toEqual({ ok: false, code: "refused_address", address: "10.0.0.5" });
    expect(await target("http://mapped.example/")).toEqual({ ok: false, code: "refused_address", address: "::ffff:127.0.0.1" });
    expect(await target("http://127.0.0.1:4100/")).toMatchObject({ ok: false, code: "refused_address" });
    expect(await target("http://[::1]:4100/")).toMatchObject({ ok: false, code: "refused_address" });
  });

  it("lets through exactly the host:port VIGIE_SCAN_ALLOW_HOSTS lists", async () => {
    expect(await target("http://127.0.0.1:4100/", "127.0.0.1:4100")).toMatchObject({ ok: true, allowed: true });
    expect(await target("http://127.0.0.1:4101/", "127.0.0.1:4100")).toMatchObject({ ok: false, code: "refused_address" });
    expect(await target("https://127.0.0.1:4100/", "127.0.0.1:4100")).toMatchObject({ ok: true });
    expect(await target("http://[::1]:4100/", "127.0.0.1:4100")).toMatchObject({ ok: false, code: "refused_address" });
  });

  it("says a host that does not resolve, or resolves too slowly, is unresolvable", async () => {
    expect(await target("https://nowhere.example/")).toEqual({ ok: false, code: "unresolvable" });
    const slow = () => new Promise<TResolved[]>(() => {});
    const started = Date.now();
    expect(await resolveTarget(new URL("https://slow.example/"), { allowHosts: new Set(), timeoutMs: 50, resolve: slow })).toEqual({ ok: false, code: "unresolvable" });
    expect(Date.now() - started).toBeLessThan(2500);
  });
});
