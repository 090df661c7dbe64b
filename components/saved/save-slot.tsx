"use client";

import dynamic from "next/dynamic";
import type { TAnswersDocument } from "@/lib/domain/schema";

/** The save panel, loaded after the result is shown (it is not needed to read the result). */
const SavePanel = dynamic(() => import("./save-panel").then((m) => m.SavePanel), { ssr: false });

export function SaveSlot({ document }: { document: TAnswersDocument | null }) {
  return <SavePanel document={document} />;
}
