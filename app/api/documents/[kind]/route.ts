import { handleDocument } from "@/lib/api/documents";

export const dynamic = "force-dynamic";

export const POST = (req: Request, ctx: { params: Promise<{ kind: string }> }) => handleDocument(req, ctx.params);
