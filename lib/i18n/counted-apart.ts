import { RULES } from "../domain/catalogue";
import { formatList } from "./format-reference";
import type { TLocale } from "./locales";

type TT = (key: string, values?: Record<string, string | number>) => string;

const GATES = new Set(RULES.filter((r) => r.gate).map((r) => r.id));

/**
 * What the questions and checks count beside the unknown answers, in words ("1 question for the
 * vendor on AI-01, which decides whether other questions apply…"), or null when nothing is apart.
 * A gate answered unknown is a question that is not scored; the only other follow-up of the
 * catalogue is the DPIA action while the indicator is undetermined.
 */
export function countedApartItems(
  t: TT,
  locale: TLocale,
  apart: { vendor: readonly string[]; school: readonly string[] },
  /** The messages to word them with: the report names the questions; the result page, which shows each id once, does not. */
  keys: { gate: string; dpia: string } = { gate: "Report.summary.apartGate", dpia: "Report.summary.apartDpia" },
): string | null {
  const all = [...apart.vendor, ...apart.school];
  const gates = all.filter((id) => GATES.has(id));
  const others = all.filter((id) => !GATES.has(id));
  const items = [
    ...(gates.length > 0 ? [t(keys.gate, { count: gates.length, ids: formatList(locale, gates) })] : []),
    ...(others.length > 0 ? [t(keys.dpia, { count: others.length, ids: formatList(locale, others) })] : []),
  ];
  return items.length === 0 ? null : formatList(locale, items);
}
