import type { TSource } from "./types";

/** The texts that rules refer to. Titles live in messages (`Sources.<id>`). */
export const SOURCES = {
  gdpr: { date: "2016-04-27", url: "https://eur-lex.europa.eu/eli/reg/2016/679/oj" },
  lil: { date: "1978-01-06", url: "https://www.legifrance.gouv.fr/loda/id/JORFTEXT000000886460" },
  dsa: { date: "2022-10-19", url: "https://eur-lex.europa.eu/eli/reg/2022/2065/oj" },
  "cnil-2017": { date: "2017-05" },
  "cnil-children-2021": { date: "2021-06-09" },
  "cnil-cookies-2020": { date: "2020-09-17" },
  "cnil-universities-2021": { date: "2021-05" },
  "cnil-security-guide": { date: "2024-03" },
  "cnil-passwords-2022": { date: "2022-07-21" },
  "cnil-2018-327": { date: "2018-10-11" },
  "edpb-01-2020": { date: "2021-06-18" },
  "cjeu-c-311-18": { date: "2020-07-16" },
  "decision-2023-1795": { date: "2023-07-10" },
  "circular-6282": { date: "2021-07-05" },
  "circular-6404": { date: "2023-05-31" },
  secnumcloud: { date: "2022-03-08" },
  "written-question-971": { date: "2022-11-15" },
  "dinum-2021": { date: "2021-09-15" },
  "daj-2017": { date: "2017" },
  "code-education": {},
  "arrete-gar": { date: "2017-12-18" },
  "dne-2017": { date: "2017-05-12" },
} as const satisfies Record<string, TSource>;

export type TSourceId = keyof typeof SOURCES;
