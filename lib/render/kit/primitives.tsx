import { Page, Text, View, type PageLayoutProps } from "@react-pdf/renderer";
import type { ComponentProps, ComponentType, ReactNode } from "react";
import type { TPageChrome } from "../report/types";
import { styles } from "./styles";
import { throwIfRenderCancelled } from "./cancellation";

type TBookmark = string | { title: string; fit?: boolean; expanded?: boolean };

/**
 * What a text is in the tagged PDF's structure (patches/@react-pdf+render: a text is a paragraph,
 * "P", unless it says otherwise); "Artifact" on a view leaves it and its content out of the
 * structure, as page furniture (the footer).
 */
type TStructType = "H1" | "H2" | "H3" | "P" | "Artifact";

/**
 * A <View> that adds an entry to the PDF's bookmarks (outline); bookmarks nest like the views.
 * react-pdf supports `bookmark` on every node, but its typings declare it only on <Page>.
 */
export const Section = View as unknown as ComponentType<ComponentProps<typeof View> & { bookmark?: TBookmark; structType?: "Artifact" }>;

/** A <Text> with its place in the tagged PDF's structure, and a bookmark if it is one. */
export const TaggedText = Text as unknown as ComponentType<ComponentProps<typeof Text> & { bookmark?: TBookmark; structType?: TStructType }>;

interface TTone {
  background: string;
  text: string;
}

export function Chip({ label, tone }: { label: string; tone: TTone }) {
  return <Text style={[styles.chip, { backgroundColor: tone.background, color: tone.text }]}>{label}</Text>;
}

export function Bullets({ items, marker = "•" }: { items: readonly string[]; marker?: string }) {
  return (
    <View>
      {items.map((item, i) => (
        <View key={i} style={styles.bulletRow} wrap={false}>
          <Text style={styles.bullet}>{marker}</Text>
          <Text style={styles.bulletText}>{item}</Text>
        </View>
      ))}
    </View>
  );
}

/**
 * A heading that stays with what follows it (no heading alone at the bottom of a page). `outline`:
 * its level in the tagged PDF's structure when it differs from its look (levels never skip there).
 */
export function Heading({ level, outline = level, children }: { level: 1 | 2 | 3; outline?: 1 | 2 | 3; children: string }) {
  const style = level === 1 ? styles.h1 : level === 2 ? styles.h2 : styles.h3;
  return (
    <TaggedText style={style} minPresenceAhead={60} structType={`H${outline}`}>
      {children}
    </TaggedText>
  );
}

export const fillPageNumber = (template: string, page: number, total: number) =>
  template.replace("{page}", String(page)).replace("{total}", String(total));

/**
 * The frame of every page: the content flows in the first view; the banner, when there is one (a
 * draft not to be sent: a paragraph of the tagged structure on every page, as a reader sees it) and
 * the footer (service, page number: page furniture, left out of the structure) are page chrome,
 * with their space reserved. Used as <Page layout>, which turns on react-pdf's newer
 * pagination engine (measured once, then packed into pages: about three times faster here).
 */
export const pageFrame = (chrome: TPageChrome) =>
  function PageFrame({ children, pageNumber, totalPages }: PageLayoutProps) {
    // Called for every page laid out: where a render whose client left stops.
    throwIfRenderCancelled();
    return (
      <>
        {chrome.banner === undefined ? null : (
          <View style={styles.banner}>
            <Text style={styles.bannerText}>{chrome.banner}</Text>
          </View>
        )}
        <View style={styles.flow}>{children}</View>
        <Section style={styles.footer} structType="Artifact">
          <Text style={[styles.footerText, styles.footerService]}>{chrome.footer}</Text>
          <Text style={[styles.footerText, styles.footerPage]}>{fillPageNumber(chrome.pageNumberTemplate, pageNumber ?? 0, totalPages ?? 0)}</Text>
        </Section>
      </>
    );
  };

/** An A4 page that flows onto as many pages as it needs, each with the footer and its page number. */
export function BodyPage({ chrome, children }: { chrome: TPageChrome; children: ReactNode }) {
  return (
    <Page size="A4" style={styles.page} wrap layout={pageFrame(chrome)}>
      {children}
    </Page>
  );
}
