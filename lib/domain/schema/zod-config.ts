import { z } from "zod";

/**
 * In the browser, zod must not try to compile its object parsers with `new Function`: the
 * Content-Security-Policy forbids eval, so the attempt is refused and reported as a CSP issue on
 * every page (Lighthouse's best-practices audit). Imported before any schema is built. The server
 * keeps the compiled (faster) parsers.
 */
if (typeof window !== "undefined") z.config({ jitless: true });
