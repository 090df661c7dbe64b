import { Text, View, StyleSheet } from "@react-pdf/renderer";
import type { TDomainStatus, TDpiaStatus } from "@/lib/domain/engine";
import type { TDpia } from "../types";
import { Bullets, Chip, Heading, Section } from "@/lib/render/kit/primitives";
import { styles } from "@/lib/render/kit/styles";
import { COLOURS, STATUS_TONES } from "@/lib/render/kit/theme";

const s = StyleSheet.create({
  head: { flexDirection: "row", alignItems: "center", marginBottom: 6 },
  criterion: { borderLeftWidth: 3, borderLeftColor: COLOURS.brand, paddingLeft: 8, marginBottom: 6 },
  answer: { flexDirection: "row", backgroundColor: COLOURS.soft, borderRadius: 3, padding: 6, marginTop: 6 },
});

const TONE: Record<TDpiaStatus, TDomainStatus> = { required: "fail", undetermined: "warn", not_required: "pass" };

export function DpiaSection({ dpia }: { dpia: TDpia }) {
  return (
    <Section bookmark={{ title: dpia.heading, fit: true }} style={styles.section}>
      <Heading level={1}>{dpia.heading}</Heading>
      <View style={s.head}>
        <Chip label={dpia.statusLabel} tone={STATUS_TONES[TONE[dpia.status]]} />
      </View>
      <Text style={styles.paragraph}>{dpia.summary}</Text>
      <Criteria heading={dpia.listedHeading} labels={dpia.listed} />
      <Heading level={3} outline={2}>{dpia.criteriaHeading}</Heading>
      {dpia.criteria.map((c) => (
        <View key={c.id} style={s.criterion} wrap={false}>
          <Text style={[styles.body, styles.bold]}>{c.label}</Text>
          <Text style={styles.muted}>{c.explanation}</Text>
        </View>
      ))}
      <Criteria heading={dpia.unknownHeading} labels={dpia.unknown} />
      <Criteria heading={dpia.notMetHeading} labels={dpia.notMet} muted />
      {dpia.answerGiven.label === "" ? null : (
        <View style={s.answer} wrap={false}>
          <Text style={[styles.body, { flex: 1, paddingRight: 8 }]}>{dpia.answerGiven.label}</Text>
          <Text style={[styles.body, styles.bold]}>{dpia.answerGiven.value}</Text>
        </View>
      )}
      <Heading level={3} outline={2}>{dpia.nextStepsHeading}</Heading>
      <Bullets items={dpia.nextSteps} />
      <Text style={styles.muted}>{dpia.tool}</Text>
      <Heading level={3} outline={2}>{dpia.methodHeading}</Heading>
      {dpia.method.map((p) => (
        <Text key={p} style={styles.paragraph}>
          {p}
        </Text>
      ))}
    </Section>
  );
}

/** A heading and criteria on one line, kept together; nothing when there is none. */
function Criteria({ heading, labels, muted = false }: { heading: string; labels: readonly string[]; muted?: boolean }) {
  if (labels.length === 0) return null;
  return (
    <View wrap={false}>
      <Heading level={3} outline={2}>{heading}</Heading>
      <Text style={muted ? styles.muted : styles.body}>{labels.join(" · ")}</Text>
    </View>
  );
}
