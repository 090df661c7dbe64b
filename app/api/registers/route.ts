import { handleCreateRegister } from "@/lib/api/registers/handlers";

export const dynamic = "force-dynamic";

export const POST = (req: Request) => handleCreateRegister(req);
