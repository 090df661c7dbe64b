import { Text, View, StyleSheet } from "@react-pdf/renderer";
import type { TConditionItem, TConditions } from "../types";
import { Chip, Heading, Section } from "@/lib/render/kit/primitives";
import { styles } from "@/lib/render/kit/styles";
import { COLOURS, SEVERITY_TONES } from "@/lib/render/kit/theme";

const s = StyleSheet.create({
  colNumber: { width: 26 },
  colAction: { flex: 1 },
  colSeverity: { width: 70 },
  colOwner: { width: 70 },
  colDue: { width: 58 },
  blank: { borderLeftWidth: 0.5, borderLeftColor: COLOURS.line },
  kind: { fontSize: 7.5, lineHeight: 1.3, fontWeight: 700, color: COLOURS.muted, textTransform: "uppercase", letterSpacing: 0.5 },
  text: { fontSize: 9, lineHeight: 1.4, marginTop: 1 },
  detail: { fontSize: 7.5, lineHeight: 1.35, color: COLOURS.muted, marginTop: 2 },
  urgent: { backgroundColor: COLOURS.urgentBg },
});

function Row({ item, index }: { item: TConditionItem; index: number }) {
  return (
    <View style={[styles.tableRow, item.kind === "blockUnknown" ? s.urgent : {}]} wrap={false}>
      <Text style={[styles.td, s.colNumber, styles.bold]}>{index + 1}</Text>
      <View style={[styles.td, s.colAction]}>
        <Text style={s.kind}>{item.kindLabel}</Text>
        <Text style={s.text}>{item.text}</Text>
        {item.note === "" ? null : <Text style={[s.detail, styles.bold]}>{item.note}</Text>}
        {item.details.map((d) => (
          <Text key={d} style={s.detail}>
            {d}
          </Text>
        ))}
      </View>
      <View style={[styles.td, s.colSeverity]}>
        {item.severity === null ? null : <Chip label={item.severityLabel} tone={SEVERITY_TONES[item.severity]} />}
      </View>
      <Text style={[styles.td, s.colOwner, s.blank]}>{item.owner}</Text>
      <Text style={[styles.td, s.colDue, s.blank]}>{item.due}</Text>
    </View>
  );
}

export function ConditionsSection({ conditions }: { conditions: TConditions }) {
  const h = conditions.headers;
  return (
    <Section bookmark={{ title: conditions.heading, fit: true }} style={styles.section}>
      <Heading level={1}>{conditions.heading}</Heading>
      <Text style={styles.paragraph}>{conditions.intro}</Text>
      {conditions.items.length === 0 ? (
        <Text style={[styles.box, styles.body]} wrap={false}>{conditions.empty}</Text>
      ) : (
        <View style={styles.table}>
          <View style={styles.tableHeader} fixed>
            <Text style={[styles.th, s.colNumber]}>{h.number}</Text>
            <Text style={[styles.th, s.colAction]}>{h.action}</Text>
            <Text style={[styles.th, s.colSeverity]}>{h.severity}</Text>
            <Text style={[styles.th, s.colOwner]}>{h.owner}</Text>
            <Text style={[styles.th, s.colDue]}>{h.due}</Text>
          </View>
          {conditions.items.map((item, i) => (
            <Row key={i} item={item} index={i} />
          ))}
        </View>
      )}
    </Section>
  );
}
