import { Document } from "@react-pdf/renderer";
import type { ReactNode } from "react";
import type { TMeta } from "../report/types";

/**
 * `tagged`: a tagged PDF, whose structure (headings, paragraphs; the page footers as furniture)
 * screen readers and text extraction follow. react-pdf does not tag; patches/@react-pdf+render and
 * patches/@react-pdf+renderer add it when the document asks (its typings do not know the prop).
 */
const TAGGED = { tagged: true } as Record<string, unknown>;

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
      pdfVersion="1.7"
      {...TAGGED}
    >
      {children}
    </Document>
  );
}
