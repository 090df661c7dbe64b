import "server-only";
import { join } from "node:path";
import maxmind, { type Reader, type Response } from "maxmind";
import type { TScanAddress } from "@/lib/domain/scan/scan-shape";
import type { TResolved } from "./url-check";

/**
 * Where an address is registered, from an offline database read with `maxmind`:
 * @ip-location-db/geo-whois-asn-country-mmdb (countries from the regional registries' whois, geofeeds
 * and AS data; CC BY 4.0, NRO). Opened once, on the first scan that needs it; nothing is asked of any
 * service. It gives a country, not the operator: `operator` stays null.
 */

type TCountryRecord = Response & { country_code?: string };

const DATABASE = join(process.cwd(), "node_modules", "@ip-location-db", "geo-whois-asn-country-mmdb", "geo-whois-asn-country.mmdb");

let reader: Promise<Reader<TCountryRecord> | null> | undefined;

function openReader(): Promise<Reader<TCountryRecord> | null> {
  // A missing or unreadable file leaves the countries unknown; the next scan tries again.
  reader ??= maxmind.open<TCountryRecord>(DATABASE).catch(() => {
    reader = undefined;
    return null;
  });
  return reader;
}

/** The country (ISO 3166-1 alpha-2) an address is registered in, or null. */
export async function countryOf(address: string): Promise<string | null> {
  const db = await openReader();
  if (db === null) return null;
  try {
    const code = db.get(address)?.country_code;
    return typeof code === "string" && /^[A-Z]{2}$/.test(code) ? code : null;
  } catch {
    return null;
  }
}

export async function locate(addresses: readonly TResolved[]): Promise<TScanAddress[]> {
  return Promise.all(addresses.map(async (a) => ({ address: a.address, family: a.family, country: await countryOf(a.address), operator: null })));
}
