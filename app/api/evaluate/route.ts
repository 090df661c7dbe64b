import { handleEvaluate } from "@/lib/server/http/evaluate";

export const dynamic = "force-dynamic";

export const POST = (req: Request) => handleEvaluate(req);
