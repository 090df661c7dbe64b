import { handleExportRegister } from "@/lib/server/http/registers/handlers";
import { withRateLimit } from "@/lib/server/http/rate-limited";

export const dynamic = "force-dynamic";

export const GET = (req: Request, ctx: { params: Promise<{ id: string }> }) =>
  withRateLimit(req, "documents", () => handleExportRegister(req, ctx.params));
