import { Document, Page, Text, View, Font, renderToBuffer } from "@react-pdf/renderer";
import { writeFileSync } from "node:fs";
const dir = process.cwd() + "/lib/report/fonts/";
Font.register({ family: "Noto Sans", fonts: [{ src: dir + "noto-sans-latin-400-normal.woff", fontWeight: 400 }, { src: dir + "noto-sans-latin-700-normal.woff", fontWeight: 700 }] });
Font.register({ family: "Noto Sans Ext", fonts: [{ src: dir + "noto-sans-latin-ext-400-normal.woff", fontWeight: 400 }, { src: dir + "noto-sans-latin-ext-700-normal.woff", fontWeight: 700 }] });
Font.registerHyphenationCallback((w) => [w]);
const doc = (
  <Document title="Smoke QuizÉclair" language="fr" author="Vigie" pageMode="useOutlines">
    <Page size="A4" style={{ padding: 40, fontFamily: ["Noto Sans", "Noto Sans Ext"] }} bookmark="Cover">
      <Text style={{ fontSize: 20, fontWeight: 700, lineHeight: 1.4 }}>QuizÉclair – l’école — Łódź ř ≥ → œ</Text>
      <View bookmark={{ title: "Domain A", fit: true }}><Text>Section A</Text></View>
      <Text fixed render={({ pageNumber, totalPages }) => `Page ${pageNumber} / ${totalPages}`} />
    </Page>
    <Page size="A4" style={{ padding: 40, fontFamily: "Noto Sans" }} bookmark="Second">
      <Text>Hello</Text>
    </Page>
  </Document>
);
const t = Date.now();
const buf = await renderToBuffer(doc);
console.log("ms", Date.now() - t, buf.length);
writeFileSync("scratch-report/smoke.pdf", buf);
