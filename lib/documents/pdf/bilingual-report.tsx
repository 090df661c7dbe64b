import { VigieDocument } from "../../report/pdf/vigie-document";
import type { ReactNode } from "react";
import { AnnexSection } from "../../report/pdf/annex";
import { ConditionsSection } from "../../report/pdf/conditions";
import { CoverPage } from "../../report/pdf/cover";
import { DpiaSection } from "../../report/pdf/dpia";
import { FindingsSection } from "../../report/pdf/findings";
import { MatrixSection } from "../../report/pdf/matrix";
import { MethodSection } from "../../report/pdf/method";
import { BodyPage } from "../../report/pdf/primitives";
import { QuestionsSection } from "../../report/pdf/questions";
import { ContextSection, SummarySection } from "../../report/pdf/summary";
import type { TReportViewModel } from "../../report/types";

/** The report's parts, in the report's order; each starts on a new page. */
const PARTS: readonly ((vm: TReportViewModel) => ReactNode)[] = [
  (vm) => (
    <>
      <SummarySection summary={vm.summary} />
      <ContextSection context={vm.summary.context} />
      <MatrixSection matrix={vm.matrix} />
    </>
  ),
  (vm) => <ConditionsSection conditions={vm.conditions} />,
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
export function BilingualReportDocument({ fr, en, title }: { fr: TReportViewModel; en: TReportViewModel; title: string }) {
  const both = [fr, en] as const;
  return (
    <VigieDocument
      meta={{ ...fr.meta, title, subject: `${fr.meta.subject} / ${en.meta.subject}`, keywords: `${fr.meta.keywords}, ${en.meta.keywords}` }}
      language="fr"
    >
      {both.map((vm) => (
        <CoverPage key={`cover-${vm.locale}`} cover={vm.cover} chrome={vm.page} />
      ))}
      {PARTS.flatMap((part, i) =>
        both.map((vm) => (
          <BodyPage key={`${i}-${vm.locale}`} chrome={vm.page}>
            {part(vm)}
          </BodyPage>
        )),
      )}
    </VigieDocument>
  );
}
