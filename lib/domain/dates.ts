/** Dates of review are calendar days in France (a school's day, not UTC's). */
const TIME_ZONE = "Europe/Paris";

/** The calendar day of an instant in France, as YYYY-MM-DD. */
export function parisDay(at: Date): string {
  const parts = new Intl.DateTimeFormat("en-CA", { timeZone: TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" }).formatToParts(at);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${part("year")}-${part("month")}-${part("day")}`;
}

/** The default review date: the same day one year after the evaluation (29 February → 28 February). */
export function defaultReviewDate(evaluatedAt: Date): string {
  const [y, m, d] = parisDay(evaluatedAt).split("-").map(Number) as [number, number, number];
  const lastDay = new Date(Date.UTC(y + 1, m, 0)).getUTCDate();
  return `${y + 1}-${String(m).padStart(2, "0")}-${String(Math.min(d, lastDay)).padStart(2, "0")}`;
}

/** Whether the review date has come (it is due on the day itself). */
export const isReviewDue = (reviewDate: string, now: Date) => reviewDate <= parisDay(now);

/** A real calendar day written YYYY-MM-DD (2026-02-30 is refused). */
export function isCalendarDay(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (m === null) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}
