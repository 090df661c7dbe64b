import { describe, expect, it } from "vitest";
import { anAnswersDocument } from "@/lib/testing/answers-document-builder";
import { jsonRequest, params } from "@/lib/testing/api-client";
import { useApiTestDb } from "@/lib/testing/api-test-db";
import * as catalogueItem from "../catalogue/[publicId]/route";
import * as catalogueCopy from "../catalogue/[publicId]/copy/route";
import * as catalogue from "../catalogue/route";
import * as compare from "../compare/route";
import * as entry from "../registers/[id]/entries/[assessmentId]/route";
import * as entries from "../registers/[id]/entries/route";
import * as registerExport from "../registers/[id]/export/route";
import * as register from "../registers/[id]/route";
import * as registers from "../registers/route";
import * as exportRoute from "./[id]/export/route";
import * as publication from "./[id]/publication/route";
import * as round from "./[id]/rounds/[round]/route";
import * as rounds from "./[id]/rounds/route";
import * as item from "./[id]/route";
import * as importRoute from "./import/route";
import * as create from "./route";

useApiTestDb();

type THandler = (req: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;
const ROUTES: Record<string, Record<string, unknown>> = {
  create, item, rounds, round, exportRoute, importRoute, publication, registers, register, entries, entry, registerExport, catalogue, catalogueItem, catalogueCopy, compare,
};

const BODIES = ["", "{", "null", "[]", '"x"', "1e999", '{"__proto__":{"x":1}}', '{"schemaVersion":1,"service":{"name":"X"},"answers":{"COM-01":{"$ne":1}}}', "\u0000\uFFFF"];
const HEADERS: Record<string, string>[] = [
  {},
  { authorization: "Bearer " },
  { authorization: "Bearer AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "if-match": "abc" },
  { authorization: "Bearer AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "if-match": '"99999999999"' },
];
const IDS = ["AAAAAAAAAAAAAAAAAAAAAA", "x", "%00", "a".repeat(300), "../../etc/passwd", "' OR 1=1 --"];
const QUERIES = ["", "?format=%00&lang=xx&round=-1&q=%00%E2%80%AE", "?ids=,,,&q=%25%5F&limit=0&verdict=&reviewDue=&sort=", "?mode=validate&ids=x,y"];

describe("bad input never gets a 5xx", () => {
  it("on every storage route and method", async () => {
    const statuses = new Set<number>();
    const good = anAnswersDocument().withSafeAnswers().build();
    for (const [name, mod] of Object.entries(ROUTES)) {
      for (const method of ["GET", "POST", "PUT", "PATCH", "DELETE"]) {
        const handler = mod[method] as THandler | undefined;
        if (handler === undefined) continue;
        for (const id of IDS) {
          for (const [i, body] of [...BODIES, JSON.stringify(good)].entries()) {
            const headers = HEADERS[i % HEADERS.length]!;
            const query = QUERIES[i % QUERIES.length]!;
            const withBody = method !== "GET" && method !== "DELETE";
            const req = jsonRequest(`/api/x${query}`, method, withBody ? body : undefined, headers);
            const res = await handler(req, params({ id, round: id, assessmentId: id, publicId: id }));
            statuses.add(res.status);
            expect(res.status, `${name} ${method} ${id} ${body}`).toBeLessThan(500);
          }
        }
      }
    }
    expect([...statuses].sort()).toEqual(expect.arrayContaining([400, 401, 404]));
  }, 120_000);
});
