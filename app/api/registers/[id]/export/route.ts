import { handleExportRegister } from "@/lib/api/registers/handlers";

export const dynamic = "force-dynamic";

export const GET = (req: Request, ctx: { params: Promise<{ id: string }> }) => handleExportRegister(req, ctx.params);
