import type { ReactNode } from "react";
import { AssessmentProvider } from "@/components/form/assessment-provider";
import { ClientMessages } from "@/components/shell/client-messages";

type TProps = { children: ReactNode; params: Promise<{ locale: string }> };

/** The form's steps: the form's messages and the draft shared by every step. */
export default async function AssessLayout({ children, params }: TProps) {
  const { locale } = await params;
  return (
    <ClientMessages locale={locale} scope="assess">
      <AssessmentProvider>{children}</AssessmentProvider>
    </ClientMessages>
  );
}
