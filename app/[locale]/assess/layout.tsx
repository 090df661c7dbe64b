import type { ReactNode } from "react";
import { AssessmentProvider } from "@/components/assessment-provider";

export default function AssessLayout({ children }: { children: ReactNode }) {
  return <AssessmentProvider>{children}</AssessmentProvider>;
}
