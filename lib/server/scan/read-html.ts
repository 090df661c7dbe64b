import "server-only";
import { Parser } from "htmlparser2";
import { getDomain } from "tldts";

/**
 * What the scan reads in a page's HTML (htmlparser2, a forgiving streaming parser): the links with
 * their text and rel, and the resources the page would load (scripts, images, frames, stylesheets,
 * preloads, media, embeds, objects), as absolute http(s) URLs. Inline JavaScript is read for the
 * absolute URLs it writes (the usual analytics snippets load their script that way); a data block
 * (`application/ld+json`, a template) loads nothing and is not read. Connection hints (`preconnect`,
 * `dns-prefetch`) load nothing either and are left out.
 */

export type TLink = { href: string; text: string; rel: string[] };
export type TPageRead = { links: TLink[]; resources: string[] };

/** The `rel` values of <link> whose href the browser fetches. */
const LINK_RELS = new Set(["stylesheet", "preload", "modulepreload", "prefetch", "icon", "shortcut", "apple-touch-icon", "manifest"]);

/** The `type` values of a <script> the browser runs (HTML's JavaScript MIME types, `module`, none). */
const isJavaScript = (type: string | undefined) => {
  const t = (type ?? "").split(";")[0]!.trim().toLowerCase();
  return t === "" || t === "module" || /^(?:text|application)\/(?:x-)?(?:java|ecma)script(?:1\.[0-5])?$/.test(t) || /^text\/(?:jscript|livescript)$/.test(t);
};

/** The attributes of each tag that name a resource to load. */
const SOURCE_ATTRIBUTES: Record<string, readonly string[]> = {
  script: ["src"],
  img: ["src", "srcset", "data-src"],
  iframe: ["src"],
  frame: ["src"],
  source: ["src", "srcset"],
  embed: ["src"],
  object: ["data"],
  video: ["src", "poster"],
  audio: ["src"],
  track: ["src"],
  input: ["src"],
  image: ["href", "xlink:href"],
};

