/**
 * The import rules between layers (docs/architecture.md). `npm run check:imports` (part of
 * `npm test`) fails on a wrong import and names the rule it breaks, with the reason below.
 *
 *   lib/domain  ←  lib/i18n  ←  lib/render  ←  lib/server  ←  app/
 *        ↑             ↑
 *      lib/browser, components/
 */
const NOT_A_TEST = "\\.test\\.tsx?$";

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "domain-is-pure",
      comment: "lib/domain is pure and isomorphic: it imports lib/domain and zod only, never i18n, rendering, server, browser or UI code.",
      severity: "error",
      from: { path: "^lib/domain/" },
      to: { path: "^(lib/(i18n|render|server|browser)|components|app|i18n)/" },
    },
    {
      name: "domain-has-no-framework",
      comment: "lib/domain knows nothing of React, the PDF, Next.js, Node or the database: its only package is zod.",
      severity: "error",
      from: { path: "^lib/domain/", pathNot: `${NOT_A_TEST}|^lib/domain/scan/` },
      to: { dependencyTypes: ["npm", "npm-dev", "npm-optional", "npm-peer", "npm-no-pkg", "npm-unknown", "core"], pathNot: "^node_modules/zod/" },
    },
    {
      name: "domain-scan-reads-html-only",
      comment: "lib/domain/scan reads the scanned pages' HTML with htmlparser2 (pure JavaScript, isomorphic); besides it, zod only.",
      severity: "error",
      from: { path: "^lib/domain/scan/", pathNot: NOT_A_TEST },
      to: { dependencyTypes: ["npm", "npm-dev", "npm-optional", "npm-peer", "npm-no-pkg", "npm-unknown", "core"], pathNot: "^node_modules/(zod|htmlparser2)/" },
    },
    {
      name: "i18n-reads-only-the-domain",
      comment: "lib/i18n (locales, formatting) imports lib/domain only: never rendering, server or browser code.",
      severity: "error",
      from: { path: "^lib/i18n/" },
      to: { path: "^(lib/(render|server|browser)|components|app)/" },
    },
    {
      name: "render-is-below-the-server",
      comment: "lib/render (PDF, documents, text outputs) imports lib/domain and lib/i18n, never lib/server, lib/browser or UI code.",
      severity: "error",
      from: { path: "^lib/render/" },
      to: { path: "^(lib/(server|browser)|components|app)/" },
    },
    {
      name: "server-is-not-the-browser",
      comment: "lib/server imports domain, i18n and render, never browser or UI code.",
      severity: "error",
      from: { path: "^lib/server/" },
      to: { path: "^(lib/browser|components|app)/" },
    },
    {
      name: "browser-reads-domain-and-i18n",
      comment: "lib/browser (local storage, drafts, api client) imports lib/domain and lib/i18n only.",
      severity: "error",
      from: { path: "^lib/browser/" },
      to: { path: "^(lib/(render|server)|components|app)/" },
    },
    {
      name: "components-never-import-server-or-render",
      comment: "components/ also run in the browser: they never import lib/server or lib/render (the page passes the value as a prop, or the component asks a route).",
      severity: "error",
      from: { path: "^components/" },
      to: { path: "^lib/(server|render)/" },
    },
    {
      name: "test-helpers-stay-in-tests",
      comment: "lib/testing is for tests: production code never imports it.",
      severity: "error",
      from: { path: "^(lib|components|app|i18n)/", pathNot: `${NOT_A_TEST}|^lib/testing/` },
      to: { path: "^lib/testing/" },
    },
    {
      name: "no-circular",
      comment: "An import loop: move the part both modules need into a module of its own.",
      severity: "error",
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "(^|/)(node_modules|\\.next)/" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: { exportsFields: ["exports"], conditionNames: ["import", "require", "node", "default"], extensions: [".ts", ".tsx", ".js", ".mjs", ".json"] },
  },
};
