import type { TMessages } from "./messages";

/**
 * A part of the messages: a namespace ("Form"), or one part of every entry of a namespace
 * ("Rules.*.question"). Typed against the French messages, so a renamed namespace breaks the build.
 */
export type TMessagePath = keyof TMessages | `${keyof TMessages}.*.${string}`;

/** The namespaces the result, saved-assessment, catalogue, comparison and register pages read. */
const WORKSPACE: readonly TMessagePath[] = [
  "LanguageSwitch", "Form", "FormErrors", "Evidence", "Result",
  "Answers", "Severity", "Verdict", "DomainStatus", "Conditions", "Reference", "Applies", "Modifiers", "Dpia", "Sources",
  "Domains", "Rules", "Modes", "ResultPage", "ParentsVerdict", "ParentsQuestions", "ResultDocuments", "Decision",
  "Save", "SavedAssessment", "PublicCatalogue", "ImportFile", "Register", "LinkSafety", "ForgetHere", "Drafts", "Controller", "VendorOnline",
];

/**
 * The messages each part of the site sends to the browser: the namespaces its client components
 * read (the rest — API errors, CLI, PDF, exports, server-rendered texts — stays on the server). A
 * part's provider replaces the shell's messages, it does not add to them: a part lists every
 * namespace read below it. The start page and the form are the first pages a school opens, often
 * on an old laptop: they carry a small part of the workspace's messages (`npm run bench` gives
 * their HTML's weight). The browser tests fail on any message a client component asks for and was
 * not sent (e2e/support/intl-guard.ts).
 */
export const CLIENT_MESSAGES = {
  /** The header and footer around every page (the language switch). */
  shell: ["LanguageSwitch"],
  /** The start page, with the import of an answers file into a new draft. */
  start: ["Start", "Modes", "ImportFile", "Drafts"],
  /** "Forget on this computer" on the start page (shown only when this browser holds something). */
  forget: ["ForgetHere"],
  /** The form: questions, help and options, but none of the findings' remedies or letters; the public scan's results. */
  assess: [
    "Form", "FormErrors", "Evidence", "Scan", "Review", "Nav", "Modes", "Save", "Drafts", "Answers", "Domains", "Modifiers", "Reference", "Applies", "Sources",
    "Rules.*.question", "Rules.*.help", "Rules.*.options",
  ],
  workspace: WORKSPACE,
  /** The vendor's page (its questions' texts come from the API, in the link's language). */
  vendor: ["LanguageSwitch", "VendorPage"],
} as const satisfies Record<string, readonly TMessagePath[]>;

export type TClientMessageScope = keyof typeof CLIENT_MESSAGES;

type TTree = { readonly [key: string]: unknown };

const isTree = (value: unknown): value is TTree =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function pick(node: unknown, segments: readonly string[]): unknown {
  const [head, ...rest] = segments;
  if (head === undefined) return node;
  if (!isTree(node)) return undefined;
  const keys = head === "*" ? Object.keys(node) : Object.hasOwn(node, head) ? [head] : [];
  // Plain objects (React passes no null-prototype object to a client component); "__proto__" would
  // set the prototype instead of a key, and no message is called that.
  const out: Record<string, unknown> = {};
  for (const key of keys.filter((k) => k !== "__proto__")) {
    const picked = pick(node[key], rest);
    if (picked !== undefined) out[key] = picked;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

function merge(a: unknown, b: unknown): unknown {
  if (!isTree(a) || !isTree(b)) return b;
  const out: Record<string, unknown> = { ...a };
  for (const [key, value] of Object.entries(b)) out[key] = Object.hasOwn(a, key) ? merge(a[key], value) : value;
  return out;
}

/** The part of `messages` that `paths` name (a path that names nothing adds nothing). */
export function pickMessages(messages: TTree, paths: readonly string[]): Record<string, unknown> {
  let out: unknown = {};
  for (const path of paths) {
    const picked = pick(messages, path.split("."));
    if (picked !== undefined) out = merge(out, picked);
  }
  return out as Record<string, unknown>;
}
