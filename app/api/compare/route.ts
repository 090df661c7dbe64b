import { handleCompare } from "@/lib/server/http/compare";

export const dynamic = "force-dynamic";

export const GET = (req: Request) => handleCompare(req);
