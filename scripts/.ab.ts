import { renderReportPdf } from "../lib/report/render";
import { loadExample } from "../lib/testing/examples";
const doc = loadExample("free-consumer-quiz");
for (let i = 0; i < 3; i++) await renderReportPdf(doc, "fr");
const N = Number(process.env.N ?? 15);
const cpu: number[] = []; const wall: number[] = [];
for (let i = 0; i < N; i++) {
  const c = process.cpuUsage(); const t = performance.now();
  await renderReportPdf(doc, "fr");
  const d = process.cpuUsage(c); cpu.push((d.user + d.system) / 1000); wall.push(performance.now() - t);
}
const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!.toFixed(0);
console.log(`cpu median ${med(cpu)} ms, wall median ${med(wall)} ms, min wall ${Math.min(...wall).toFixed(0)}`);
