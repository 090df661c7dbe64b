import { Text, View, StyleSheet } from "@react-pdf/renderer";
import type { TAnnex, TAnnexRow } from "../types";
import { Heading, Section } from "@/lib/render/kit/primitives";
import { styles } from "@/lib/render/kit/styles";
import { COLOURS } from "@/lib/render/kit/theme";

const s = StyleSheet.create({
  group: { marginTop: 10 },
  groupTitle: { fontSize: 10.5, fontWeight: 700, lineHeight: 1.3, color: COLOURS.brand, marginBottom: 3 },
  colId: { width: 52 },
  colQuestion: { flex: 1 },
  colAnswer: { width: 150 },
  id: { fontSize: 8, fontWeight: 700, lineHeight: 1.4, color: COLOURS.brand },
  cell: { fontSize: 8.5, lineHeight: 1.4, paddingVertical: 3, paddingHorizontal: 4 },
});

const ANSWER_STYLE: Record<TAnnexRow["state"], { color: string; fontWeight: 400 | 700 }> = {
  answered: { color: COLOURS.ink, fontWeight: 700 },
  unknown: { color: COLOURS.muted, fontWeight: 700 },
  not_answered: { color: COLOURS.muted, fontWeight: 400 },
  not_applicable: { color: COLOURS.muted, fontWeight: 400 },
};

function Row({ r }: { r: TAnnexRow }) {
  return (
    <View style={styles.tableRow} wrap={false}>
      <Text style={[s.cell, s.colId, s.id]}>{r.id}</Text>
      <Text style={[s.cell, s.colQuestion]}>{r.question}</Text>
      <Text style={[s.cell, s.colAnswer, ANSWER_STYLE[r.state]]}>{r.answer}</Text>
    </View>
  );
}

export function AnnexSection({ annex }: { annex: TAnnex }) {
  const h = annex.headers;
  return (
    <Section bookmark={{ title: annex.heading, fit: true }}>
      <Heading level={1}>{annex.heading}</Heading>
      <Text style={styles.paragraph}>{annex.intro}</Text>
      {annex.groups.map((g) => {
        const [first, ...rest] = g.rows;
        return (
          <View key={g.id} style={s.group}>
            {/* The group's title, the column headers and its first row stay on one page. */}
            <View wrap={false}>
              <Text style={s.groupTitle}>{g.title}</Text>
              <View style={[styles.table, styles.tableHeader]}>
                <Text style={[styles.th, s.colId]}>{h.id}</Text>
                <Text style={[styles.th, s.colQuestion]}>{h.question}</Text>
                <Text style={[styles.th, s.colAnswer]}>{h.answer}</Text>
              </View>
              {first === undefined ? null : <Row r={first} />}
            </View>
            {rest.map((r) => (
              <Row key={r.id} r={r} />
            ))}
          </View>
        );
      })}
    </Section>
  );
}
