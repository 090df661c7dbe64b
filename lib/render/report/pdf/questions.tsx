import { Text, View, StyleSheet } from "@react-pdf/renderer";
import type { TQuestionList, TQuestions } from "../types";
import { Heading, Section } from "@/lib/render/kit/primitives";
import { styles } from "@/lib/render/kit/styles";
import { COLOURS } from "@/lib/render/kit/theme";

const s = StyleSheet.create({
  item: { flexDirection: "row", paddingVertical: 5, borderBottomWidth: 0.5, borderBottomColor: COLOURS.line },
  id: { width: 52, fontSize: 8, fontWeight: 700, lineHeight: 1.45, color: COLOURS.brand },
  text: { fontSize: 9.5, lineHeight: 1.45 },
  question: { fontSize: 8, lineHeight: 1.4, color: COLOURS.muted, marginTop: 2 },
});

function List({ list }: { list: TQuestionList }) {
  return (
    <View style={styles.section}>
      <Heading level={2}>{list.heading}</Heading>
      <Text style={styles.paragraph}>{list.intro}</Text>
      {list.items.length === 0 ? (
        <Text style={[styles.box, styles.body]} wrap={false}>{list.empty}</Text>
      ) : (
        list.items.map((q) => (
          <View key={q.ruleId} style={s.item} wrap={false}>
            <Text style={s.id}>{q.ruleId}</Text>
            <View style={{ flex: 1 }}>
              <Text style={s.text}>{q.text}</Text>
              {q.question === null ? null : <Text style={s.question}>{q.question}</Text>}
            </View>
          </View>
        ))
      )}
    </View>
  );
}

export function QuestionsSection({ questions }: { questions: TQuestions }) {
  return (
    <Section bookmark={{ title: questions.heading, fit: true }} style={styles.section}>
      <Heading level={1}>{questions.heading}</Heading>
      <Section bookmark={questions.vendor.heading}>
        <List list={questions.vendor} />
      </Section>
      <Section bookmark={questions.school.heading}>
        <List list={questions.school} />
      </Section>
    </Section>
  );
}
