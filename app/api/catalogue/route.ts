import { handleSearchCatalogue } from "@/lib/api/catalogue/handlers";

export const dynamic = "force-dynamic";

export const GET = (req: Request) => handleSearchCatalogue(req);
