import { handleGetHistory, handleStartRound } from "@/lib/server/http/assessments/rounds";

export const dynamic = "force-dynamic";

type TContext = { params: Promise<{ id: string }> };

export const GET = (req: Request, ctx: TContext) => handleGetHistory(req, ctx.params);
export const POST = (req: Request, ctx: TContext) => handleStartRound(req, ctx.params);
