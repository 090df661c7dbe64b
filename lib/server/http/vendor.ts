import "server-only";
import { z } from "zod";
import { answerKey, domainKey, RULES, ruleKey, vendorQuestionKey } from "@/lib/domain/catalogue";
import { vendorQuestionsFor } from "@/lib/domain/assessment/vendor-questions";
import { toFieldIssues } from "@/lib/domain/schema";
import { VENDOR_LINK_DAYS, ZVendorResponseInputSchema, type TVendorResponse } from "@/lib/domain/schema/vendor-response";
import { absolute, LINK_PATHS } from "@/lib/i18n/links";
import { isLocale, LOCALES, type TLocale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";
import { logSecurityEvent } from "@/lib/server/security/log";
import { getAssessment } from "@/lib/server/store/assessment-view";
import { systemClock } from "@/lib/server/store/clock";
import { acceptVendorAnswers, createVendorRequest, openVendorRequest, revokeVendorRequest, saveVendorResponse } from "@/lib/server/store/vendor-requests";
import { bearerToken, missingToken } from "./access";
import { apiError, errorLocale } from "./errors";
import { publicOrigin } from "./links";
import { readQuery } from "./query";
import { readJsonBody, refuseOversizedBody } from "./read-json";
import { withDb } from "./with-db";
import { withEditAccess, withVersionedEdit, type TIdParams } from "./assessments/params";
import { mutationResponse } from "./assessments/item";

const NO_STORE = { "Cache-Control": "no-store" };

/** Parses a small JSON body with `schema`: the value, or the 400 `invalid_request` naming each bad field. */
async function readBodyWith<S extends z.ZodType>(req: Request, schema: S): Promise<{ ok: true; value: z.output<S> } | { ok: false; response: Response }> {
  const body = await readJsonBody(req);
  if (!body.ok) return body;
  const parsed = schema.safeParse(body.json);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, response: apiError(req, "invalid_request", toFieldIssues(parsed.error, body.json)) };
}

const ZCreateSchema = z
  .object({
    lang: z.enum(LOCALES).optional(),
    expiresInDays: z.number().int().min(VENDOR_LINK_DAYS.min).max(VENDOR_LINK_DAYS.max).default(VENDOR_LINK_DAYS.default),
  })
  .strict();

/**
 * POST /api/assessments/{id}/vendor-requests (edit token) `{lang?, expiresInDays?}`: a link for the
 * vendor, replacing the previous one: 201 `{vendorToken, vendorUrl, expiresAt}`.
 */
export function handleCreateVendorRequest(req: Request, params: TIdParams): Promise<Response> {
  return withEditAccess(req, params, async (db, id) => {
    const body = await readBodyWith(req, ZCreateSchema);
    if (!body.ok) return body.response;
    const lang = body.value.lang ?? errorLocale(req);
    const link = await createVendorRequest(db, id, lang, body.value.expiresInDays, systemClock);
    if (link === null) return apiError(req, "not_found");
    const vendorUrl = absolute(publicOrigin(req), LINK_PATHS.vendorAnswer(lang, link.vendorToken));
    return Response.json({ ...link, vendorUrl }, { status: 201, headers: NO_STORE });
  });
}

/** DELETE /api/assessments/{id}/vendor-requests (edit token): the vendor link stops working (204). */
export async function handleRevokeVendorRequest(req: Request, params: TIdParams): Promise<Response> {
  const refused = await refuseOversizedBody(req);
  if (refused !== null) return refused;
  return withEditAccess(req, params, async (db, id) => {
    await revokeVendorRequest(db, id);
    logSecurityEvent("deleted", { status: 204, method: req.method, resource: "vendor_request", assessmentId: id });
    return new Response(null, { status: 204 });
  });
}

type TVendorOpened = { assessmentId: string; lang: string; expiresAt: string; response: TVendorResponse | null };

/** Runs `act` with the request a vendor token opens: 401 without a token, 410 when the link no longer works. */
async function withVendorToken(req: Request, act: (db: Parameters<Parameters<typeof withDb>[1]>[0], opened: TVendorOpened, token: string) => Promise<Response>) {
  const token = bearerToken(req);
  if (token === null) return missingToken(req);
  return withDb(req, async (db) => {
    const opened = await openVendorRequest(db, token, systemClock);
    if (opened.kind === "gone") {
      logSecurityEvent("wrong_token", { status: 410, method: req.method, resource: "vendor_request" });
      return apiError(req, "vendor_link_gone");
    }
    return act(db, opened, token);
  });
}

