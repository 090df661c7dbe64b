import { handleSearchCatalogue } from "@/lib/server/http/catalogue/handlers";

export const dynamic = "force-dynamic";

export const GET = (req: Request) => handleSearchCatalogue(req);
