import "server-only";
import ipaddr from "ipaddr.js";

/**
 * Which network addresses the public scan may connect to: public unicast only. The ranges come from
 * ipaddr.js (`range()`, IANA's special-purpose registries); anything it does not call `unicast` is
 * refused: loopback, private (RFC 1918), link-local, carrier-grade NAT (100.64/10), multicast,
 * unspecified, broadcast, reserved and documentation ranges, benchmarking, unique-local fc00::/7,
 * site-local, discard, and every IPv6 address outside global unicast 2000::/3. IPv6 forms that carry
 * an IPv4 address (mapped ::ffff:a.b.c.d, translated ::ffff:0:a.b.c.d, 6to4 2002::/16, NAT64
 * 64:ff9b::/96) are judged by the IPv4 address they carry; Teredo and local-use NAT64
 * (64:ff9b:1::/48) are refused whole.
 *
 * Pure: it reads address literals, it never resolves or connects.
 */

/** Why an address is refused: ipaddr.js's range name (e.g. `loopback`, `private`), or `invalid`. */
export type TAddressRefusal = string;

const GLOBAL_UNICAST = ipaddr.parseCIDR("2000::/3");
const NAT64_WELL_KNOWN = ipaddr.parseCIDR("64:ff9b::/96");

function refusalOfV4(address: ipaddr.IPv4): TAddressRefusal | null {
  const range = address.range();
  return range === "unicast" ? null : range;
}

/** The IPv4 address an IPv6 one carries, where the range defines one. */
function embeddedV4(address: ipaddr.IPv6): ipaddr.IPv4 | null {
  const range = address.range();
  const p = address.parts;
  const fromWords = (hi: number, lo: number) => new ipaddr.IPv4([hi >> 8, hi & 0xff, lo >> 8, lo & 0xff]);
  if (range === "ipv4Mapped") return address.toIPv4Address();
  if (range === "rfc6145") return fromWords(p[6]!, p[7]!);
  if (range === "6to4") return fromWords(p[1]!, p[2]!);
  if (range === "rfc6052" && address.match(NAT64_WELL_KNOWN)) return fromWords(p[6]!, p[7]!);
  return null;
}

/** Null when the scan may connect to `literal`, else why not. */
export function addressRefusal(literal: string): TAddressRefusal | null {
  // Only the two canonical notations: an address given as "0x7f.1" or "2130706433" is not one a
  // resolver returns, and URL parsing has already turned such hosts into dotted decimal.
  const bare = literal.replace(/^\[(.*)\]$/, "$1");
  if (!ipaddr.IPv4.isValidFourPartDecimal(bare) && !ipaddr.IPv6.isValid(bare)) return "invalid";
  // ipaddr.js reads the deprecated IPv4-compatible form ::a.b.c.d as mapped ::ffff:a.b.c.d: refused apart.
  if (/^::(?:\d{1,3}\.){3}\d{1,3}$/.test(bare)) return "ipv4Compatible";
  const parsed = ipaddr.parse(bare);
  if (parsed.kind() === "ipv4") return refusalOfV4(parsed as ipaddr.IPv4);
  const v6 = parsed as ipaddr.IPv6;
  const carried = embeddedV4(v6);
  if (carried !== null) return refusalOfV4(carried) === null ? null : `${v6.range()}:${refusalOfV4(carried)}`;
  const range = v6.range();
  if (range !== "unicast") return range;
  return v6.match(GLOBAL_UNICAST) ? null : "not_global_unicast";
}

/**
 * The hosts VIGIE_SCAN_ALLOW_HOSTS lets through whatever they resolve to (an intranet ENT, the
 * tests' fixtures): exact `host:port` entries, comma-separated, host in lower case and an IPv6 one
 * in brackets (`[fd00::1]:443`). Nothing else bypasses the address check.
 */
export function allowedHosts(raw: string | undefined): ReadonlySet<string> {
  return new Set(
    (raw ?? "")
      .split(",")
      .map((s) => s.trim().toLowerCase())
      .filter((s) => /^(\[[0-9a-f:.]+\]|[a-z0-9.-]+):\d{1,5}$/.test(s)),
  );
}

/** The `host:port` of a URL as VIGIE_SCAN_ALLOW_HOSTS lists it (the scheme's port when none is written). */
export function hostPortOf(url: URL): string {
  const port = url.port !== "" ? url.port : url.protocol === "https:" ? "443" : "80";
  return `${url.hostname.toLowerCase()}:${port}`;
}
