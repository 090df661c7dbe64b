import { handleGetRegister, handleRenameRegister } from "@/lib/server/http/registers/handlers";

export const dynamic = "force-dynamic";

type TContext = { params: Promise<{ id: string }> };

export const GET = (req: Request, ctx: TContext) => handleGetRegister(req, ctx.params);
export const PATCH = (req: Request, ctx: TContext) => handleRenameRegister(req, ctx.params);
