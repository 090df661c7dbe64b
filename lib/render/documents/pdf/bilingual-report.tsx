import { VigieDocument } from "@/lib/render/kit/vigie-document";
import type { ReactNode } from "react";
import { AnnexSection } from "@/lib/render/report/pdf/annex";
import { ConditionsSection } from "@/lib/render/report/pdf/conditions";
import { CoverPage } from "@/lib/render/report/pdf/cover";
import { DpiaSection } from "@/lib/render/report/pdf/dpia";
import { FindingsSection } from "@/lib/render/report/pdf/findings";
import { MatrixSection } from "@/lib/render/report/pdf/matrix";
import { MethodSection } from "@/lib/render/report/pdf/method";
import { BodyPage } from "@/lib/render/kit/primitives";
import { QuestionsSection } from "@/lib/render/report/pdf/questions";
import { ContextSection, SummarySection } from "@/lib/render/report/pdf/summary";
import type { TReportPart } from "@/lib/domain/report-parts";
import type { TReportViewModel } from "@/lib/render/report/types";

/** The report's parts, in the report's order; each starts on a new page. The first is the summary. */
const PARTS: readonly ((vm: TReportViewModel) => ReactNode)[] = [
  (vm) => <SummarySection summary={vm.summary} />,
  (vm) => (
    <>
      <ContextSection context={vm.summary.context} />
      <MatrixSection matrix={vm.matrix} />
      <ConditionsSection conditions={vm.conditions} />
    </>
  ),
  (vm) => (
    <>
      <QuestionsSection questions={vm.questions} />
      <DpiaSection dpia={vm.dpia} />
    </>
  ),
  (vm) => <FindingsSection findings={vm.findings} />,
  (vm) => <MethodSection method={vm.method} />,
  (vm) => <AnnexSection annex={vm.annex} />,
];

/**
 * The bilingual report: the French cover, the English cover, then each part in French followed by
 * the same part in English, so that a reader of either language finds every part in order.
 */
export function BilingualReportDocument({ fr, en, title, part = "full" }: { fr: TReportViewModel; en: TReportViewModel; title: string; part?: TReportPart }) {
  const both = [fr, en] as const;
  return (
    <VigieDocument
      meta={{ ...fr.meta, title, subject: `${fr.meta.subject} / ${en.meta.subject}`, keywords: `${fr.meta.keywords}, ${en.meta.keywords}` }}
      language="fr"
    >
      {both.map((vm) => (
        <CoverPage key={`cover-${vm.locale}`} cover={vm.cover} chrome={vm.page} />
      ))}
      {(part === "summary" ? PARTS.slice(0, 1) : PARTS).flatMap((draw, i) =>
        both.map((vm) => (
          <BodyPage key={`${i}-${vm.locale}`} chrome={vm.page}>
            {draw(vm)}
          </BodyPage>
        )),
      )}
    </VigieDocument>
  );
}
