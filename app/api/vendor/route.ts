import { withRateLimit } from "@/lib/server/http/rate-limited";
import { handleGetVendor, handlePutVendor } from "@/lib/server/http/vendor";

export const dynamic = "force-dynamic";

export const GET = (req: Request) => handleGetVendor(req);
export const PUT = (req: Request) => withRateLimit(req, "creations", () => handlePutVendor(req));
