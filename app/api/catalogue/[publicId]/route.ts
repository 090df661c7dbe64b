import { handleGetPublic } from "@/lib/server/http/catalogue/handlers";

export const dynamic = "force-dynamic";

export const GET = (req: Request, ctx: { params: Promise<{ publicId: string }> }) => handleGetPublic(req, ctx.params);
