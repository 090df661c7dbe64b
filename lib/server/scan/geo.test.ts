import { describe, expect, it } from "vitest";
import { countryOf, locate } from "./geo";

// The database is a file in node_modules: reading it sends nothing anywhere.
describe("countryOf (offline database)", () => {
  it("gives the country an address is registered in", async () => {
    expect(await countryOf("193.51.24.1")).toBe("FR");
    expect(await countryOf("2001:660::1")).toBe("FR");
    expect(await countryOf("8.8.8.8")).toBe("US");
  });

  it("gives null for an address no registry places (loopback, private)", async () => {
    expect(await countryOf("127.0.0.1")).toBeNull();
    expect(await countryOf("10.0.0.1")).toBeNull();
    expect(await countryOf("not an address")).toBeNull();
  });

  it("lists each address with its family", async () => {
    expect(await locate([{ address: "193.51.24.1", family: 4 }])).toEqual([{ address: "193.51.24.1", family: 4, country: "FR", operator: null }]);
  });
});
