import { Page, Text, View, StyleSheet } from "@react-pdf/renderer";
import type { TCover, TPageChrome } from "../types";
import { pageFrame, Section, TaggedText } from "@/lib/render/kit/primitives";
import { styles } from "@/lib/render/kit/styles";
import { COLOURS, VERDICT_TONES } from "@/lib/render/kit/theme";

const s = StyleSheet.create({
  band: { backgroundColor: COLOURS.brand, marginHorizontal: -50, marginTop: -48, paddingHorizontal: 50, paddingTop: 36, paddingBottom: 22 },
  brand: { fontSize: 11, fontWeight: 700, lineHeight: 1.2, color: COLOURS.white, letterSpacing: 2.5 },
  kicker: { fontSize: 12, lineHeight: 1.3, color: COLOURS.brandMuted, marginTop: 6 },
  service: { fontSize: 26, fontWeight: 700, lineHeight: 1.2, color: COLOURS.ink, marginTop: 36, marginBottom: 16 },
  facts: { borderTopWidth: 0.75, borderTopColor: COLOURS.line },
  fact: { flexDirection: "row", borderBottomWidth: 0.5, borderBottomColor: COLOURS.line, paddingVertical: 5 },
  factLabel: { width: 150, fontSize: 9, lineHeight: 1.4, color: COLOURS.muted },
  factValue: { flex: 1, fontSize: 10, lineHeight: 1.4 },
  badge: { borderRadius: 8, paddingVertical: 22, paddingHorizontal: 24, marginTop: 32 },
  badgeHeading: { fontSize: 10, fontWeight: 700, lineHeight: 1.3, letterSpacing: 1, textTransform: "uppercase" },
  badgeLabel: { fontSize: 30, fontWeight: 700, lineHeight: 1.2, marginTop: 4 },
  badgeSummary: { fontSize: 11, lineHeight: 1.45, marginTop: 10 },
  decision: { marginTop: 14, borderLeftWidth: 3, borderLeftColor: COLOURS.brand, paddingLeft: 10 },
  decisionHeading: { fontSize: 9.5, fontWeight: 700, lineHeight: 1.3, color: COLOURS.muted },
  decisionLabel: { fontSize: 14, fontWeight: 700, lineHeight: 1.3, marginTop: 2 },
  decisionLine: { fontSize: 9.5, lineHeight: 1.4, marginTop: 2 },
  disclaimer: { marginTop: "auto", fontSize: 8.5, lineHeight: 1.45, color: COLOURS.muted },
});

/**
 * The head of school's decision under Vigie's verdict: the outcome, then when, by whom, conditions,
 * DPD, dates. A long list of conditions goes on over the next page, line by line.
 */
function DecisionBox({ decision }: { decision: NonNullable<TCover["decision"]> }) {
  return (
    <View style={s.decision}>
      <Text style={s.decisionHeading} minPresenceAhead={40}>
        {decision.heading}
      </Text>
      {decision.label === null ? null : <Text style={s.decisionLabel}>{decision.label}</Text>}
      {decision.lines.map((l, i) => (
        <Text key={i} style={s.decisionLine} wrap={false}>
          {l}
        </Text>
      ))}
    </View>
  );
}

export function CoverPage({ cover, chrome }: { cover: TCover; chrome: TPageChrome }) {
  const tone = VERDICT_TONES[cover.verdict.id];
  return (
    <Page size="A4" style={styles.page} wrap layout={pageFrame(chrome)}>
      <Section bookmark={{ title: cover.bookmark, fit: true }}>
        <View style={s.band}>
          <Text style={s.brand}>VIGIE</Text>
          <Text style={s.kicker}>{cover.kicker}</Text>
        </View>
        <TaggedText style={s.service} structType="H1">
          {cover.serviceName}
        </TaggedText>
        <View style={s.facts}>
          {cover.facts.map((f) => (
            <View key={f.id} style={s.fact}>
              <Text style={s.factLabel}>{f.label}</Text>
              <Text style={s.factValue}>{f.value}</Text>
            </View>
          ))}
        </View>
        <View style={[s.badge, { backgroundColor: tone.background }]} wrap={false}>
          <Text style={[s.badgeHeading, { color: tone.text }]}>{cover.verdict.heading}</Text>
          <Text style={[s.badgeLabel, { color: tone.text }]}>{cover.verdict.label}</Text>
          <Text style={[s.badgeSummary, { color: tone.text }]}>{cover.verdict.summary}</Text>
        </View>
        {cover.decision === null ? null : <DecisionBox decision={cover.decision} />}
      </Section>
      <Text style={s.disclaimer}>{cover.disclaimer}</Text>
    </Page>
  );
}
