import { verdictKey } from "@/lib/domain/catalogue";
import { formatDate } from "@/lib/i18n/format";
import { decidedBy } from "../report/sections/decision";
import { capitalise, controllerText, documentShell, type TDocContext } from "./context";
import type { TBlock, TDocumentViewModel, TFactRow } from "./types";

const DE = "Documents.decision";

/**
 * The controller's decision, one page to sign and file: the service, the controller and Vigie's
 * verdict, the outcome with its conditions or reasons, who decides, the DPO's consultation and
 * opinion, the board and review dates, and signature lines. The title, the signatory's role, the
 * board and the DPO follow the kind of school (lib/domain/controller). Without a recorded decision,
 * the same page with lines to fill by hand.
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

  const keys = ctx.controllerKeys;
  const controller = controllerText(ctx);
  const blocks: TBlock[] = [
    { type: "paragraph", text: decision === undefined ? `${t(keys.decisionIntro)} ${t(`${DE}.blankIntro`)}` : t(keys.decisionIntro), style: "lead" },
    { type: "heading", level: 2, text: t(`${DE}.serviceHeading`) },
    {
      type: "facts",
      rows: [
        fact(t(`${DE}.service`), doc.service.url === undefined ? doc.service.name : `${doc.service.name} (${doc.service.url})`),
        ...(doc.service.vendor === undefined ? [] : [fact(t(`${DE}.vendor`), doc.service.vendor)]),
        fact(t(`${DE}.school`), schoolValue),
        // The intro names the controller; the row is there when the answers leave it to complete.
        ...(ctx.hasBlank(controller) ? [{ label: t(`${DE}.controller`), value: capitalise(controller), toComplete: true }] : []),
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
        fact(t(`${DE}.byNameRole`), decision === undefined ? undefined : decidedBy(t, decision.by)),
        fact(t(keys.board), decision === undefined ? undefined : (date(decision.boardDate) ?? t(`${DE}.notGiven`))),
        fact(t(`${DE}.review`), decision === undefined ? undefined : (date(decision.reviewDate) ?? t(`${DE}.notGiven`))),
        // A refusal states its reasons (a refusal stored without reasons says none were recorded).
        ...(decision === undefined || decision.outcome === "refuse" || decision.reason !== undefined
          ? [fact(t(`${DE}.reason`), decision === undefined ? undefined : (decision.reason ?? t(`${DE}.notGiven`)))]
          : []),
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
  const opinionText = (favourable: boolean | undefined, opinion: string | undefined) => {
    const sense = favourable === undefined ? undefined : t(`${DE}.${favourable ? "favourable" : "unfavourable"}`);
    if (sense === undefined) return opinion ?? t(`${DE}.notGiven`);
    return opinion === undefined ? sense : t(`${DE}.senseAndOpinion`, { sense, opinion });
  };
  blocks.push(
    { type: "heading", level: 2, text: t(`${DE}.dpdHeading`) },
    {
      type: "facts",
      rows:
        dpd === undefined
          ? [
              { label: t(`${DE}.dpdConsulted`), value: t(`${DE}.dpdBlank`, { line }), toComplete: true },
              // The opinion's sense (favourable or not) is struck out by hand; the DPO's name goes in the signature box.
              { label: t(`${DE}.dpdOpinion`), value: t("Documents.common.labelValue", { label: `${t(`${DE}.favourable`)} / ${t(`${DE}.unfavourable`)}`, value: line }), toComplete: true },
            ]
          : dpd.consulted
            ? [
                fact(
                  t(`${DE}.dpdConsulted`),
                  [dpd.name === undefined ? t(`${DE}.yes`) : t(`${DE}.yesBy`, { name: dpd.name }), ...(dpd.date === undefined ? [] : [t(`${DE}.opinionOf`, { date: formatDate(locale, dpd.date) })])].join(", "),
                ),
                fact(t(`${DE}.dpdOpinion`), opinionText(dpd.favourable, dpd.opinion)),
              ]
            : [fact(t(`${DE}.dpdConsulted`), t(`${DE}.no`))],
    },
    {
      type: "signatures",
      items: (["head", "dpd"] as const).map((who) => ({
        label: t(who === "head" ? keys.signatory : keys.dpdSignature),
        lines: [
          `${t(`${DE}.signatureLines.name`)} ${who === "head" ? (decision?.by.name ?? "") : dpd?.consulted === true ? (dpd.name ?? "") : ""}`.trim(),
          `${t(`${DE}.signatureLines.date`)} ${who === "head" ? (date(decision?.date) ?? "") : ""}`.trim(),
          t(`${DE}.signatureLines.sign`),
        ],
      })),
    },
  );
  return documentShell(ctx, "decision", t(`${DE}.title`, { service: doc.service.name }), blocks, { documentName: t(keys.decisionTitle) });
}