const ZVendorQuerySchema = z.object({ lang: z.enum(LOCALES).optional() });

/**
 * GET /api/vendor (vendor token): what the vendor needs to answer, and nothing of the school's
 * side: the service, the school's name, the [V] questions that apply with their texts in `lang` (or
 * the link's language), the link's expiry and the last response.
 */
export function handleGetVendor(req: Request): Promise<Response> {
  const query = readQuery(req, ZVendorQuerySchema);
  if (!query.ok) return Promise.resolve(query.response);
  return withVendorToken(req, async (db, opened) => {
    const view = await getAssessment(db, opened.assessmentId, systemClock);
    if (view === null) return apiError(req, "vendor_link_gone");
    const locale: TLocale = query.query.lang ?? (isLocale(opened.lang) ? opened.lang : "fr");
    const t = translatorFor(locale);
    const { document: doc } = view;
    const questions = vendorQuestionsFor(doc.answers).flatMap((d) =>
      d.ruleIds.map((ruleId) => {
        const rule = RULES.find((r) => r.id === ruleId);
        return {
          ruleId,
          domain: { id: d.domainId, title: t(domainKey(d.domainId, "title")) },
          question: t(vendorQuestionKey(ruleId, doc.mode)),
          help: t(ruleKey(ruleId, "help")),
          options: (rule?.options ?? []).map((value) => ({ value, label: rule === undefined ? value : t(answerKey(rule, value)) })),
        };
      }),
    );
    return Response.json(
      {
        lang: locale,
        service: { name: doc.service.name, vendor: doc.service.vendor ?? null },
        school: { name: doc.school?.name ?? null },
        questions,
        expiresAt: opened.expiresAt,
        response: opened.response,
      },
      { headers: NO_STORE },
    );
  });
}

/** PUT /api/vendor (vendor token): the vendor's answers and sources, in place of the previous ones. */
export function handlePutVendor(req: Request): Promise<Response> {
  return withVendorToken(req, async (db, _opened, token) => {
    const body = await readBodyWith(req, ZVendorResponseInputSchema);
    if (!body.ok) return body.response;
    const { respondent, answers, evidence } = body.value;
    const saved = await saveVendorResponse(
      db,
      token,
      {
        respondent,
        answers: Object.fromEntries(Object.entries(answers).filter((e): e is [string, string] => e[1] !== undefined)),
        evidence: Object.fromEntries(Object.entries(evidence).filter((e): e is [string, NonNullable<(typeof e)[1]>] => e[1] !== undefined && e[1].length > 0)),
      },
      systemClock,
    );
    if (saved.kind === "gone") return apiError(req, "vendor_link_gone");
    return Response.json({ submittedAt: saved.response.submittedAt, answered: Object.keys(saved.response.answers).length }, { headers: NO_STORE });
  });
}

const ZAcceptSchema = z.object({ ruleIds: z.array(z.string().max(20)).min(1).max(RULES.length) }).strict();

/**
 * POST /api/assessments/{id}/vendor-response/accept (edit token, If-Match) `{ruleIds}`: applies
 * those waiting answers with their sources, plus a `vendor` item naming the respondent and the
 * date, as a new version (409 when stale); the others stay waiting.
 */
export function handleAcceptVendorResponse(req: Request, params: TIdParams): Promise<Response> {
  return withVersionedEdit(req, params, async (db, id, version) => {
    const body = await readBodyWith(req, ZAcceptSchema);
    if (!body.ok) return body.response;
    const ruleIds = [...new Set(body.value.ruleIds)];
    const t = translatorFor(errorLocale(req));
    const result = await acceptVendorAnswers(
      db,
      id,
      version,
      ruleIds,
      (response) => {
        const { name, role, organisation } = response.respondent;
        return {
          kind: "vendor",
          source: t("VendorOnline.evidenceSource", { respondent: [name, role, organisation].filter((s) => s !== "").join(", ") }),
          date: response.submittedAt.slice(0, 10),
          by: name,
        };
      },
      systemClock,
    );
    if (result.kind === "not_waiting") {
      return apiError(
        req,
        "invalid_request",
        result.ruleIds.map((r) => ({ field: `ruleIds.${ruleIds.indexOf(r)}`, code: "not_waiting", received: r.slice(0, 20) })),
      );
    }
    return mutationResponse(req, result, { version, ruleIds });
  });
}
