import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { AssessmentStep } from "@/components/form/assessment-step";
import { STEPS, isStep, stepIndex } from "@/lib/domain/assessment";
import { stepTitleKey } from "@/components/form/step-titles";

type TProps = { params: Promise<{ locale: string; step: string }> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const { locale, step } = await params;
  if (!isStep(step)) return {};
  const t = await getTranslations({ locale });
  return { title: `${t(stepTitleKey(step))} (${t("Nav.stepOf", { current: stepIndex(step) + 1, total: STEPS.length })})` };
}

export default async function AssessStepPage({ params }: TProps) {
  const { step } = await params;
  if (!isStep(step)) notFound();
  return (
    // The skip link's target is the step's heading (components/form/assessment-step.tsx), so the
    // next Tab after it reaches the first field, not the step list.
    <main className="main">
      <AssessmentStep step={step} />
    </main>
  );
}
