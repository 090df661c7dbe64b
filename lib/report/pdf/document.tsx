import type { TReportViewModel } from "../types";
import { AnnexSection } from "./annex";
import { ConditionsSection } from "./conditions";
import { CoverPage } from "./cover";
import { DpiaSection } from "./dpia";
import { FindingsSection } from "./findings";
import { MatrixSection } from "./matrix";
import { MethodSection } from "./method";
import { BodyPage } from "./primitives";
import { QuestionsSection } from "./questions";
import { VigieDocument } from "./vigie-document";
import { ContextSection, SummarySection } from "./summary";

/** The whole report. It reads only the view-model: every word is already in the right language. */
export function ReportDocument({ vm }: { vm: TReportViewModel }) {
  const chrome = vm.page;
  return (
    <VigieDocument meta={vm.meta} language={vm.locale}>
      <CoverPage cover={vm.cover} chrome={chrome} />
      <BodyPage chrome={chrome}>
        <SummarySection summary={vm.summary} />
        <ContextSection context={vm.summary.context} />
        <MatrixSection matrix={vm.matrix} />
      </BodyPage>
      <BodyPage chrome={chrome}>
        <ConditionsSection conditions={vm.conditions} />
      </BodyPage>
      <BodyPage chrome={chrome}>
        <QuestionsSection questions={vm.questions} />
        <DpiaSection dpia={vm.dpia} />
      </BodyPage>
      <BodyPage chrome={chrome}>
        <FindingsSection findings={vm.findings} />
      </BodyPage>
      <BodyPage chrome={chrome}>
        <MethodSection method={vm.method} />
      </BodyPage>
      <BodyPage chrome={chrome}>
        <AnnexSection annex={vm.annex} />
      </BodyPage>
    </VigieDocument>
  );
}
