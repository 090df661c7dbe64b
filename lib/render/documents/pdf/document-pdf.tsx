import { StyleSheet, Text, View } from "@react-pdf/renderer";
import { BodyPage, Bullets, Chip, Heading, Section, TaggedText } from "@/lib/render/kit/primitives";
import { styles } from "@/lib/render/kit/styles";
import { COLOURS, SEVERITY_TONES, VERDICT_TONES } from "@/lib/render/kit/theme";
import type { TBlock, TCell, TColumn, TDocumentViewModel } from "../types";
import { VigieDocument } from "@/lib/render/kit/vigie-document";

const s = StyleSheet.create({
  kicker: { fontSize: 9, fontWeight: 700, lineHeight: 1.3, color: COLOURS.muted, marginBottom: 4 },
  lead: { fontSize: 10.5, lineHeight: 1.5, marginBottom: 8 },
  fact: { flexDirection: "row", borderBottomWidth: 0.5, borderBottomColor: COLOURS.line, paddingVertical: 4 },
  factLabel: { width: 175, fontSize: 8.5, lineHeight: 1.4, fontWeight: 700, color: COLOURS.muted, paddingRight: 8 },
  factValue: { flex: 1, fontSize: 9.5, lineHeight: 1.45 },
  toComplete: { backgroundColor: COLOURS.toCompleteBg },
  question: { borderLeftWidth: 3, borderLeftColor: COLOURS.brand, paddingLeft: 9, marginBottom: 9 },
  questionHeading: { fontSize: 8, fontWeight: 700, lineHeight: 1.3, color: COLOURS.brand, marginBottom: 2 },
  questionText: { fontSize: 10, lineHeight: 1.45, marginBottom: 3 },
  note: { fontSize: 8, lineHeight: 1.4, color: COLOURS.muted, marginTop: 1 },
  cellKicker: { fontSize: 7.5, lineHeight: 1.3, fontWeight: 700, color: COLOURS.muted },
  cellDetail: { fontSize: 7.5, lineHeight: 1.35, color: COLOURS.muted, marginTop: 2 },
  signatures: { flexDirection: "row", gap: 12, marginTop: 10 },
  signature: { flex: 1, borderWidth: 0.5, borderColor: COLOURS.line, padding: 8, minHeight: 80 },
  signatureLabel: { fontSize: 9, fontWeight: 700, lineHeight: 1.3, marginBottom: 6 },
  signatureLine: { fontSize: 9, lineHeight: 1.4, marginBottom: 9 },
  colophon: { fontSize: 8, lineHeight: 1.4, color: COLOURS.muted, marginTop: 14, borderTopWidth: 0.5, borderTopColor: COLOURS.line, paddingTop: 6 },
});


const columnStyle = (c: TColumn) => (c.width === "flex" ? { flex: 1 } : { width: c.width });

/** The chip's colours: the verdict's, else the severity's; none for plain text. */
const chipTone = (cell: TCell): (typeof SEVERITY_TONES)[keyof typeof SEVERITY_TONES] | null =>
  cell.verdict !== undefined ? VERDICT_TONES[cell.verdict] : cell.severity !== undefined ? SEVERITY_TONES[cell.severity] : null;

function Cell({ cell, column }: { cell: TCell; column: TColumn }) {
  const tone = chipTone(cell);
  return (
    <View style={[styles.td, columnStyle(column)]}>
      {cell.kicker === undefined ? null : <Text style={s.cellKicker}>{cell.kicker}</Text>}
      {tone === null ? <Text style={{ fontSize: 9, lineHeight: 1.4 }}>{cell.text}</Text> : <Chip label={cell.text} tone={tone} />}
      {(cell.details ?? []).map((d, i) => (
        <Text key={i} style={s.cellDetail}>
          {d}
        </Text>
      ))}
    </View>
  );
}

function Block({ block }: { block: TBlock }) {
  switch (block.type) {
    case "heading":
      return block.level === 2 ? (
        <TaggedText style={styles.h2} minPresenceAhead={60} bookmark={block.text} structType="H2">
          {block.text}
        </TaggedText>
      ) : (
        <Heading level={3}>{block.text}</Heading>
      );
    case "paragraph":
      return block.style === "box" ? (
        <Text style={[styles.box, styles.body]} wrap={false}>
          {block.text}
        </Text>
      ) : (
        <Text style={block.style === "lead" ? s.lead : block.style === "muted" ? [styles.muted, { marginBottom: 6 }] : styles.paragraph}>{block.text}</Text>
      );
    case "facts":
      return (
        <View style={[styles.table, styles.section]}>
          {block.rows.map((r, i) => (
            <View key={i} style={s.fact} wrap={false}>
              <Text style={s.factLabel}>{r.label}</Text>
              <Text style={[s.factValue, r.toComplete ? s.toComplete : {}]}>{r.value}</Text>
            </View>
          ))}
        </View>
      );
    case "list":
      return (
        <View style={styles.section}>
          <Bullets items={block.items} />
        </View>
      );
    case "questions":
      return (
        <View style={styles.section}>
          {block.items.map((q, i) => (
            <View key={i} style={s.question} wrap={false}>
              <Text style={s.questionHeading}>{q.heading}</Text>
              <Text style={s.questionText}>{q.text}</Text>
              {q.notes.map((n, j) => (
                <Text key={j} style={s.note}>
                  <Text style={styles.bold}>{n.label}</Text>
                  {` — ${n.text}`}
                </Text>
              ))}
            </View>
          ))}
        </View>
      );
    case "table":
      return (
        <View style={[styles.table, styles.section]}>
          <View style={styles.tableHeader} fixed>
            {block.columns.map((c, i) => (
              <Text key={i} style={[styles.th, columnStyle(c)]}>
                {c.header}
              </Text>
            ))}
          </View>
          {block.rows.map((row, i) => (
            <View key={i} style={styles.tableRow} wrap={false}>
              {row.map((cell, j) => {
                const column = block.columns[j];
                return column === undefined ? null : <Cell key={j} cell={cell} column={column} />;
              })}
            </View>
          ))}
        </View>
      );
    case "signatures":
      return (
        <View style={s.signatures} wrap={false}>
          {block.items.map((item, i) => (
            <View key={i} style={s.signature}>
              <Text style={s.signatureLabel}>{item.label}</Text>
              {item.lines.map((l, j) => (
                <Text key={j} style={s.signatureLine}>
                  {l}
                </Text>
              ))}
            </View>
          ))}
        </View>
      );
  }
}

/** One document (letter, notice, register entry, action plan, DPIA, register summary): the report's pages, fonts and styles. */
export function DocumentPdf({ vm }: { vm: TDocumentViewModel }) {
  return (
    <VigieDocument meta={vm.meta} language={vm.locale}>
      <BodyPage chrome={vm.page}>
        <Section bookmark={{ title: vm.title, fit: true }}>
          <Text style={s.kicker}>{vm.kicker}</Text>
          <Heading level={1}>{vm.title}</Heading>
        </Section>
        {vm.blocks.map((b, i) => (
          <Block key={i} block={b} />
        ))}
        <Text style={s.colophon}>{vm.colophon}</Text>
      </BodyPage>
    </VigieDocument>
  );
}
