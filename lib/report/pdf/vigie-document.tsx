import { Document } from "@react-pdf/renderer";
import type { ReactNode } from "react";
import type { TMeta } from "../types";

/** Every Vigie PDF: its document information, its language and bookmarks shown on opening. */
export function VigieDocument({ meta, language, children }: { meta: TMeta; language: string; children: ReactNode }) {
  return (
    <Document
      title={meta.title}
      subject={meta.subject}
      keywords={meta.keywords}
      author={meta.author}
      creator="Vigie"
      producer="Vigie (react-pdf)"
      language={language}
      creationDate={new Date(meta.creationDate)}
      pageMode="useOutlines"
    >
      {children}
    </Document>
  );
}
