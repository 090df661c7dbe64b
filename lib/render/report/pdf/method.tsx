import { Text, View, StyleSheet } from "@react-pdf/renderer";
import type { TMethod } from "../types";
import { Bullets, Heading, Section } from "@/lib/render/kit/primitives";
import { styles } from "@/lib/render/kit/styles";
import { COLOURS } from "@/lib/render/kit/theme";

const s = StyleSheet.create({
  table: { width: 260, marginVertical: 6 },
  colSeverity: { flex: 1 },
  colPoints: { width: 110 },
  disclaimer: { borderLeftWidth: 3, borderLeftColor: COLOURS.brand, backgroundColor: COLOURS.brandSoft, padding: 10, marginVertical: 8 },
});

export function MethodSection({ method }: { method: TMethod }) {
  const h = method.pointsTable.headers;
  return (
    <Section bookmark={{ title: method.heading, fit: true }} style={styles.section}>
      <Heading level={1}>{method.heading}</Heading>
      {method.paragraphs.map((p) => (
        <Text key={p} style={styles.paragraph}>
          {p}
        </Text>
      ))}
      <View style={[styles.table, s.table]} wrap={false}>
        <View style={styles.tableHeader}>
          <Text style={[styles.th, s.colSeverity]}>{h.severity}</Text>
          <Text style={[styles.th, s.colPoints]}>{h.points}</Text>
        </View>
        {method.pointsTable.rows.map((r) => (
          <View key={r.label} style={styles.tableRow}>
            <Text style={[styles.td, s.colSeverity]}>{r.label}</Text>
            <Text style={[styles.td, s.colPoints]}>{r.value}</Text>
          </View>
        ))}
      </View>
      <Heading level={2}>{method.rulesHeading}</Heading>
      <Bullets items={method.rules} />
      <View style={s.disclaimer} wrap={false}>
        <Text style={[styles.body, styles.bold]}>{method.disclaimer}</Text>
      </View>
      <Text style={styles.muted}>{method.catalogue}</Text>
      <Heading level={2}>{method.sourcesHeading}</Heading>
      <Text style={styles.paragraph}>{method.checkedAsOf}</Text>
      <Bullets items={method.sources} />
    </Section>
  );
}
