import { handleImport } from "@/lib/api/assessments/transfer";
import { withRateLimit } from "@/lib/api/rate-limited";

export const dynamic = "force-dynamic";

export const POST = (req: Request) => withRateLimit(req, "creations", () => handleImport(req));