const URL_IN_SCRIPT = /https?:\/\/[a-z0-9.-]+(?::\d+)?(?:\/[^\s"'`<>()\\]*)?/gi;
const TEXT_MAX = 200;

function absolute(raw: string, base: URL): string | null {
  const value = raw.trim();
  if (value === "" || value.startsWith("data:") || value.startsWith("javascript:")) return null;
  try {
    const url = new URL(value.startsWith("//") ? `${base.protocol}${value}` : value, base);
    if (url.protocol !== "http:" && url.protocol !== "https:") return null;
    url.hash = "";
    return url.href;
  } catch {
    return null;
  }
}

/** The URLs of a srcset: each candidate's first word. */
const srcsetUrls = (value: string) =>
  value
    .split(",")
    .map((c) => c.trim().split(/\s+/)[0] ?? "")
    .filter((s) => s !== "");

export function readHtml(htmlText: string, pageUrl: string): TPageRead {
  let base = new URL(pageUrl);
  const links: TLink[] = [];
  const resources = new Set<string>();
  let anchor: { href: string; rel: string[]; text: string } | null = null;
  let inScript = false;
  let scriptRuns = false;
  let scriptText = "";
  const add = (raw: string | undefined) => {
    if (raw === undefined) return;
    const url = absolute(raw, base);
    if (url !== null) resources.add(url);
  };
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === "base" && attributes.href !== undefined) {
          const url = absolute(attributes.href, base);
          if (url !== null) base = new URL(url);
        }
        if (name === "a" || name === "area") {
          if (anchor !== null) links.push(anchor);
          const href = attributes.href === undefined ? null : absolute(attributes.href, base);
          anchor = href === null ? null : { href, rel: (attributes.rel ?? "").toLowerCase().split(/\s+/).filter(Boolean), text: attributes["aria-label"] ?? attributes.title ?? "" };
        }
        if (name === "link" && attributes.href !== undefined) {
          const rel = (attributes.rel ?? "").toLowerCase().split(/\s+/).filter(Boolean);
          if (rel.some((r) => LINK_RELS.has(r))) add(attributes.href);
          const href = absolute(attributes.href, base);
          if (href !== null && rel.includes("privacy-policy")) links.push({ href, rel, text: "" });
        }
        // A script of another type (a data block, or one a consent manager holds as `text/plain`) is not run.
        const runs = name !== "script" || isJavaScript(attributes.type);
        for (const attribute of runs ? (SOURCE_ATTRIBUTES[name] ?? []) : []) {
          const value = attributes[attribute];
          if (value === undefined) continue;
          if (attribute === "srcset") srcsetUrls(value).forEach(add);
          else add(value);
        }
        if (name === "script") {
          inScript = true;
          scriptRuns = runs && attributes.src === undefined;
          scriptText = "";
        }
      },
      ontext(text) {
        if (inScript) scriptText += text;
        else if (anchor !== null && anchor.text.length < TEXT_MAX) anchor.text += text;
      },
      onclosetag(name) {
        if ((name === "a" || name === "area") && anchor !== null) {
          links.push(anchor);
          anchor = null;
        }
        if (name === "script" && inScript) {
          inScript = false;
          if (scriptRuns) for (const match of scriptText.slice(0, 200_000).matchAll(URL_IN_SCRIPT)) add(match[0]);
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(htmlText);
  parser.end();
  const clean = (text: string) => text.replace(/\s+/g, " ").trim().slice(0, TEXT_MAX);
  return { links: links.map((l) => ({ ...l, text: clean(l.text) })), resources: [...resources] };
}

/** A host's site: its registrable domain (public suffix list, via tldts), or the host itself (an address, `localhost`). */
export function siteOf(url: string): string {
  const host = new URL(url).hostname.toLowerCase();
  return getDomain(host, { allowPrivateDomains: true }) ?? host;
}

export const sameSite = (a: string, b: string) => siteOf(a) === siteOf(b);

const POLICY_WORDS = /confidentialit|donn[ée]es personnelles|vie priv[ée]e|protection des donn[ée]es|privacy|data protection|datenschutz|\brgpd\b|\bgdpr\b/i;
const POLICY_HREF = /confidentialit|donnees-personnelles|donnees_personnelles|vie-privee|privacy|data-protection|rgpd|gdpr/i;
const LOGIN_WORDS = /\bconnexion\b|se connecter|s['’]identifier|\blog ?in\b|\bsign ?in\b|\bse loguer\b|espace (client|membre|enseignant|élève)/i;
const LOGIN_HREF = /connexion|login|log-in|signin|sign-in|sign_in|auth/i;

/** The privacy policy's links of a page, same site only: rel="privacy-policy" first, then by their words. */
export function policyLinks(read: TPageRead, pageUrl: string, max: number): string[] {
  const candidates = read.links.filter((l) => sameSite(l.href, pageUrl));
  const ranked = [
    ...candidates.filter((l) => l.rel.includes("privacy-policy")),
    ...candidates.filter((l) => POLICY_WORDS.test(l.text)),
    ...candidates.filter((l) => POLICY_HREF.test(new URL(l.href).pathname)),
  ];
  return [...new Set(ranked.map((l) => l.href))].filter((href) => href !== pageUrl).slice(0, max);
}

/** The login page's link of a page, same site only, by its words then its address. */
export function loginLink(read: TPageRead, pageUrl: string): string | null {
  const candidates = read.links.filter((l) => sameSite(l.href, pageUrl) && l.href !== pageUrl);
  const found = candidates.find((l) => LOGIN_WORDS.test(l.text)) ?? candidates.find((l) => LOGIN_HREF.test(new URL(l.href).pathname));
  return found?.href ?? null;
}

/** The resources of other sites a page loads. */
export const thirdPartyResources = (read: TPageRead, pageUrl: string) => read.resources.filter((url) => !sameSite(url, pageUrl));
