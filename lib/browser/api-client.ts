import type { TAnswersDocument } from "../domain/schema";

/** What the server says about a saved assessment (the fields the UI reads). */
export interface TSavedView {
  id: string;
  version: number;
  round: number;
  document: TAnswersDocument;
  readUrl: string;
}

export interface TCreated {
  id: string;
  editToken: string;
  readUrl: string;
  editUrl: string;
  version: number;
  round: number;
}

export interface TFieldProblem {
  field: string;
  code: string;
  message: string;
  received?: string;
  allowed?: string[];
}

export type TApiResult<T> =
  | { kind: "ok"; value: T }
  | { kind: "conflict"; yours: { version: number; document: TAnswersDocument }; current: TSavedView }
  | { kind: "offline" }
  /** 401 / 403: the edit token is missing or not this assessment's. */
  | { kind: "refused"; status: number; message: string }
  | { kind: "error"; status: number; message: string; fields: TFieldProblem[]; code?: string };

const JSON_HEADERS = { "Content-Type": "application/json", Accept: "application/json" };

const REQUEST_TIMEOUT_MS = 20_000;
/** Browsers older than 2022 (Safari 15) have no AbortSignal.timeout: they wait as long as fetch does. */
const timeoutSignal = () => (typeof AbortSignal.timeout === "function" ? AbortSignal.timeout(REQUEST_TIMEOUT_MS) : undefined);

async function call<T>(url: string, init: RequestInit): Promise<TApiResult<T>> {
  let res: Response;
  try {
    // A server that does not answer counts as offline (the answers stay in this browser).
    res = await fetch(url, { ...init, cache: "no-store", credentials: "same-origin", signal: timeoutSignal() });
  } catch {
    return { kind: "offline" };
  }
  let body: Record<string, unknown> = {};
  try {
    body = (await res.json()) as Record<string, unknown>;
  } catch {
    // an empty body (204) or a proxy's HTML page
  }
  if (res.ok) return { kind: "ok", value: body as T };
  const message = typeof body.message === "string" ? body.message : `HTTP ${res.status}`;
  if (res.status === 409 && typeof body.current === "object" && body.current !== null) {
    return { kind: "conflict", yours: body.yours as { version: number; document: TAnswersDocument }, current: body.current as TSavedView };
  }
  if (res.status === 401 || res.status === 403) return { kind: "refused", status: res.status, message };
  // A gateway that cannot reach the server counts as offline: the answers stay in this browser.
  if (res.status === 502 || res.status === 503 || res.status === 504) return { kind: "offline" };
  const fields = Array.isArray(body.fields) ? (body.fields as TFieldProblem[]) : [];
  return { kind: "error", status: res.status, message, fields, ...(typeof body.error === "string" ? { code: body.error } : {}) };
}

const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

export const createSaved = (doc: TAnswersDocument, lang: string) =>
  call<TCreated>(`/api/assessments?lang=${lang}`, { method: "POST", headers: JSON_HEADERS, body: JSON.stringify(doc) });

export const getSaved = (id: string, lang: string) => call<TSavedView>(`/api/assessments/${encodeURIComponent(id)}?lang=${lang}`, { method: "GET" });

/** The same read with the edit token: `editable` says whether the token still allows changes. */
export const getSavedAsEditor = (id: string, token: string, lang: string) =>
  call<TSavedView & { editable: boolean }>(`/api/assessments/${encodeURIComponent(id)}?lang=${lang}`, { method: "GET", headers: { Accept: "application/json", ...auth(token) } });

export const putSaved = (id: string, token: string, version: number, doc: TAnswersDocument, lang: string) =>
  call<TSavedView>(`/api/assessments/${encodeURIComponent(id)}?lang=${lang}`, {
    method: "PUT",
    headers: { ...JSON_HEADERS, ...auth(token), "If-Match": `"${version}"` },
    body: JSON.stringify(doc),
  });

export const startRound = (id: string, token: string, version: number, lang: string) =>
  call<TSavedView>(`/api/assessments/${encodeURIComponent(id)}/rounds?lang=${lang}`, {
    method: "POST",
    headers: { Accept: "application/json", ...auth(token), "If-Match": `"${version}"` },
  });

export const patchReviewDate = (id: string, token: string, version: number, reviewDate: string | null, lang: string) =>
  call<TSavedView>(`/api/assessments/${encodeURIComponent(id)}?lang=${lang}`, {
    method: "PATCH",
    headers: { ...JSON_HEADERS, ...auth(token), "If-Match": `"${version}"` },
    body: JSON.stringify({ reviewDate }),
  });

