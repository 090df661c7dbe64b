import { readFile, writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { CATALOGUE } from "@/lib/domain/catalogue";
import { evaluate } from "@/lib/domain/engine";
import { DEFAULT_LOCALE, isLocale, LOCALES } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";
import { reportFilename, summaryFilename } from "@/lib/domain/assessment/filename";
import { DEFAULT_REPORT_PART, isReportPart, REPORT_PARTS } from "@/lib/domain/report-parts";
import { renderReportPdf } from "@/lib/render/report/render";
import { renderBilingualReportPdf, renderDocument } from "@/lib/render/documents/render";
import { BILINGUAL, DOCUMENT_KINDS, documentsFor, FORMATS_OF, isDocumentKind, isFormatOf, isOfferedIn } from "@/lib/domain/documents";
import { toFieldIssues, ZAnswersDocumentSchema } from "@/lib/domain/schema";

export interface TCliIo {
  out: (s: string) => void;
  err: (s: string) => void;
}

/** Exit codes: 0 done, 1 bad input file, 2 bad command line. */
export async function runReportCli(argv: string[], io: TCliIo): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        lang: { type: "string", short: "l", default: DEFAULT_LOCALE },
        output: { type: "string", short: "o" },
        json: { type: "boolean", default: false },
        document: { type: "string", short: "d" },
        format: { type: "string", short: "f" },
        part: { type: "string", short: "p", default: DEFAULT_REPORT_PART },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (e) {
    io.err(`${translatorFor(DEFAULT_LOCALE)("Cli.badOption", { detail: (e as Error).message })}\n`);
    return 2;
  }
  const lang = args.values.lang ?? DEFAULT_LOCALE;
  const t = translatorFor(isLocale(lang) ? lang : DEFAULT_LOCALE);
  const usage = `${t("Cli.usage")}\n${t("Cli.documentUsage")}\n`;
  if (args.values.help) {
    io.out(usage);
    return 0;
  }
  // The bilingual report (fr-en) exists for the report only, not for the documents.
  const bilingual = lang === BILINGUAL && args.values.document === undefined;
  if (!isLocale(lang) && !bilingual) {
    io.err(`${t("Cli.badLang", { lang, allowed: LOCALES.join(", ") })}\n`);
    return 2;
  }
  const kind = args.values.document;
  if (kind !== undefined && !isDocumentKind(kind)) {
    io.err(`${t("Cli.badDocument", { document: kind, allowed: DOCUMENT_KINDS.join(", ") })}\n`);
    return 2;
  }
  const format = args.values.format ?? "pdf";
  const formats = kind === undefined ? (["pdf"] as const) : FORMATS_OF[kind];
  if (!(formats as readonly string[]).includes(format)) {
    io.err(`${t("Cli.badFormat", { format, allowed: formats.join(", ") })}\n`);
    return 2;
  }
  const part = args.values.part ?? DEFAULT_REPORT_PART;
  if (!isReportPart(part)) {
    io.err(`${t("Cli.badPart", { part, allowed: REPORT_PARTS.join(", ") })}\n`);
    return 2;
  }
  const [file, ...extra] = args.positionals;
  if (file === undefined || extra.length > 0) {
    io.err(usage);
    return 2;
  }

  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, "utf8"));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    io.err(`${t(code === "ENOENT" ? "Cli.notFound" : e instanceof SyntaxError ? "Cli.notJson" : "Cli.unreadable", { file })}\n`);
    return 1;
  }
  const parsed = ZAnswersDocumentSchema.safeParse(json);
  if (!parsed.success) {
    io.err(`${t("Cli.invalid", { file })}\n`);
    for (const issue of toFieldIssues(parsed.error, json)) {
      const key = t.has(`ApiErrors.fields.${issue.code}`) ? `ApiErrors.fields.${issue.code}` : "ApiErrors.fields.other";
      io.err(`  - ${t(key, { field: issue.field, allowed: issue.allowed?.join(", ") ?? "" })}\n`);
    }
    return 1;
  }

  if (args.values.json) {
    io.out(`${JSON.stringify(evaluate(parsed.data.answers, CATALOGUE), null, 2)}\n`);
    return 0;
  }
  if (kind !== undefined && !isOfferedIn(kind, parsed.data.mode)) {
    io.err(`${t("Cli.notForMode", { document: kind, allowed: documentsFor(parsed.data.mode).join(", ") })}\n`);
    return 2;
  }
  if (kind !== undefined && isLocale(lang) && isFormatOf(kind, format)) {
    const rendered = await renderDocument(parsed.data, kind, lang, format);
    const output = args.values.output ?? rendered.filename;
    await writeFile(output, rendered.body);
    io.out(`${t("Cli.written", { file: output })}\n`);
    return 0;
  }
  const name = part === "summary" ? summaryFilename : reportFilename;
  const output = args.values.output ?? name(parsed.data.service.name, lang);
  await writeFile(output, isLocale(lang) ? await renderReportPdf(parsed.data, lang, {}, part) : await renderBilingualReportPdf(parsed.data, {}, part));
  io.out(`${t("Cli.written", { file: output })}\n`);
  return 0;
}
