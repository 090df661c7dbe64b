import { handleDeleteAssessment, handleGetAssessment, handlePatchAssessment, handlePutAssessment } from "@/lib/server/http/assessments/item";

export const dynamic = "force-dynamic";

type TContext = { params: Promise<{ id: string }> };

export const GET = (req: Request, ctx: TContext) => handleGetAssessment(req, ctx.params);
export const PUT = (req: Request, ctx: TContext) => handlePutAssessment(req, ctx.params);
export const PATCH = (req: Request, ctx: TContext) => handlePatchAssessment(req, ctx.params);
export const DELETE = (req: Request, ctx: TContext) => handleDeleteAssessment(req, ctx.params);
