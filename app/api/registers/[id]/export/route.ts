import { handleExportRegister } from "@/lib/api/registers/handlers";
import { withRateLimit } from "@/lib/api/rate-limited";

export const dynamic = "force-dynamic";

export const GET = (req: Request, ctx: { params: Promise<{ id: string }> }) =>
  withRateLimit(req, "documents", () => handleExportRegister(req, ctx.params));
