import "server-only";
import { z } from "zod";

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

export const ZEnvSchema = z.object({
  /** PostgreSQL connection string; when absent, Vigie keeps its data in an embedded PGlite directory. */
  DATABASE_URL: z.preprocess(blankToUndefined, z.url({ protocol: /^postgres(ql)?$/ }).optional()),
  /** Directory of the embedded database (created when missing). */
  VIGIE_DATA_DIR: z.preprocess(blankToUndefined, z.string().default("./data")),
  /** Public origin used in the links Vigie hands out (e.g. https://vigie.example.fr); else see VIGIE_ALLOWED_HOSTS. */
  VIGIE_PUBLIC_URL: z.preprocess(blankToUndefined, z.url({ protocol: /^https?$/ }).optional()),
  /**
   * Without VIGIE_PUBLIC_URL, the host names (comma-separated) a request's Host header may give the
   * links; a request naming any other host gets links to the server's own address.
   */
  VIGIE_ALLOWED_HOSTS: z.preprocess(blankToUndefined, z.string().default("localhost,127.0.0.1,[::1]")),
});

export type TEnv = z.infer<typeof ZEnvSchema>;

/** The server's settings, read from the environment and checked (a clear error names each bad variable). */
export function readEnv(source: Record<string, string | undefined> = process.env): TEnv {
  const parsed = ZEnvSchema.safeParse(source);
  if (parsed.success) return parsed.data;
  // Never echo the values: DATABASE_URL may hold a password.
  const names = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
  throw new Error(`Invalid environment: ${names}`);
}
