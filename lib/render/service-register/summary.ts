import { VERDICTS, verdictKey } from "@/lib/domain/catalogue/message-keys";
import { capitalise } from "../documents/context";
import { documentFrame } from "../documents/shell";
import type { TBlock, TCell, TDocumentViewModel } from "../documents/types";
import { clauseSeparator, formatDate } from "@/lib/i18n/format";
import type { TLocale } from "@/lib/i18n/locales";
import { translatorFor, type TTranslate } from "@/lib/i18n/translator";
import { formatList } from "@/lib/i18n/format-reference";
import type { TRegisterEntry, TRegisterView } from "@/lib/domain/service-register/types";
import { filterRegisterEntries, type TRegisterFilters } from "@/lib/domain/service-register/filter-entries";

const RS = "Documents.registerSummary";

export interface TRegisterSummaryInput {
  register: Pick<TRegisterView, "name" | "createdAt" | "entries">;
  filters: TRegisterFilters;
  locale: TLocale;
  /** The summary's date (defaults to now). */
  now?: Date;
}

/** The filters applied, in words ("service or vendor containing “x”; verdict: …"), or "none". */
export function filtersText(t: TTranslate, f: TRegisterFilters): string {
  const parts = [
    ...(f.q === undefined ? [] : [t(`${RS}.filters.q`, { q: f.q })]),
    ...(f.verdict === undefined ? [] : [t(`${RS}.filters.verdicts`, { list: formatList(t.locale, f.verdict.map((v) => t(verdictKey(v, "label")))) })]),
    ...(f.reviewDue === undefined ? [] : [t(f.reviewDue ? `${RS}.filters.dueOnly` : `${RS}.filters.notDue`)]),
    ...(f.decision === undefined
      ? []
      : [t("Decision.register.filterText", { list: formatList(t.locale, f.decision.map((d) => t(d === "none" ? "Decision.register.none" : `Decision.outcomes.${d}`))) })]),
  ];
  return parts.length === 0 ? t(`${RS}.noFilter`) : capitalise(parts.join(clauseSeparator(t.locale)));
}

function servicesTable(t: TTranslate, locale: TLocale, entries: readonly TRegisterEntry[]): TBlock {
  const header = (k: "service" | "vendor" | "verdict" | "evaluated" | "review" | "overdue") => t(`${RS}.headers.${k}`);
  return {
    type: "table",
    columns: [
      { header: header("service"), width: "flex" },
      { header: header("vendor"), width: 80 },
      { header: header("verdict"), width: 84 },
      { header: t("Evidence.listTitle"), width: 50 },
      { header: header("evaluated"), width: 78 },
      { header: header("review"), width: 68 },
      { header: header("overdue"), width: 64 },
    ],
    rows: entries.map((e): TCell[] => [
      { text: e.serviceName },
      { text: e.vendor ?? t(`${RS}.noVendor`) },
      {
        text: t(verdictKey(e.verdict, "label", e.basis)),
        verdict: e.verdict,
        details: [
          e.decision === null
            ? t("Decision.register.none")
            : t("Decision.register.cell", { outcome: t(`Decision.outcomes.${e.decision.outcome}`), date: formatDate(locale, e.decision.date) }),
        ],
      },
      { text: t("Evidence.fraction", { sourced: e.sourcing.sourced, answered: e.sourcing.answered }) },
      { text: t(`${RS}.evaluated`, { date: formatDate(locale, e.evaluatedAt), round: e.round }) },
      { text: formatDate(locale, e.reviewDate) },
      e.reviewDue ? { text: t(`${RS}.overdue`), severity: "HIGH" } : { text: "—" },
    ]),
  };
}

/**
 * The register's summary as a document: what it is, the register's name and date, the filters
 * applied, the count of each verdict and of overdue reviews among the services listed, then one line
 * per service in the chosen order. Drawn as PDF by the documents' pipeline.
 */
export function buildRegisterSummary({ register, filters, locale, now = new Date() }: TRegisterSummaryInput): TDocumentViewModel {
  const t = translatorFor(locale);
  const entries = filterRegisterEntries(register.entries, filters);
  const total = register.entries.length;
  const title = register.name === null ? t(`${RS}.title`) : t(`${RS}.titleFor`, { name: register.name });
  const count = (n: number) => t(`${RS}.count`, { count: n });
  const overdue = entries.filter((e) => e.reviewDue).length;

  const blocks: TBlock[] = [
    { type: "paragraph", text: t(`${RS}.intro`), style: "lead" },
    {
      type: "facts",
      rows: [
        { label: t(`${RS}.facts.register`), value: register.name ?? t(`${RS}.untitled`) },
        { label: t(`${RS}.facts.created`), value: formatDate(locale, register.createdAt) },
        { label: t(`${RS}.facts.listed`), value: t(`${RS}.listed`, { count: entries.length, total }) },
        { label: t(`${RS}.facts.filters`), value: filtersText(t, filters) },
        { label: t(`${RS}.facts.order`), value: t(`Register.sorts.${filters.sort}`) },
      ].map((r) => ({ ...r, toComplete: false })),
    },
  ];
  if (entries.length === 0) {
    blocks.push({ type: "paragraph", text: t(total === 0 ? `${RS}.empty` : `${RS}.emptyFiltered`), style: "box" });
  } else {
    blocks.push(
      { type: "heading", level: 2, text: t(`${RS}.countsHeading`) },
      { type: "paragraph", text: t(`${RS}.countsIntro`) },
      {
        type: "facts",
        rows: [
          ...VERDICTS.map((v) => ({ label: t(verdictKey(v, "label")), value: count(entries.filter((e) => e.verdict === v).length) })),
          { label: t(`${RS}.overdueLabel`), value: count(overdue) },
        ].map((r) => ({ ...r, toComplete: false })),
      },
      ...(overdue > 0 ? [{ type: "paragraph" as const, text: t(`${RS}.overdueBox`, { count: overdue }), style: "box" as const }] : []),
      { type: "heading", level: 2, text: t(`${RS}.servicesHeading`) },
      servicesTable(t, locale, entries),
    );
  }
  return documentFrame({
    kind: "register-summary",
    locale,
    t,
    now,
    title,
    subjectName: register.name ?? t(`${RS}.title`),
    blocks,
    colophon: t(`${RS}.generated`, { date: formatDate(locale, now), total }),
  });
}
