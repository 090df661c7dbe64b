import { handleDocument } from "@/lib/server/http/documents";
import { withRateLimit } from "@/lib/server/http/rate-limited";

export const dynamic = "force-dynamic";

export const POST = (req: Request, ctx: { params: Promise<{ kind: string }> }) =>
  withRateLimit(req, "documents", () => handleDocument(req, ctx.params));
