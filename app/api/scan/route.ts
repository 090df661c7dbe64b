import { withRateLimit } from "@/lib/server/http/rate-limited";
import { handleScan, handleScanState } from "@/lib/server/http/scan";

export const dynamic = "force-dynamic";

export const GET = () => handleScanState();
export const POST = (req: Request) => withRateLimit(req, "scans", () => handleScan(req));
