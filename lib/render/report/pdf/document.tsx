import type { TReportPart } from "@/lib/domain/report-parts";
import type { TReportViewModel } from "../types";
import { AnnexSection } from "./annex";
import { EvidenceSection } from "./evidence";
import { ConditionsSection } from "./conditions";
import { CoverPage } from "./cover";
import { DpiaSection } from "./dpia";
import { FindingsSection } from "./findings";
import { MatrixSection } from "./matrix";
import { MethodSection } from "./method";
import { BodyPage } from "@/lib/render/kit/primitives";
import { QuestionsSection } from "./questions";
import { VigieDocument } from "@/lib/render/kit/vigie-document";
import { ContextSection, SummarySection } from "./summary";

/**
 * The report, whole or its summary part alone. It reads only the view-model: every word is already
 * in the right language. After the cover, the summary, the detail and the annex flow on without page
 * breaks, so that no page is left half empty before a section that would fit (headings and blocks
 * keep together through `minPresenceAhead` and `wrap={false}`); the summary part stops after the
 * summary.
 */
export function ReportDocument({ vm, part = "full" }: { vm: TReportViewModel; part?: TReportPart }) {
  const chrome = vm.page;
  return (
    <VigieDocument meta={vm.meta} language={vm.locale}>
      <CoverPage cover={vm.cover} chrome={chrome} />
      <BodyPage chrome={chrome}>
        <SummarySection summary={vm.summary} />
        {part === "summary" ? null : (
          <>
            <ContextSection context={vm.summary.context} />
            <MatrixSection matrix={vm.matrix} />
            <ConditionsSection conditions={vm.conditions} />
            <QuestionsSection questions={vm.questions} />
            <DpiaSection dpia={vm.dpia} />
            <FindingsSection findings={vm.findings} />
            <MethodSection method={vm.method} />
            <AnnexSection annex={vm.annex} />
            <EvidenceSection evidence={vm.evidence} />
          </>
        )}
      </BodyPage>
    </VigieDocument>
  );
}
