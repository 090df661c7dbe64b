import { handleGetRound } from "@/lib/server/http/assessments/rounds";

export const dynamic = "force-dynamic";

export const GET = (req: Request, ctx: { params: Promise<{ id: string; round: string }> }) => handleGetRound(req, ctx.params);
