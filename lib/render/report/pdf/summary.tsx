import { Text, View, StyleSheet } from "@react-pdf/renderer";
import type { TConditionItem, TSummary } from "../types";
import { Bullets, Chip, Heading, Section } from "@/lib/render/kit/primitives";
import { styles } from "@/lib/render/kit/styles";
import { COLOURS, SEVERITY_TONES, STATUS_TONES, VERDICT_TONES } from "@/lib/render/kit/theme";

const s = StyleSheet.create({
  figures: { flexDirection: "row", marginVertical: 4 },
  figure: { flex: 1, backgroundColor: COLOURS.soft, borderRadius: 4, padding: 6, marginRight: 6 },
  figureLast: { marginRight: 0 },
  figureValue: { fontSize: 16, fontWeight: 700, lineHeight: 1.2, color: COLOURS.brand },
  figureLabel: { fontSize: 7.5, lineHeight: 1.3, color: COLOURS.muted, marginTop: 2 },
  colDomain: { flex: 1 },
  colStatus: { width: 92 },
  colPoints: { width: 84 },
  colFindings: { width: 120 },
  bar: { height: 3, backgroundColor: COLOURS.line, borderRadius: 1.5, marginTop: 3 },
  barFill: { height: 3, borderRadius: 1.5 },
  contextRow: { flexDirection: "row", paddingVertical: 3, borderBottomWidth: 0.5, borderBottomColor: COLOURS.line },
  contextLabel: { flex: 1, fontSize: 8.5, lineHeight: 1.4, color: COLOURS.muted, paddingRight: 8 },
  contextValue: { width: 200, fontSize: 9, lineHeight: 1.4 },
  verdict: { borderRadius: 4, padding: 10, marginBottom: 6 },
  verdictHeading: { fontSize: 8, fontWeight: 700, lineHeight: 1.3, letterSpacing: 0.8, textTransform: "uppercase" },
  verdictLabel: { fontSize: 14, fontWeight: 700, lineHeight: 1.25, marginTop: 2 },
  verdictText: { fontSize: 9, lineHeight: 1.4, marginTop: 4 },
  action: { flexDirection: "row", borderBottomWidth: 0.5, borderBottomColor: COLOURS.line, paddingVertical: 4 },
  actionNumber: { width: 18, fontSize: 9, lineHeight: 1.4, fontWeight: 700 },
  actionBody: { flex: 1, paddingRight: 8 },
  actionKind: { fontSize: 7.5, lineHeight: 1.3, fontWeight: 700, color: COLOURS.muted, textTransform: "uppercase", letterSpacing: 0.5 },
  actionSeverity: { width: 70 },
});

/** Vigie's verdict, in its colours, with what it rests on. */
function VerdictBox({ verdict }: { verdict: TSummary["verdict"] }) {
  const tone = VERDICT_TONES[verdict.id];
  return (
    <View style={[s.verdict, { backgroundColor: tone.background }]} wrap={false}>
      <Text style={[s.verdictHeading, { color: tone.text }]}>{verdict.heading}</Text>
      <Text style={[s.verdictLabel, { color: tone.text }]}>{verdict.label}</Text>
      <Text style={[s.verdictText, { color: tone.text }]}>{verdict.summary}</Text>
      <Text style={[s.verdictText, { color: tone.text }]}>{verdict.basis}</Text>
    </View>
  );
}

function Action({ item, index }: { item: TConditionItem; index: number }) {
  return (
    <View style={s.action} wrap={false}>
      <Text style={s.actionNumber}>{index + 1}</Text>
      <View style={s.actionBody}>
        <Text style={s.actionKind}>{item.kindLabel}</Text>
        <Text style={styles.body}>{item.text}</Text>
      </View>
      <View style={s.actionSeverity}>{item.severity === null ? null : <Chip label={item.severityLabel} tone={SEVERITY_TONES[item.severity]} />}</View>
    </View>
  );
}

