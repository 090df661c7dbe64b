/**
 * A URL as a scan keeps it: without its user name and password, query, fragment or `;parameters`
 * (a typed `?token=`, an SSO redirect's `?SAMLRequest=`, a `;jsessionid=` must not end up in an
 * assessment's evidence). Host and path are kept: the tracker lookup reads those. Text that is not
 * a URL is cut at its first `?`, `#` or `;`.
 */
export function bareUrl(raw: string): string {
  try {
    const u = new URL(raw);
    u.username = "";
    u.password = "";
    u.search = "";
    u.hash = "";
    u.pathname = u.pathname
      .split("/")
      .map((segment) => segment.split(";")[0] ?? "")
      .join("/");
    return u.href;
  } catch {
    return raw.split(/[?#;]/u)[0] ?? "";
  }
}
