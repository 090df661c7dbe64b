import { handleAcceptVendorResponse } from "@/lib/server/http/vendor";

export const dynamic = "force-dynamic";

export const POST = (req: Request, ctx: { params: Promise<{ id: string }> }) => handleAcceptVendorResponse(req, ctx.params);