/** The first actions of the plan, the DPIA's status and what is still unknown: the summary's second half. */
function Outlook({ summary }: { summary: TSummary }) {
  const { firstActions, dpia, unknowns } = summary;
  return (
    <View>
      <Heading level={2}>{firstActions.heading}</Heading>
      {firstActions.items.length === 0 ? <Text style={styles.body}>{firstActions.empty}</Text> : null}
      {firstActions.items.map((item, i) => (
        <Action key={item.actionId} item={item} index={i} />
      ))}
      {firstActions.more === "" ? null : <Text style={[styles.small, { marginTop: 3 }]}>{firstActions.more}</Text>}
      {/* Each block on one page: a heading and its few lines are read together. */}
      <View wrap={false}>
        <Heading level={2}>{dpia.heading}</Heading>
        <Text style={styles.body}>{dpia.summary}</Text>
      </View>
      <View wrap={false}>
        <Heading level={2}>{unknowns.heading}</Heading>
        <Text style={styles.paragraph}>{unknowns.text}</Text>
        <Bullets items={unknowns.domains} />
        <Text style={styles.paragraph}>{summary.sourcing}</Text>
      </View>
    </View>
  );
}

function PointsCell({ text, points, max, colour }: { text: string; points: number; max: number; colour: string }) {
  const ratio = max > 0 ? Math.min(1, points / max) : 0;
  return (
    <View style={[styles.td, s.colPoints]}>
      <Text style={styles.body}>{text}</Text>
      <View style={s.bar}>
        {/* No zero-width rounded box: react-pdf computes its corners as infinities. */}
        {ratio > 0 ? <View style={[s.barFill, { width: `${Math.round(ratio * 100)}%`, backgroundColor: colour }]} /> : null}
      </View>
    </View>
  );
}

export function SummarySection({ summary }: { summary: TSummary }) {
  const { headers, rows } = summary.table;
  return (
    <Section bookmark={{ title: summary.heading, fit: true }} style={styles.section}>
      <Heading level={1}>{summary.heading}</Heading>
      <VerdictBox verdict={summary.verdict} />
      <View style={s.figures}>
        {summary.keyFigures.map((f, i) => (
          <View key={f.label} style={[s.figure, i === summary.keyFigures.length - 1 ? s.figureLast : {}]}>
            <Text style={s.figureValue}>{f.value}</Text>
            <Text style={s.figureLabel}>{f.label}</Text>
          </View>
        ))}
      </View>
      {summary.decision === null ? null : (
        // A long list of conditions goes on over the next page, line by line.
        <View style={styles.box}>
          <Text style={[styles.body, styles.bold]} minPresenceAhead={40}>
            {summary.decision.title}
          </Text>
          {summary.decision.lines.map((l, i) => (
            <Text key={i} style={styles.body} wrap={false}>
              {l}
            </Text>
          ))}
        </View>
      )}
      <View style={styles.table}>
        <View style={styles.tableHeader}>
          <Text style={[styles.th, s.colDomain]}>{headers.domain}</Text>
          <Text style={[styles.th, s.colStatus]}>{headers.status}</Text>
          <Text style={[styles.th, s.colPoints]}>{headers.points}</Text>
          <Text style={[styles.th, s.colFindings]}>{headers.findings}</Text>
        </View>
        {rows.map((r) => (
          <View key={r.id} style={styles.tableRow} wrap={false}>
            <Text style={[styles.td, s.colDomain, styles.bold]}>{r.title}</Text>
            <View style={[styles.td, s.colStatus]}>
              <Chip label={r.statusLabel} tone={STATUS_TONES[r.tone]} />
            </View>
            <PointsCell text={r.pointsText} points={r.points} max={r.max} colour={STATUS_TONES[r.tone].text} />
            <Text style={[styles.td, s.colFindings]}>{r.findingsText}</Text>
          </View>
        ))}
      </View>
      <Text style={[styles.small, { marginTop: 4 }]}>{summary.note}</Text>
      <Outlook summary={summary} />
    </Section>
  );
}

/** The declared context and what it changes (shown right after the summary table). */
export function ContextSection({ context }: { context: TSummary["context"] }) {
  return (
    <View style={styles.section}>
      <Heading level={2}>{context.heading}</Heading>
      {context.rows.map((r) => (
        <View key={r.label} style={s.contextRow} wrap={false}>
          <Text style={s.contextLabel}>{r.label}</Text>
          <Text style={s.contextValue}>{r.value}</Text>
        </View>
      ))}
      <Heading level={3}>{context.modifiersHeading}</Heading>
      <Bullets items={context.modifiers} />
    </View>
  );
}
