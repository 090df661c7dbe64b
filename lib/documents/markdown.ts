import type { TTranslate } from "../i18n/translator";
import type { TBlock, TCell, TDocumentViewModel } from "./types";

const cellText = (c: TCell) => [c.kicker, c.text, ...(c.details ?? [])].filter((s) => s !== undefined && s !== "").join(" · ");
const tableCell = (s: string) => s.replace(/\|/g, "\\|").replace(/\s*\n\s*/g, " ");
const oneLine = (s: string) => s.replace(/\s*\n\s*/g, " ");

function block(b: TBlock, t: TTranslate): string {
  switch (b.type) {
    case "heading":
      return `${"#".repeat(b.level)} ${oneLine(b.text)}`;
    case "paragraph":
      return b.style === "box" ? `> ${oneLine(b.text)}` : b.style === "muted" ? `_${oneLine(b.text)}_` : b.text;
    case "facts":
      return b.rows.map((r) => `- ${t("Documents.common.labelValue", { label: `**${r.label}**`, value: oneLine(r.value) })}`).join("\n");
    case "list":
      return b.items.map((i) => `- ${oneLine(i)}`).join("\n");
    case "questions":
      return b.items
        .map((q) =>
          [`### ${q.heading}`, q.text, ...q.notes.map((n) => t("Documents.common.labelValue", { label: `_${n.label}_`, value: oneLine(n.text) }))].join("\n\n"),
        )
        .join("\n\n");
    case "table": {
      const row = (cells: string[]) => `| ${cells.map(tableCell).join(" | ")} |`;
      return [row(b.columns.map((c) => c.header)), row(b.columns.map(() => "---")), ...b.rows.map((r) => row(r.map(cellText)))].join("\n");
    }
  }
}

/**
 * The document as Markdown, which also reads as plain text: to paste into an e-mail or a word
 * processor. Same blocks, same words as the PDF; a page banner (a draft not to be sent) is written at
 * the top and at the bottom.
 */
export function documentMarkdown(vm: TDocumentViewModel, t: TTranslate): string {
  const banner = vm.page.banner === undefined ? [] : [`> **${oneLine(vm.page.banner)}**`];
  const parts = [`# ${vm.title}`, `_${vm.kicker}_`, ...banner, ...vm.blocks.map((b) => block(b, t)), "---", ...banner, `_${vm.colophon}_`];
  return `${parts.join("\n\n")}\n`;
}
