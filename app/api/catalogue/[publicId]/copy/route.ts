import { handleCopyPublic } from "@/lib/api/catalogue/handlers";
import { withRateLimit } from "@/lib/api/rate-limited";

export const dynamic = "force-dynamic";

export const POST = (req: Request, ctx: { params: Promise<{ publicId: string }> }) =>
  withRateLimit(req, "creations", () => handleCopyPublic(req, ctx.params));
