import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

/** A random identifier for a read link: 128 bits, base64url (22 characters). Not guessable, not sequential. */
export const newId = () => randomBytes(16).toString("base64url");

/** A secret edit token: 256 bits, base64url (43 characters). Only its hash is stored. */
export const newToken = () => randomBytes(32).toString("base64url");

/** The stored form of a token: SHA-256, hex. */
export const hashToken = (token: string) => createHash("sha256").update(token, "utf8").digest("hex");

/** Whether a presented token matches a stored hash; compares the two hashes in constant time. */
export function tokenMatches(token: string, storedHash: string): boolean {
  const given = Buffer.from(hashToken(token), "hex");
  const stored = Buffer.from(storedHash, "hex");
  return given.length === stored.length && timingSafeEqual(given, stored);
}
