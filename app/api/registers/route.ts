import { handleCreateRegister } from "@/lib/server/http/registers/handlers";
import { withRateLimit } from "@/lib/server/http/rate-limited";

export const dynamic = "force-dynamic";

export const POST = (req: Request) => withRateLimit(req, "creations", () => handleCreateRegister(req));
