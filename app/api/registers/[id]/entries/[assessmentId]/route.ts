import { handleRemoveEntry } from "@/lib/server/http/registers/handlers";

export const dynamic = "force-dynamic";

export const DELETE = (req: Request, ctx: { params: Promise<{ id: string; assessmentId: string }> }) => handleRemoveEntry(req, ctx.params);
