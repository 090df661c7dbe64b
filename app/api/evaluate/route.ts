import { handleEvaluate } from "@/lib/api/evaluate";

export const dynamic = "force-dynamic";

export const POST = (req: Request) => handleEvaluate(req);
