import { StyleSheet } from "@react-pdf/renderer";
import { FONT_STACK } from "./fonts";
import { RADIUS } from "@/lib/domain/design/tokens";
import { COLOURS, VERDICT_TONES } from "./theme";

/** Shared styles. Line height is set on text styles (never on <Page>, where it misplaces text). */
export const styles = StyleSheet.create({
  page: {
    fontFamily: FONT_STACK,
    fontSize: 9.5,
    color: COLOURS.ink,
    paddingTop: 48,
    paddingBottom: 26,
    paddingHorizontal: 50,
  },
  flow: { flexGrow: 1 },
  banner: { backgroundColor: VERDICT_TONES.not_recommended.background, borderRadius: RADIUS.small, paddingVertical: 5, paddingHorizontal: 8, marginBottom: 10 },
  bannerText: { fontSize: 9, fontWeight: 700, lineHeight: 1.35, color: VERDICT_TONES.not_recommended.text },
  footer: {
    flexDirection: "row",
    justifyContent: "space-between",
    borderTopWidth: 0.5,
    borderTopColor: COLOURS.line,
    paddingTop: 6,
    marginTop: 12,
  },
  footerText: { fontSize: 8, lineHeight: 1.3, color: COLOURS.muted },
  footerService: { flex: 1, paddingRight: 16 },
  footerPage: { flexShrink: 0 },
  h1: { fontSize: 18, fontWeight: 700, lineHeight: 1.25, color: COLOURS.brand, marginBottom: 8 },
  h2: { fontSize: 13, fontWeight: 700, lineHeight: 1.3, color: COLOURS.brand, marginTop: 14, marginBottom: 6 },
  h3: { fontSize: 10.5, fontWeight: 700, lineHeight: 1.35, color: COLOURS.ink, marginTop: 10, marginBottom: 4 },
  body: { fontSize: 9.5, lineHeight: 1.45 },
  paragraph: { fontSize: 9.5, lineHeight: 1.45, marginBottom: 6 },
  muted: { fontSize: 9, lineHeight: 1.45, color: COLOURS.muted },
  small: { fontSize: 8, lineHeight: 1.4, color: COLOURS.muted },
  label: { fontSize: 8, lineHeight: 1.3, fontWeight: 700, color: COLOURS.muted, marginBottom: 1 },
  bold: { fontWeight: 700 },
  section: { marginBottom: 10 },
  bulletRow: { flexDirection: "row", marginBottom: 3 },
  bullet: { width: 12, fontSize: 9.5, lineHeight: 1.45, color: COLOURS.muted },
  bulletText: { flex: 1, fontSize: 9.5, lineHeight: 1.45 },
  chip: {
    alignSelf: "flex-start",
    fontSize: 7.5,
    lineHeight: 1.2,
    fontWeight: 700,
    paddingVertical: 2,
    paddingHorizontal: 6,
    borderRadius: RADIUS.small,
  },
  table: { borderTopWidth: 0.75, borderTopColor: COLOURS.line },
  tableHeader: { flexDirection: "row", backgroundColor: COLOURS.soft, borderBottomWidth: 0.75, borderBottomColor: COLOURS.line },
  tableRow: { flexDirection: "row", borderBottomWidth: 0.5, borderBottomColor: COLOURS.line },
  th: { fontSize: 8, lineHeight: 1.3, fontWeight: 700, color: COLOURS.muted, padding: 5 },
  td: { fontSize: 9, lineHeight: 1.4, padding: 5 },
  box: { backgroundColor: COLOURS.soft, borderRadius: RADIUS.medium, padding: 10, marginVertical: 6 },
});
