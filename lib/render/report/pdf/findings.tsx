import { Text, View, StyleSheet } from "@react-pdf/renderer";
import type { TDomainSection, TFindingCard, TFindings } from "../types";
import { Chip, Heading, Section, TaggedText } from "@/lib/render/kit/primitives";
import { styles } from "@/lib/render/kit/styles";
import { COLOURS, SEVERITY_TONES, STATUS_TONES, UNKNOWN_TONE } from "@/lib/render/kit/theme";

const s = StyleSheet.create({
  domainHead: {
    flexDirection: "row",
    alignItems: "center",
    borderBottomWidth: 1.5,
    borderBottomColor: COLOURS.brand,
    paddingBottom: 4,
    marginTop: 14,
    marginBottom: 6,
  },
  domainTitle: { flex: 1, fontSize: 13, fontWeight: 700, lineHeight: 1.3, color: COLOURS.brand },
  domainPoints: { fontSize: 8.5, lineHeight: 1.3, color: COLOURS.muted, marginLeft: 8 },
  card: { borderWidth: 0.75, borderColor: COLOURS.line, borderLeftWidth: 4, borderRadius: 3, padding: 9, marginBottom: 8 },
  cardTop: { flexDirection: "row", alignItems: "center", marginBottom: 4 },
  ruleId: { fontSize: 8, fontWeight: 700, lineHeight: 1.3, color: COLOURS.brand, marginRight: 6 },
  gap: { marginRight: 4 },
  points: { flex: 1, textAlign: "right", fontSize: 7.5, lineHeight: 1.3, color: COLOURS.muted },
  question: { fontSize: 10, fontWeight: 700, lineHeight: 1.4, marginBottom: 4 },
  block: { marginTop: 4 },
  columns: { flexDirection: "row" },
  column: { flex: 1 },
  columnRight: { marginLeft: 12 },
  answer: { flexDirection: "row", backgroundColor: COLOURS.soft, borderRadius: 2, padding: 4 },
  reference: { fontSize: 8, lineHeight: 1.4, color: COLOURS.muted },
  notApplicable: { flexDirection: "row", paddingVertical: 3 },
});

function Block({ label, text }: { label: string; text: string }) {
  return (
    <View style={s.block}>
      <Text style={styles.label}>{label}</Text>
      <Text style={styles.body}>{text}</Text>
    </View>
  );
}

function Card({ f, labels }: { f: TFindingCard; labels: TFindings["labels"] }) {
  const tone = SEVERITY_TONES[f.severity];
  return (
    <View style={[s.card, { borderLeftColor: f.unknown ? COLOURS.line : tone.text }]} wrap={false}>
      <View style={s.cardTop}>
        <Text style={s.ruleId}>{f.ruleId}</Text>
        <View style={s.gap}>
          <Chip label={f.severityLabel} tone={tone} />
        </View>
        {f.unknown ? <Chip label={labels.unknown} tone={UNKNOWN_TONE} /> : null}
        <Text style={s.points}>{f.pointsText}</Text>
      </View>
      <Text style={s.question}>{f.question}</Text>
      <View style={s.answer}>
        <Text style={[styles.body, styles.bold]}>{labels.answer}</Text>
        <Text style={[styles.body, { marginLeft: 6 }]}>{f.answer}</Text>
      </View>
      <View style={s.columns}>
        <View style={s.column}>
          <Block label={labels.why} text={f.why} />
          <View style={s.block}>
            <Text style={styles.label}>{labels.references}</Text>
            {f.references.map((r) => (
              <Text key={r} style={s.reference}>
                {r}
              </Text>
            ))}
            {f.applies === null ? null : <Text style={s.reference}>{f.applies}</Text>}
          </View>
        </View>
        <View style={[s.column, s.columnRight]}>
          {f.remediation === null ? null : <Block label={labels.remediation} text={f.remediation} />}
          {f.nextStep === null ? null : <Block label={f.nextStep.label} text={f.nextStep.text} />}
          {f.raisedBy.length > 0 ? <Block label={labels.raisedBy} text={f.raisedBy.join(" ")} /> : null}
        </View>
      </View>
    </View>
  );
}

function Domain({ d, labels }: { d: TDomainSection; labels: TFindings["labels"] }) {
  const [first, ...rest] = d.findings;
  return (
    <Section bookmark={{ title: d.title, fit: true }}>
      {/* The title, the intro and the first card (or the "no finding" note) stay on one page. */}
      <View wrap={false}>
        <View style={s.domainHead}>
          <TaggedText style={s.domainTitle} structType="H2">
            {d.title}
          </TaggedText>
          <Chip label={d.statusLabel} tone={STATUS_TONES[d.tone]} />
          <Text style={s.domainPoints}>{d.pointsText}</Text>
        </View>
        <Text style={[styles.muted, { marginBottom: 6 }]}>{d.intro}</Text>
        {first === undefined ? <Text style={[styles.box, styles.body]}>{d.empty}</Text> : <Card f={first} labels={labels} />}
      </View>
      {rest.map((f) => (
        <Card key={f.ruleId} f={f} labels={labels} />
      ))}
      {d.notApplicable.items.length > 0 ? (
        <View wrap={false}>
          <Heading level={3}>{d.notApplicable.heading}</Heading>
          {d.notApplicable.items.map((n) => (
            <View key={n.ruleId} style={s.notApplicable}>
              <Text style={[s.ruleId, { width: 50 }]}>{n.ruleId}</Text>
              <View style={{ flex: 1 }}>
                <Text style={styles.body}>{n.question}</Text>
                <Text style={styles.small}>{n.reason}</Text>
              </View>
            </View>
          ))}
        </View>
      ) : null}
    </Section>
  );
}

export function FindingsSection({ findings }: { findings: TFindings }) {
  return (
    <Section bookmark={{ title: findings.heading, fit: true, expanded: true }}>
      <Heading level={1}>{findings.heading}</Heading>
      <Text style={styles.paragraph}>{findings.intro}</Text>
      {findings.domains.map((d) => (
        <Domain key={d.id} d={d} labels={findings.labels} />
      ))}
    </Section>
  );
}
