import { handleReport } from "@/lib/server/http/report";
import { withRateLimit } from "@/lib/server/http/rate-limited";

export const dynamic = "force-dynamic";

export const POST = (req: Request) => withRateLimit(req, "documents", () => handleReport(req));
