import type { ReactNode } from "react";
import { ClientMessages } from "@/components/shell/client-messages";

type TProps = { children: ReactNode; params: Promise<{ locale: string }> };

/** The result, saved assessments, public catalogue, comparison and registers: the workspace's messages. */
export default async function WorkspaceLayout({ children, params }: TProps) {
  const { locale } = await params;
  return (
    <ClientMessages locale={locale} scope="workspace">
      {children}
    </ClientMessages>
  );
}
