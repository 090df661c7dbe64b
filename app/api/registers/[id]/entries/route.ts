import { handleAddEntry } from "@/lib/server/http/registers/handlers";

export const dynamic = "force-dynamic";

export const POST = (req: Request, ctx: { params: Promise<{ id: string }> }) => handleAddEntry(req, ctx.params);
