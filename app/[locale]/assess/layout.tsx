import type { ReactNode } from "react";
import { AssessmentProvider } from "@/components/form/assessment-provider";
import { ScanOffered } from "@/components/form/scan-offered";
import { ClientMessages } from "@/components/shell/client-messages";
import { scanOffered } from "@/lib/server/scan/scan-offered";

type TProps = { children: ReactNode; params: Promise<{ locale: string }> };

/**
 * The form's steps: the form's messages, the draft shared by every step, and whether the scan is
 * offered (its hint is in the first screen, so it is worded as the server is set up).
 */
export default async function AssessLayout({ children, params }: TProps) {
  const { locale } = await params;
  return (
    <ClientMessages locale={locale} scope="assess">
      <ScanOffered offered={scanOffered()}>
        <AssessmentProvider>{children}</AssessmentProvider>
      </ScanOffered>
    </ClientMessages>
  );
}
