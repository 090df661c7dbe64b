import { StyleSheet, Text, View } from "@react-pdf/renderer";
import type { TEvidenceAnnex } from "../types";
import { Bullets, Heading, Section } from "@/lib/render/kit/primitives";
import { styles } from "@/lib/render/kit/styles";
import { COLOURS } from "@/lib/render/kit/theme";

const s = StyleSheet.create({
  answer: { marginTop: 8 },
  question: { fontSize: 9.5, fontWeight: 700, lineHeight: 1.4 },
  id: { color: COLOURS.brand },
  item: { marginLeft: 12, marginTop: 3 },
  quote: { fontSize: 9, lineHeight: 1.4, color: COLOURS.ink, marginLeft: 8, paddingLeft: 6, borderLeftWidth: 1.5, borderLeftColor: COLOURS.line },
});

/** The annex "What the answers rest on": each sourced answer with its sources, then the answers without one. */
export function EvidenceSection({ evidence }: { evidence: TEvidenceAnnex }) {
  return (
    <Section bookmark={{ title: evidence.heading, fit: true }}>
      <Heading level={1}>{evidence.heading}</Heading>
      <Text style={styles.paragraph}>{evidence.intro}</Text>
      {evidence.sourced.map((a) => (
        <View key={a.id} style={s.answer}>
          {/* The question, its answer and its first source stay on one page. */}
          <View wrap={false}>
            <Text style={s.question}>
              <Text style={s.id}>{a.id}</Text> {a.question}
            </Text>
            <Text style={styles.body}>{a.answerLine}</Text>
          </View>
          {a.items.map((item, i) => (
            <View key={i} style={s.item} wrap={false}>
              <Text style={styles.body}>
                <Text style={styles.bold}>{item.kind}</Text> — {item.source}
              </Text>
              {item.quote === "" ? null : <Text style={s.quote}>{item.quote}</Text>}
              <Text style={styles.small}>{item.meta}</Text>
            </View>
          ))}
        </View>
      ))}
      {evidence.unsourced.length === 0 ? null : (
        <View>
          <Heading level={2}>{evidence.unsourcedHeading}</Heading>
          <Bullets items={evidence.unsourced.map((r) => `${r.id} — ${r.question} — ${r.answer}`)} />
        </View>
      )}
    </Section>
  );
}
