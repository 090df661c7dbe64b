import { handleImport } from "@/lib/api/assessments/transfer";

export const dynamic = "force-dynamic";

export const POST = (req: Request) => handleImport(req);
