import { handleCreateAssessment } from "@/lib/server/http/assessments/create";
import { withRateLimit } from "@/lib/server/http/rate-limited";

export const dynamic = "force-dynamic";

export const POST = (req: Request) => withRateLimit(req, "creations", () => handleCreateAssessment(req));
