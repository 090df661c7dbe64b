import { handleReport } from "@/lib/api/report";
import { withRateLimit } from "@/lib/api/rate-limited";

export const dynamic = "force-dynamic";

export const POST = (req: Request) => withRateLimit(req, "documents", () => handleReport(req));
