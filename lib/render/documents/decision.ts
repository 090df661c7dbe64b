import { verdictKey } from "@/lib/domain/catalogue";
import { formatDate } from "@/lib/i18n/format";
import { documentShell, type TDocContext } from "./context";
import type { TBlock, TDocumentViewModel, TFactRow } from "./types";

const DE = "Documents.decision";

/** Which board the decision is presented to: the conseil d'école of a primary school, else the conseil d'administration. */
export function boardOf(ctx: Pick<TDocContext, "answer">): "primary" | "secondary" | "either" {
  switch (ctx.answer("CTX-01")) {
    case "primary":
      return "primary";
    case "college":
    case "lycee":
      return "secondary";
    default:
      return "either";
  }
}

/**
 * The head of school's decision, one page to sign and file: the service and Vigie's verdict, the
 * outcome and its conditions, who decides, the DPD's consultation and opinion, the board and review
 * dates, and signature lines. Without a recorded decision, the same page with lines to fill by hand.
 */
export function buildDecisionDocument(ctx: TDocContext): TDocumentViewModel {
  const { t, doc, locale } = ctx;
  const decision = doc.decision;
  const line = t(`${DE}.line`);
  const fact = (label: string, value: string | undefined): TFactRow =>
    value === undefined ? { label, value: line, toComplete: true } : { label, value, toComplete: false };
  const date = (d: string | undefined) => (d === undefined ? undefined : formatDate(locale, d));
  const school = doc.school?.name ?? doc.school?.uai;
  const schoolValue =
    doc.school?.name !== undefined && doc.school.uai !== undefined ? t("Report.cover.schoolWithUai", { name: doc.school.name, uai: doc.school.uai }) : school;

  const blocks: TBlock[] = [
    { type: "paragraph", text: decision === undefined ? `${t(`${DE}.intro`)} ${t(`${DE}.blankIntro`)}` : t(`${DE}.intro`), style: "lead" },
    { type: "heading", level: 2, text: t(`${DE}.serviceHeading`) },
    {
      type: "facts",
      rows: [
        fact(t(`${DE}.service`), doc.service.url === undefined ? doc.service.name : `${doc.service.name} (${doc.service.url})`),
        ...(doc.service.vendor === undefined ? [] : [fact(t(`${DE}.vendor`), doc.service.vendor)]),
        fact(t(`${DE}.school`), schoolValue),
        fact(
          t(`${DE}.verdict`),
          t(`${DE}.verdictValue`, { verdict: t(verdictKey(ctx.evaluation.verdict, "label", ctx.evaluation.basis)), date: formatDate(locale, ctx.now) }),
        ),
      ],
    },
    { type: "heading", level: 2, text: t(`${DE}.decisionHeading`) },
    {
      type: "facts",
      rows: [
        decision === undefined
          ? { label: t(`${DE}.outcome`), value: t(`${DE}.outcomeBlank`), toComplete: true }
          : fact(t(`${DE}.outcome`), t(`Decision.outcomes.${decision.outcome}`)),
        fact(t(`${DE}.date`), date(decision?.date)),
        fact(t(`${DE}.byName`), decision?.by.name),
        fact(t(`${DE}.byRole`), decision === undefined ? undefined : (decision.by.role ?? t(`${DE}.notGiven`))),
        fact(t(`${DE}.board.${boardOf(ctx)}`), decision === undefined ? undefined : (date(decision.boardDate) ?? t(`${DE}.notGiven`))),
        fact(t(`${DE}.review`), decision === undefined ? undefined : (date(decision.reviewDate) ?? t(`${DE}.notGiven`))),
      ],
    },
  ];
  if (decision === undefined || decision.outcome === "conditions") {
    blocks.push(
      { type: "paragraph", text: t(`${DE}.conditionsIntro`) },
      { type: "list", items: decision?.conditions ?? [line, line] },
    );
  }
  const dpd = decision?.dpd;
  blocks.push(
    { type: "heading", level: 2, text: t(`${DE}.dpdHeading`) },
    {
      type: "facts",
      rows:
        dpd === undefined
          ? [
              { label: t(`${DE}.dpdConsulted`), value: t(`${DE}.dpdBlank`), toComplete: true },
              fact(t(`${DE}.dpdDate`), undefined),
              fact(t(`${DE}.dpdOpinion`), undefined),
            ]
          : dpd.consulted
            ? [
                fact(t(`${DE}.dpdConsulted`), t(`${DE}.yes`)),
                fact(t(`${DE}.dpdDate`), date(dpd.date) ?? t(`${DE}.notGiven`)),
                fact(t(`${DE}.dpdOpinion`), dpd.opinion ?? t(`${DE}.notGiven`)),
              ]
            : [fact(t(`${DE}.dpdConsulted`), t(`${DE}.no`))],
    },
    {
      type: "signatures",
      items: (["head", "dpd"] as const).map((who) => ({
        label: t(`${DE}.signature.${who}`),
        lines: [
          `${t(`${DE}.signatureLines.name`)} ${who === "head" && decision !== undefined ? decision.by.name : ""}`.trim(),
          `${t(`${DE}.signatureLines.date`)} ${who === "head" ? (date(decision?.date) ?? "") : ""}`.trim(),
          t(`${DE}.signatureLines.sign`),
        ],
      })),
    },
  );
  return documentShell(ctx, "decision", t(`${DE}.title`, { service: doc.service.name }), blocks);
}
