import { handleCreateAssessment } from "@/lib/api/assessments/create";
import { withRateLimit } from "@/lib/api/rate-limited";

export const dynamic = "force-dynamic";

export const POST = (req: Request) => withRateLimit(req, "creations", () => handleCreateAssessment(req));
