import { Text, View, StyleSheet } from "@react-pdf/renderer";
import type { TMatrix, TMatrixCell } from "../types";
import { Chip, Heading, Section } from "@/lib/render/kit/primitives";
import { styles } from "@/lib/render/kit/styles";
import { COLOURS, SEVERITY_TONES } from "@/lib/render/kit/theme";

const s = StyleSheet.create({
  grid: { borderWidth: 0.75, borderColor: COLOURS.line, marginTop: 6 },
  axisRow: { flexDirection: "row", backgroundColor: COLOURS.soft },
  row: { flexDirection: "row", borderTopWidth: 0.5, borderTopColor: COLOURS.line },
  rowHead: { width: 175, paddingVertical: 3, paddingHorizontal: 6, justifyContent: "center", borderRightWidth: 0.5, borderRightColor: COLOURS.line },
  rowTitle: { fontSize: 8.5, lineHeight: 1.3 },
  cell: { flex: 1, padding: 3, alignItems: "center", justifyContent: "center", minHeight: 25 },
  cellBorder: { borderLeftWidth: 0.5, borderLeftColor: COLOURS.line },
  main: { fontSize: 12, fontWeight: 700, lineHeight: 1.15 },
  sub: { fontSize: 7, lineHeight: 1.2, color: COLOURS.muted },
  columnAxis: { flex: 1, padding: 5, fontSize: 8, fontWeight: 700, lineHeight: 1.3, color: COLOURS.muted, textAlign: "center" },
});

function Cell({ cell, first }: { cell: TMatrixCell; first: boolean }) {
  const tone = SEVERITY_TONES[cell.severity];
  const filled = cell.confirmed > 0;
  return (
    <View style={[s.cell, first ? {} : s.cellBorder, filled ? { backgroundColor: tone.background } : {}]}>
      <Text style={[s.main, { color: filled ? tone.text : COLOURS.muted }]}>{cell.main}</Text>
      {cell.sub === "" ? null : <Text style={[s.sub, filled ? { color: tone.text } : {}]}>{cell.sub}</Text>}
    </View>
  );
}

export function MatrixSection({ matrix }: { matrix: TMatrix }) {
  return (
    <Section bookmark={{ title: matrix.heading, fit: true }} style={styles.section}>
      <View wrap={false}>
      <Heading level={1}>{matrix.heading}</Heading>
      <Text style={styles.paragraph}>{matrix.explanation[0]}</Text>
      <View style={s.grid}>
        <View style={s.axisRow}>
          <View style={s.rowHead} />
          <Text style={s.columnAxis}>{matrix.columnAxis}</Text>
        </View>
        <View style={[s.row, { backgroundColor: COLOURS.soft }]}>
          <View style={s.rowHead}>
            <Text style={[styles.th, { padding: 0 }]}>{matrix.rowAxis}</Text>
          </View>
          {matrix.columns.map((c, i) => (
            <View key={c.severity} style={[s.cell, i === 0 ? {} : s.cellBorder]}>
              <Chip label={c.label} tone={SEVERITY_TONES[c.severity]} />
            </View>
          ))}
        </View>
        {matrix.rows.map((r) => (
          <View key={r.id} style={s.row}>
            <View style={s.rowHead}>
              <Text style={s.rowTitle}>{r.title}</Text>
            </View>
            {r.cells.map((c, i) => (
              <Cell key={c.severity} cell={c} first={i === 0} />
            ))}
          </View>
        ))}
      </View>
      <Text style={[styles.small, { marginTop: 4 }]}>{matrix.legend}</Text>
      </View>
      {matrix.explanation.slice(1).map((p) => (
        <Text key={p} style={[styles.muted, { marginTop: 6 }]}>
          {p}
        </Text>
      ))}
    </Section>
  );
}
