import { handleGetPublic } from "@/lib/api/catalogue/handlers";

export const dynamic = "force-dynamic";

export const GET = (req: Request, ctx: { params: Promise<{ publicId: string }> }) => handleGetPublic(req, ctx.params);
