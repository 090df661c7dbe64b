import { describe, expect, it } from "vitest";
import { addressRefusal, allowedHosts, hostPortOf } from "./address-policy";

describe("addressRefusal (address literals, nothing resolved or connected)", () => {
  it.each([
    ["127.0.0.1", "loopback"],
    ["127.255.255.254", "loopback"],
    ["10.1.2.3", "private"],
    ["172.16.0.1", "private"],
    ["172.31.255.255", "private"],
    ["192.168.1.1", "private"],
    ["169.254.169.254", "linkLocal"],
    ["100.64.0.1", "carrierGradeNat"],
    ["100.127.255.255", "carrierGradeNat"],
    ["224.0.0.1", "multicast"],
    ["239.255.255.250", "multicast"],
    ["0.0.0.0", "unspecified"],
    ["0.1.2.3", "unspecified"],
    ["255.255.255.255", "broadcast"],
    ["240.0.0.1", "reserved"],
    ["192.0.2.10", "reserved"],
    ["198.51.100.7", "reserved"],
    ["203.0.113.9", "reserved"],
    ["198.18.0.1", "reserved"],
    ["192.0.0.8", "reserved"],
    ["::1", "loopback"],
    ["::", "unspecified"],
    ["fe80::1", "linkLocal"],
    ["fc00::1", "uniqueLocal"],
    ["fd12:3456::1", "uniqueLocal"],
    ["ff02::1", "multicast"],
    ["fec0::1", "deprecatedSiteLocal"],
    ["100::1", "discard"],
    ["2001:db8::1", "reserved"],
    ["2001:0:4136:e378:8000:63bf:3fff:fdd2", "teredo"],
    ["64:ff9b:1::a00:1", "rfc6052"],
  ])("refuses %s (%s)", (address, range) => {
    expect(addressRefusal(address)).toBe(range);
  });

  it.each([
    ["::ffff:127.0.0.1", "ipv4Mapped:loopback"],
    ["::ffff:7f00:1", "ipv4Mapped:loopback"],
    ["[::ffff:127.0.0.1]", "ipv4Mapped:loopback"],
    ["::ffff:10.0.0.1", "ipv4Mapped:private"],
    ["::ffff:169.254.169.254", "ipv4Mapped:linkLocal"],
    ["::ffff:0:127.0.0.1", "rfc6145:loopback"],
    ["2002:7f00:1::1", "6to4:loopback"],
    ["2002:c0a8:101::1", "6to4:private"],
    ["64:ff9b::7f00:1", "rfc6052:loopback"],
    ["64:ff9b::a9fe:a9fe", "rfc6052:linkLocal"],
  ])("refuses %s, which carries a refused IPv4 address (%s)", (address, why) => {
    expect(addressRefusal(address)).toBe(why);
  });

  it("refuses IPv4-compatible and other IPv6 addresses outside global unicast", () => {
    expect(addressRefusal("::127.0.0.1")).toBe("ipv4Compatible");
    expect(addressRefusal("::8.8.8.8")).toBe("ipv4Compatible");
    expect(addressRefusal("::808:808")).toBe("not_global_unicast");
    expect(addressRefusal("4000::1")).toBe("not_global_unicast");
  });

  it("refuses what is not an address in canonical notation", () => {
    for (const s of ["2130706433", "0x7f.0.0.1", "0177.0.0.1", "127.1", "localhost", "", "1.2.3.4.5", "::1::"]) {
      expect(addressRefusal(s), s).toBe("invalid");
    }
  });

  it.each(["8.8.8.8", "1.1.1.1", "193.51.24.1", "100.128.0.1", "172.32.0.1", "2a00:1450:4007:80f::200e", "2606:4700::6810:84e5", "::ffff:8.8.8.8", "2002:808:808::1", "64:ff9b::808:808"])(
    "lets public %s through",
    (address) => {
      expect(addressRefusal(address)).toBeNull();
    },
  );
});

describe("VIGIE_SCAN_ALLOW_HOSTS", () => {
  it("keeps exact host:port entries only", () => {
    const hosts = allowedHosts(" 127.0.0.1:4100, ENT.example.fr:443,[::1]:8080, nohost, :80, 127.0.0.1 ,*:80");
    expect([...hosts]).toEqual(["127.0.0.1:4100", "ent.example.fr:443", "[::1]:8080"]);
    expect(allowedHosts(undefined).size).toBe(0);
  });

  it("names a URL's host and port as the list does, the scheme's port when none is written", () => {
    expect(hostPortOf(new URL("http://127.0.0.1:4100/x"))).toBe("127.0.0.1:4100");
    expect(hostPortOf(new URL("https://ENT.example.fr/"))).toBe("ent.example.fr:443");
    expect(hostPortOf(new URL("http://ent.example.fr/"))).toBe("ent.example.fr:80");
    expect(hostPortOf(new URL("http://[::1]:8080/"))).toBe("[::1]:8080");
    expect(hostPortOf(new URL("http://2130706433:4100/"))).toBe("127.0.0.1:4100");
  });
});
