import { handleExport } from "@/lib/server/http/assessments/transfer";

export const dynamic = "force-dynamic";

export const GET = (req: Request, ctx: { params: Promise<{ id: string }> }) => handleExport(req, ctx.params);
