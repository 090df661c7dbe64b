"use client";

import { createContext, use, type ReactNode } from "react";

const ScanOfferedContext = createContext<boolean | null>(null);

/** Whether this server offers the scan of public pages, as the server knows it when it sends the form. */
export function ScanOffered({ offered, children }: { offered: boolean; children: ReactNode }) {
  return <ScanOfferedContext value={offered}>{children}</ScanOfferedContext>;
}

/** True or false as the server sent it; null outside the form's layout. */
export const useScanOffered = () => use(ScanOfferedContext);
