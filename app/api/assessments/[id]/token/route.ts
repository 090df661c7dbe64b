import { handleRotateAssessmentToken } from "@/lib/server/http/assessments/token";

export const dynamic = "force-dynamic";

export const POST = (req: Request, ctx: { params: Promise<{ id: string }> }) => handleRotateAssessmentToken(req, ctx.params);
