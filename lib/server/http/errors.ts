import { CONTEXT, RULES } from "@/lib/domain/catalogue";
import { answerKey, ruleKey } from "@/lib/domain/catalogue/message-keys";
import type { TFieldIssue } from "@/lib/domain/schema";
import { DEFAULT_LOCALE, type TLocale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";

export type TApiErrorCode =
  | "invalid_json"
  | "too_large"
  | "unreadable"
  | "invalid_encoding"
  | "invalid_answers"
  | "invalid_query"
  | "invalid_request"
  | "invalid_header"
  | "invalid_path"
  | "not_answers_document"
  | "unsupported_schema_version"
  | "missing_token"
  | "wrong_token"
  | "not_found"
  | "conflict"
  | "missing_if_match"
  | "storage_unavailable"
  | "internal_error"
  | "busy"
  | "scan_busy"
  | "scan_disabled"
  | "rate_limited"
  | "vendor_link_gone";

const STATUS: Record<TApiErrorCode, number> = {
  invalid_json: 400,
  unreadable: 400,
  invalid_encoding: 400,
  invalid_answers: 400,
  invalid_query: 400,
  invalid_request: 400,
  invalid_header: 400,
  invalid_path: 400,
  not_answers_document: 400,
  unsupported_schema_version: 400,
  missing_token: 401,
  wrong_token: 403,
  not_found: 404,
  conflict: 409,
  too_large: 413,
  missing_if_match: 428,
  storage_unavailable: 503,
  internal_error: 500,
  busy: 503,
  scan_busy: 503,
  scan_disabled: 404,
  rate_limited: 429,
  vendor_link_gone: 410,
};

/** The language of error messages: `lang` when given, else the browser's, else French. */
export function errorLocale(req: Request): TLocale {
  const lang = new URL(req.url).searchParams.get("lang");
  if (lang === "fr" || lang === "en") return lang;
  const accept = req.headers.get("accept-language") ?? "";
  if (/^\s*en\b/i.test(accept)) return "en";
  return DEFAULT_LOCALE;
}

/** The most bad fields an error lists; `moreFields` says how many more there were. */
export const FIELDS_LISTED_MAX = 20;

/**
 * A 4xx JSON answer: `{error, message, fields: [{field, code, message, …}]}`, plus `extra`
 * properties when the error carries data (a conflict gives both versions). Past
 * FIELDS_LISTED_MAX bad fields, the first are listed and `moreFields` gives the count of the others.
 */
export function apiError(req: Request, error: TApiErrorCode, fields: TFieldIssue[] = [], extra: Record<string, unknown> = {}): Response {
  const t = translatorFor(errorLocale(req));
  const fieldKey = (code: string) => (t.has(`ApiErrors.fields.${code}`) ? `ApiErrors.fields.${code}` : "ApiErrors.fields.other");
  return Response.json(
    {
      error,
      message: t(`ApiErrors.${error}`),
      fields: fields.slice(0, FIELDS_LISTED_MAX).map((f) => ({ ...f, message: fieldMessage(t, f) ?? t(fieldKey(f.code), { field: f.field, allowed: f.allowed?.join(", ") ?? "" }) })),
      ...(fields.length > FIELDS_LISTED_MAX ? { moreFields: fields.length - FIELDS_LISTED_MAX } : {}),
      ...extra,
    },
    { status: STATUS[error], headers: { "Cache-Control": "no-store" } },
  );
}

const QUESTIONS = [...CONTEXT, ...RULES];

/**
 * A refused answer in the reader's words: the question as asked and the answers as offered (a person
 * importing a file reads these); `received` and `allowed` keep the values as sent.
 */
function fieldMessage(t: ReturnType<typeof translatorFor>, f: TFieldIssue): string | undefined {
  const question = f.code === "invalid_value" && f.received !== undefined ? QUESTIONS.find((q) => `answers.${q.id}` === f.field) : undefined;
  if (question === undefined || f.allowed === undefined) return undefined;
  const allowed = f.allowed.map((v) => t(answerKey(question, v))).join(", ");
  return t("ApiErrors.fields.invalid_answer", { field: f.field, received: f.received ?? "", question: t(ruleKey(question.id, "question")), allowed });
}