export const publishSaved = (id: string, token: string, showSchool: boolean, lang: string) =>
  call<{ publicId: string; publicUrl: string }>(`/api/assessments/${encodeURIComponent(id)}/publication?lang=${lang}`, {
    method: "PUT",
    headers: { ...JSON_HEADERS, ...auth(token) },
    body: JSON.stringify({ showSchool }),
  });

export const unpublishSaved = (id: string, token: string, lang: string) =>
  call<null>(`/api/assessments/${encodeURIComponent(id)}/publication?lang=${lang}`, { method: "DELETE", headers: auth(token) });

export const copyPublished = (publicId: string, lang: string) =>
  call<TCreated>(`/api/catalogue/${encodeURIComponent(publicId)}/copy?lang=${lang}`, { method: "POST", headers: { Accept: "application/json" } });

export const importFile = (text: string, lang: string) =>
  call<TCreated & { fromVersion: number }>(`/api/assessments/import?lang=${lang}`, { method: "POST", headers: JSON_HEADERS, body: text });

export const createRegister = (name: string | null, lang: string) =>
  call<{ id: string; editToken: string; readUrl: string; editUrl: string }>(`/api/registers?lang=${lang}`, {
    method: "POST",
    headers: JSON_HEADERS,
    body: JSON.stringify(name === null ? {} : { name }),
  });

export const addRegisterEntry = (registerId: string, token: string, assessment: string, lang: string) =>
  call<{ added: boolean; assessmentId: string }>(`/api/registers/${encodeURIComponent(registerId)}/entries?lang=${lang}`, {
    method: "POST",
    headers: { ...JSON_HEADERS, ...auth(token) },
    body: JSON.stringify({ assessmentId: assessment }),
  });

export const renameRegister = (registerId: string, token: string, name: string | null, lang: string) =>
  call<{ id: string; name: string | null }>(`/api/registers/${encodeURIComponent(registerId)}?lang=${lang}`, {
    method: "PATCH",
    headers: { ...JSON_HEADERS, ...auth(token) },
    body: JSON.stringify({ name }),
  });

export const removeRegisterEntry = (registerId: string, token: string, assessmentId: string, lang: string) =>
  call<null>(`/api/registers/${encodeURIComponent(registerId)}/entries/${encodeURIComponent(assessmentId)}?lang=${lang}`, {
    method: "DELETE",
    headers: { Accept: "application/json", ...auth(token) },
  });

export const deleteSaved = (id: string, token: string, lang: string) =>
  call<null>(`/api/assessments/${encodeURIComponent(id)}?lang=${lang}`, { method: "DELETE", headers: { Accept: "application/json", ...auth(token) } });

/** A new edit link for an assessment or a register; the token sent stops working. */
export const rotateEditLink = (kind: "assessments" | "registers", id: string, token: string, lang: string) =>
  call<{ id: string; editToken: string; readUrl: string; editUrl: string }>(`/api/${kind}/${encodeURIComponent(id)}/token?lang=${lang}`, {
    method: "POST",
    headers: { Accept: "application/json", ...auth(token) },
  });

/** A new link for the vendor to answer online (it replaces the previous one): shown once. */
export const createVendorLink = (id: string, token: string, lang: string) =>
  call<{ vendorToken: string; vendorUrl: string; expiresAt: string }>(`/api/assessments/${encodeURIComponent(id)}/vendor-requests?lang=${lang}`, {
    method: "POST",
    headers: { ...JSON_HEADERS, ...auth(token) },
    body: JSON.stringify({ lang }),
  });

export const revokeVendorLink = (id: string, token: string, lang: string) =>
  call<null>(`/api/assessments/${encodeURIComponent(id)}/vendor-requests?lang=${lang}`, { method: "DELETE", headers: { Accept: "application/json", ...auth(token) } });

/** Applies the vendor's waiting answers to `ruleIds`, as a new version. */
export const acceptVendorAnswers = (id: string, token: string, version: number, ruleIds: string[], lang: string) =>
  call<TSavedView>(`/api/assessments/${encodeURIComponent(id)}/vendor-response/accept?lang=${lang}`, {
    method: "POST",
    headers: { ...JSON_HEADERS, ...auth(token), "If-Match": `"${version}"` },
    body: JSON.stringify({ ruleIds }),
  });

/** What the vendor's link opens (the token goes in a header, never in the address). */
export const getVendorQuestions = <T,>(vendorToken: string, lang: string) =>
  call<T>(`/api/vendor?lang=${lang}`, { method: "GET", headers: { Accept: "application/json", ...auth(vendorToken) } });

export const putVendorResponse = (vendorToken: string, body: unknown, lang: string) =>
  call<{ submittedAt: string; answered: number }>(`/api/vendor?lang=${lang}`, { method: "PUT", headers: { ...JSON_HEADERS, ...auth(vendorToken) }, body: JSON.stringify(body) });
