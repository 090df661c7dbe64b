import { CATALOGUE } from "../catalogue";
import { evaluate } from "../engine";
import { readAnswersDocument } from "./read-document";

export async function handleEvaluate(req: Request): Promise<Response> {
  const read = await readAnswersDocument(req);
  if (!read.ok) return read.response;
  return Response.json(evaluate(read.doc.answers, CATALOGUE), { headers: { "Cache-Control": "no-store" } });
}
