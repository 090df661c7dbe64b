import { handleImport } from "@/lib/server/http/assessments/transfer";
import { withRateLimit } from "@/lib/server/http/rate-limited";

export const dynamic = "force-dynamic";

export const POST = (req: Request) => withRateLimit(req, "creations", () => handleImport(req));
