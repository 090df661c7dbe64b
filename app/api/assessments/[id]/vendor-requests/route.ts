import { withRateLimit } from "@/lib/server/http/rate-limited";
import { handleCreateVendorRequest, handleRevokeVendorRequest } from "@/lib/server/http/vendor";

export const dynamic = "force-dynamic";

type TContext = { params: Promise<{ id: string }> };

export const POST = (req: Request, ctx: TContext) => withRateLimit(req, "creations", () => handleCreateVendorRequest(req, ctx.params));
export const DELETE = (req: Request, ctx: TContext) => handleRevokeVendorRequest(req, ctx.params);
