import { handleCopyPublic } from "@/lib/server/http/catalogue/handlers";
import { withRateLimit } from "@/lib/server/http/rate-limited";

export const dynamic = "force-dynamic";

export const POST = (req: Request, ctx: { params: Promise<{ publicId: string }> }) =>
  withRateLimit(req, "creations", () => handleCopyPublic(req, ctx.params));
