import { handleCompare } from "@/lib/api/compare";

export const dynamic = "force-dynamic";

export const GET = (req: Request) => handleCompare(req);
