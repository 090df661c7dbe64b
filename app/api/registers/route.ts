import { handleCreateRegister } from "@/lib/api/registers/handlers";
import { withRateLimit } from "@/lib/api/rate-limited";

export const dynamic = "force-dynamic";

export const POST = (req: Request) => withRateLimit(req, "creations", () => handleCreateRegister(req));
