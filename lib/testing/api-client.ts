/** Small helpers to call route handlers the way Next.js does. */
export const BASE = "http://localhost";

export const jsonRequest = (path: string, method: string, body?: unknown, headers: Record<string, string> = {}) =>
  new Request(`${BASE}${path}`, {
    method,
    headers: { "content-type": "application/json", ...headers },
    ...(body === undefined ? {} : { body: typeof body === "string" ? body : JSON.stringify(body) }),
  });

export const params = <T extends Record<string, string>>(p: T) => ({ params: Promise.resolve(p) });

export const editHeaders = (token: string, version?: number | string) => ({
  authorization: `Bearer ${token}`,
  ...(version === undefined ? {} : { "if-match": `"${version}"` }),
});
