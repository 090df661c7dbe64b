import type { TTranslate } from "@/lib/i18n/translator";
import type { TBlock, TCell, TDocumentViewModel } from "./types";

/**
 * A text as Markdown that shows it as written, and reads as written when the Markdown is pasted as
 * plain text: only what would become markup in its context is escaped, with a backslash. That is a
 * `<` that would open a tag, a `&` that would make an entity, the emphasis, code, strike-through and
 * table-cell characters, a `]` that would close a link, an image or a link definition (`](`, `][`,
 * `]:`), and what a line begins with (heading, quote, list, setext underline). A bare address
 * (`https://…`, `www.…`, `name@host`) is left as it is: a Markdown reader shows it as a link whose
 * text is the address itself, never another text or an image. Every text of a document goes through
 * it, as a service, school or owner name can be anything its author typed.
 */
export function markdownText(s: string): string {
  return s
    .replace(/[\\`*_|~]|&(?=#?\w+;)|<(?=[A-Za-z/!?])/g, "\\$&")
    .replace(/\](?=[([:])/g, "\\]")
    .replace(/^(\s*)([#>+-])/gm, "$1\\$2")
    .replace(/^(\s*\d+)([.)])/gm, "$1\\$2")
    .replace(/^(\s*)(=+\s*)$/gm, "$1\\$2");
}

const oneLine = (s: string) => markdownText(s.replace(/\s*\n\s*/g, " "));
const cellText = (c: TCell) => [c.kicker, c.text, ...(c.details ?? [])].filter((s) => s !== undefined && s !== "").join(" · ");

function block(b: TBlock, t: TTranslate): string {
  switch (b.type) {
    case "heading":
      return `${"#".repeat(b.level)} ${oneLine(b.text)}`;
    case "paragraph":
      return b.style === "box" ? `> ${oneLine(b.text)}` : b.style === "muted" ? `_${oneLine(b.text)}_` : markdownText(b.text);
    case "facts":
      return b.rows.map((r) => `- ${t("Documents.common.labelValue", { label: `**${oneLine(r.label)}**`, value: oneLine(r.value) })}`).join("\n");
    case "list":
      return b.items.map((i) => `- ${oneLine(i)}`).join("\n");
    case "questions":
      return b.items
        .map((q) =>
          [
            `### ${oneLine(q.heading)}`,
            markdownText(q.text),
            ...q.notes.map((n) => t("Documents.common.labelValue", { label: `_${oneLine(n.label)}_`, value: oneLine(n.text) })),
          ].join("\n\n"),
        )
        .join("\n\n");
    case "table": {
      const row = (cells: string[]) => `| ${cells.join(" | ")} |`;
      return [
        row(b.columns.map((c) => oneLine(c.header))),
        row(b.columns.map(() => "---")),
        ...b.rows.map((r) => row(r.map((c) => oneLine(cellText(c))))),
      ].join("\n");
    }
    case "signatures":
      // Each line ends with a Markdown line break (two spaces), so the lines stay apart when pasted.
      return b.items.map((i) => [`**${oneLine(i.label)}**  `, ...i.lines.map((l) => `${oneLine(l)}  `)].join("\n")).join("\n\n");
  }
}

/**
 * The document as Markdown, which also reads as plain text: to paste into an e-mail or a word
 * processor. Same blocks, same words as the PDF, every text escaped (markdownText); a page banner (a
 * draft not to be sent) is written at the top and at the bottom.
 */
export function documentMarkdown(vm: TDocumentViewModel, t: TTranslate): string {
  const banner = vm.page.banner === undefined ? [] : [`> **${oneLine(vm.page.banner)}**`];
  const parts = [`# ${oneLine(vm.title)}`, `_${oneLine(vm.kicker)}_`, ...banner, ...vm.blocks.map((b) => block(b, t)), "---", ...banner, `_${oneLine(vm.colophon)}_`];
  return `${parts.join("\n\n")}\n`;
}
