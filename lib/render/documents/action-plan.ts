import { buildConditions } from "../report/sections/conditions";
import { documentShell, type TDocContext } from "./context";
import type { TBlock, TCell, TDocumentViewModel } from "./types";

const AP = "Documents.actionPlan";

/**
 * The action plan: every condition and every school check, in the report's order, with its
 * severity and the owner and due date the user set in the answers document ("to be set" if not).
 */
export function buildActionPlan(ctx: TDocContext): TDocumentViewModel {
  const { t, doc } = ctx;
  const { items } = buildConditions(ctx);
  const toSet = t("Documents.common.toSet");
  const header = (k: "number" | "action" | "severity" | "owner" | "due") => t(`${AP}.headers.${k}`);
  const blocks: TBlock[] = [{ type: "paragraph", text: t(`${AP}.intro`), style: "lead" }];
  if (items.length === 0) {
    blocks.push({ type: "paragraph", text: t(`${AP}.empty`), style: "box" });
  } else {
    blocks.push(
      {
        type: "paragraph",
        text: t(`${AP}.summary`, {
          count: items.length,
          owners: items.filter((i) => i.owner !== "").length,
          dues: items.filter((i) => i.due !== "").length,
        }),
      },
      {
        type: "table",
        columns: [
          { header: header("number"), width: 30 },
          { header: header("action"), width: "flex" },
          { header: header("severity"), width: 64 },
          { header: header("owner"), width: 82 },
          { header: header("due"), width: 70 },
        ],
        rows: items.map((item, i): TCell[] => [
          { text: String(i + 1) },
          {
            kicker: t(`${AP}.kinds.${item.kind}`),
            text: item.text,
            details: item.note === "" ? item.details : [item.note, ...item.details],
          },
          item.severity === null ? { text: "—" } : { text: item.severityLabel, severity: item.severity },
          { text: item.owner === "" ? toSet : item.owner },
          { text: item.due === "" ? toSet : item.due },
        ]),
      },
    );
  }
  return documentShell(ctx, "action-plan", t(`${AP}.title`, { service: doc.service.name }), blocks);
}
