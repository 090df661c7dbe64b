import { dpiaCriterionKey } from "@/lib/domain/catalogue";
import { DPIA_MESSAGE } from "@/lib/domain/catalogue/message-keys";
import { buildDpia } from "../report/sections/dpia";
import { documentShell, type TDocContext } from "./context";
import type { TBlock, TDocumentViewModel } from "./types";

const DP = "Documents.dpia";

/**
 * The DPIA indicator explained: the result, what it means, every criterion with the answer that
 * decides it, where the DPIA stands, the next steps and the CNIL's PIA tool.
 */
export function buildDpiaDocument(ctx: TDocContext): TDocumentViewModel {
  const { t, doc, catalogue, evaluation } = ctx;
  const report = buildDpia(ctx);
  const met = new Set(evaluation.dpia.criteria);
  const unknown = new Set(evaluation.dpia.unknown);
  const notApplicable = new Set(evaluation.domains.flatMap((d) => d.notApplicable));
  const state = DPIA_MESSAGE[evaluation.dpia.status];
  const blocks: TBlock[] = [
    { type: "paragraph", text: t(`${DP}.intro`), style: "lead" },
    { type: "heading", level: 2, text: t(`${DP}.statusHeading`) },
    { type: "paragraph", text: `${report.statusLabel}. ${report.summary}`, style: "box" },
    { type: "heading", level: 2, text: t(`${DP}.meaningHeading`) },
    {
      type: "paragraph",
      // A type on the CNIL's list leaves no presumption to set aside: the DPIA is mandatory.
      text: t(
        (evaluation.dpia.listed?.length ?? 0) > 0
          ? `${DP}.meaningListed`
          : state === "required" && ctx.answer("CTX-02") === "staff"
            ? `${DP}.meaningStaff`
            : `${DP}.meaning.${state}`,
        { dpoWho: ctx.dpoWho },
      ),
    },
    { type: "heading", level: 2, text: t(`${DP}.criteriaHeading`) },
    { type: "paragraph", text: report.criteriaHeading, style: "muted" },
    {
      type: "table",
      columns: [
        { header: t(`${DP}.headers.criterion`), width: "flex" },
        { header: t(`${DP}.headers.met`), width: 48 },
        { header: t(`${DP}.headers.answer`), width: 190 },
      ],
      rows: catalogue.dpiaCriteria.map((c) => {
        // The deciding questions that apply (one that does not apply decides nothing).
        const rules = c.when === "always" ? [] : c.when.map((w) => w.rule).filter((id) => !notApplicable.has(id));
        return [
          { text: t(dpiaCriterionKey(c.id, "label")), details: [t(dpiaCriterionKey(c.id, "explanation"))] },
          { text: t(met.has(c.id) ? `${DP}.met` : unknown.has(c.id) ? `${DP}.unknown` : `${DP}.notMet`) },
          rules.length === 0
            ? { text: "—" }
            : {
                text: rules.map((id) => (rules.length === 1 ? ctx.answerLabel(id) : t(`${DP}.answerOf`, { id, answer: ctx.answerLabel(id) }))).join(ctx.separator),
                details: rules.map((id) => `${id} · ${ctx.questionText(id)}`),
              },
        ];
      }),
    },
    ...report.method.map((text): TBlock => ({ type: "paragraph", text, style: "muted" })),
  ];
  if (report.answerGiven.label !== "") {
    blocks.push(
      { type: "heading", level: 2, text: t(`${DP}.doneHeading`) },
      { type: "facts", rows: [{ label: report.answerGiven.label, value: report.answerGiven.value, toComplete: false }] },
    );
  }
  blocks.push(
    { type: "heading", level: 2, text: report.nextStepsHeading },
    { type: "list", items: report.nextSteps },
    { type: "heading", level: 2, text: t(`${DP}.toolHeading`) },
    { type: "paragraph", text: t(`${DP}.tool`) },
  );
  return documentShell(ctx, "dpia", t(`${DP}.title`, { service: doc.service.name }), blocks);
}
