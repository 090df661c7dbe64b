import { CATALOGUE } from "@/lib/domain/catalogue";
import { evaluate, sourcing } from "@/lib/domain/engine";
import { readAnswersDocument } from "./read-document";

export async function handleEvaluate(req: Request): Promise<Response> {
  const read = await readAnswersDocument(req);
  if (!read.ok) return read.response;
  return Response.json({ ...evaluate(read.doc.answers, CATALOGUE), sourcing: sourcing(read.doc, CATALOGUE) }, { headers: { "Cache-Control": "no-store" } });
}
