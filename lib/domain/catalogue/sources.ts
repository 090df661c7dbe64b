import type { TSource } from "./types";

/** The date on which the statuses below (reported, pending) were last checked. */
export const SOURCES_CHECKED = "2026-12-04";

/** The texts that rules refer to. Titles live in messages (`Sources.<id>`). */
export const SOURCES = {
  gdpr: { date: "2016-04-27", url: "https://eur-lex.europa.eu/eli/reg/2016/679/oj" },
  lil: { date: "1978-01-06", url: "https://www.legifrance.gouv.fr/loda/id/JORFTEXT000000886460" },
  dsa: { date: "2022-10-19", url: "https://eur-lex.europa.eu/eli/reg/2022/2065/oj" },
  "ai-act": { date: "2024-06-13", url: "https://eur-lex.europa.eu/eli/reg/2024/1689/oj" },
  "ai-omnibus": { date: "2026-07-08", status: "reported", checked: SOURCES_CHECKED },
  "data-act": { date: "2023-12-13", url: "https://eur-lex.europa.eu/eli/reg/2023/2854/oj" },
  "cnil-2017": { date: "2017-05-23" },
  "cnil-children-2021": { date: "2021-06-09" },
  "cnil-cookies-2020": { date: "2020-09-17" },
  "cnil-universities-2021": { date: "2021-05-27" },
  "cnil-security-guide": { date: "2024-03" },
  "cnil-passwords-2022": { date: "2022-07-21" },
  "cnil-2018-327": { date: "2018-10-11" },
  "cnil-facial-recognition-2019": { date: "2019-10-25" },
  "cnil-2019-001": { date: "2019-01-10" },
  wp248: { date: "2017-10-04" },
  "edpb-01-2020": { date: "2021-06-18" },
  "edpb-05-2021": { date: "2023-02-14" },
  "edpb-03-2018": { date: "2019-11-12" },
  "cjeu-c-311-18": { date: "2020-07-16" },
  "decision-2023-1795": { date: "2023-07-10" },
  "general-court-t-553-23": { date: "2025-09-03" },
  // Last seen pending in June 2026; its status could not be confirmed on SOURCES_CHECKED.
  "appeal-c-703-25": { date: "2025-10-31", status: "pending", checked: "2026-06" },
  "decision-2021-914": { date: "2021-06-04" },
  "circular-2001-053": { date: "2001-03-28" },
  "ce-molinier-2002": { date: "2002-11-06" },
  "circular-6282": { date: "2021-07-05" },
  "circular-6404": { date: "2023-05-31" },
  secnumcloud: { date: "2022-03-08" },
  "written-question-971": { date: "2022-11-15" },
  "dinum-2021": { date: "2021-09-15" },
  // The DAJ's reply to the SNES-FSU and CGT Educ'action unions, made public in July 2017.
  "daj-2017": { date: "2017-07" },
  "code-education": {},
  "code-civil": {},
  "code-penal": {},
  "loi-2024-120": { date: "2024-02-19" },
  "arrete-gar": { date: "2017-12-18" },
  "dne-2017": { date: "2017-05-12" },
  "cadre-ia-education": { date: "2025-06-14" },
} as const satisfies Record<string, TSource>;

export type TSourceId = keyof typeof SOURCES;
