import { handleDocument } from "@/lib/api/documents";
import { withRateLimit } from "@/lib/api/rate-limited";

export const dynamic = "force-dynamic";

export const POST = (req: Request, ctx: { params: Promise<{ kind: string }> }) =>
  withRateLimit(req, "documents", () => handleDocument(req, ctx.params));
