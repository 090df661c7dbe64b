import { handleCreateAssessment } from "@/lib/api/assessments/create";

export const dynamic = "force-dynamic";

export const POST = (req: Request) => handleCreateAssessment(req);
