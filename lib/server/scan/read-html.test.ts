import { describe, expect, it } from "vitest";
import { loginLink, policyLinks, readHtml, siteOf, thirdPartyResources } from "./read-html";

const PAGE = "https://www.vendor.fr/accueil";

const HTML = `<!doctype html><html><head>
<link rel="stylesheet" href="/site.css"><link rel="stylesheet" href="https://fonts.googleapis.com/css?family=Inter">
<link rel="preconnect" href="//cdn.vendor-cdn.net"><link rel="privacy-policy" href="/legal/donnees">
<link rel="canonical" href="https://tracker.example/not-loaded">
<script src="https://www.googletagmanager.com/gtag/js?id=G-1"></script>
<script>!function(f){f.src='https://connect.facebook.net/en_US/fbevents.js'}(document)</script>
</head><body>
<img src="/logo.png" srcset="https://img.vendor.fr/a.png 1x, https://cdn.imgix.net/b.png 2x">
<iframe src="https://www.youtube.com/embed/x#t=1"></iframe><object data="https://static.other.com/o.swf"></object>
<picture><source srcset="https://cdn.picture.io/p.webp"></picture><embed src="data:text/plain,x">
<a href="/connexion">  Se
 connecter </a><a href="/politique-de-confidentialite">Politique de confidentialit&eacute;</a>
<a href="https://www.vendor.fr/en/privacy">Privacy policy</a><a href="https://partner.example/privacy">Privacy (partner)</a>
<a href="mailto:dpo@vendor.fr">DPO</a><a href="/vie-privee"><span>Vie privée</span></a>
</body></html>`;

describe("readHtml", () => {
  const read = readHtml(HTML, PAGE);

  it("lists the resources a page loads, as absolute http(s) URLs without fragments", () => {
    expect(read.resources).toEqual(
      expect.arrayContaining([
        "https://www.vendor.fr/site.css",
        "https://fonts.googleapis.com/css?family=Inter",
        "https://www.googletagmanager.com/gtag/js?id=G-1",
        "https://connect.facebook.net/en_US/fbevents.js",
        "https://www.vendor.fr/logo.png",
        "https://cdn.imgix.net/b.png",
        "https://www.youtube.com/embed/x",
        "https://static.other.com/o.swf",
        "https://cdn.picture.io/p.webp",
      ]),
    );
    expect(read.resources.some((r) => r.startsWith("data:") || r.includes("tracker.example"))).toBe(false);
  });

  it("leaves out what the page never loads: connection hints, data blocks, scripts held as another type", () => {
    const page = readHtml(
      `<head><link rel="preconnect" href="https://www.facebook.com"><link rel="dns-prefetch" href="//connect.facebook.net">
<script type="application/ld+json">{"@context":"https://schema.org","sameAs":["https://www.facebook.com/classefacile","https://twitter.com/classefacile"]}</script>
<script type="text/plain" data-cookieconsent="statistics" src="https://www.googletagmanager.com/gtag/js?id=G-2"></script>
<script type="text/x-template"><a href="https://ads.example/x">x</a></script>
<script type="module">import("https://cdn.module-host.example/m.js")</script>
<script type="text/javascript">var s='https://static.hotjar.com/c/hotjar-1.js'</script>
<script type="application/javascript; charset=utf-8" src="https://www.google.com/recaptcha/api.js"></script></head>`,
      PAGE,
    );
    expect(page.resources.sort()).toEqual(["https://cdn.module-host.example/m.js", "https://static.hotjar.com/c/hotjar-1.js", "https://www.google.com/recaptcha/api.js"]);
  });

  it("keeps only other sites' resources as third parties (a subdomain is the same site)", () => {
    const third = thirdPartyResources(read, PAGE);
    expect(third).toContain("https://www.googletagmanager.com/gtag/js?id=G-1");
    expect(third).not.toContain("https://img.vendor.fr/a.png");
    expect(third).not.toContain("https://www.vendor.fr/site.css");
  });

  it("finds the login page and the policy pages of the same site", () => {
    expect(loginLink(read, PAGE)).toBe("https://www.vendor.fr/connexion");
    expect(policyLinks(read, PAGE, 10)).toEqual([
      "https://www.vendor.fr/legal/donnees",
      "https://www.vendor.fr/politique-de-confidentialite",
      "https://www.vendor.fr/en/privacy",
      "https://www.vendor.fr/vie-privee",
    ]);
    expect(policyLinks(read, PAGE, 2)).toHaveLength(2);
  });

  it("reads link texts decoded and in one line", () => {
    expect(read.links.find((l) => l.href.endsWith("/connexion"))?.text).toBe("Se connecter");
    expect(read.links.find((l) => l.href.endsWith("/politique-de-confidentialite"))?.text).toBe("Politique de confidentialité");
  });

  it("finds no login page or policy where the page links none", () => {
    const none = readHtml(`<a href="/tarifs">Tarifs</a><a href="https://login.other.com/">Log in</a>`, PAGE);
    expect(loginLink(none, PAGE)).toBeNull();
    expect(policyLinks(none, PAGE, 3)).toEqual([]);
  });

  it("names sites by their registrable domain", () => {
    expect(siteOf("https://a.b.vendor.co.uk/x")).toBe("vendor.co.uk");
    expect(siteOf("http://127.0.0.1:4100/")).toBe("127.0.0.1");
  });
});
