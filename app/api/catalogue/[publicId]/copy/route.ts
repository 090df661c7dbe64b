import { handleCopyPublic } from "@/lib/api/catalogue/handlers";

export const dynamic = "force-dynamic";

export const POST = (req: Request, ctx: { params: Promise<{ publicId: string }> }) => handleCopyPublic(req, ctx.params);
