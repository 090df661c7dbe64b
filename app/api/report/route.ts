import { handleReport } from "@/lib/api/report";

export const dynamic = "force-dynamic";

export const POST = (req: Request) => handleReport(req);
