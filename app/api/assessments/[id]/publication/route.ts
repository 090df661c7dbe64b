import { handlePublish, handleUnpublish } from "@/lib/server/http/assessments/publication";

export const dynamic = "force-dynamic";

type TContext = { params: Promise<{ id: string }> };

export const PUT = (req: Request, ctx: TContext) => handlePublish(req, ctx.params);
export const DELETE = (req: Request, ctx: TContext) => handleUnpublish(req, ctx.params);
