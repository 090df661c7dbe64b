import { Document, Page, Text, View, Font, renderToBuffer } from "@react-pdf/renderer";
import { writeFileSync } from "node:fs";
const dir = process.cwd() + "/lib/report/fonts/";
Font.register({ family: "Noto Sans", fonts: [{ src: dir + "noto-sans-latin-400-normal.woff", fontWeight: 400 }, { src: dir + "noto-sans-latin-700-normal.woff", fontWeight: 700 }] });
Font.register({ family: "Noto Sans Ext", fonts: [{ src: dir + "noto-sans-latin-ext-400-normal.woff", fontWeight: 400 }, { src: dir + "noto-sans-latin-ext-700-normal.woff", fontWeight: 700 }] });
Font.registerHyphenationCallback((w) => [w]);
const variant = process.argv[2];
const fam = variant === "single" ? "Noto Sans" : ["Noto Sans", "Noto Sans Ext"];
const doc = (
  <Document title="Smoke" language="fr" author="Vigie">
    <Page size="A4" style={{ padding: 40 }}>
      <Text style={{ fontFamily: fam, fontSize: 20, fontWeight: 700 }}>QuizÉclair l’école</Text>
      {variant === "render" ? <Text style={{ fontFamily: fam }} fixed render={({ pageNumber, totalPages }) => `Page ${pageNumber} / ${totalPages}`} /> : null}
    </Page>
  </Document>
);
const buf = await renderToBuffer(doc);
writeFileSync("scratch-report/smoke2.pdf", buf);
