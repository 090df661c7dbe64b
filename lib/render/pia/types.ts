/** The JSON the CNIL PIA tool imports (LINCnil/pia 4.1, `PiaService.importData`); see pia-format notes. */

export interface TPiaAnswerData {
  text: string | null;
  gauge: number | null;
  list: string[];
}

export interface TPiaAnswer {
  /** Question id of the default template, as a number (the tool compares with ===). */
  reference_to: number;
  data: TPiaAnswerData;
  created_at: string;
}

export interface TPiaMeasure {
  id: number;
  title: string;
  content: string;
  placeholder: string;
  created_at: string;
}

/** Every field is given (server mode sends a missing one as the string "undefined"). */
export interface TPiaRecord {
  name: string;
  status: number;
  category: string;
  created_at: string;
  updated_at: string;
  author_name: string;
  evaluator_name: string;
  validator_name: string;
  dpos_names: string | null;
  dpo_status: number | null;
  dpo_opinion: string | null;
  people_names: string | null;
  concerned_people_status: number | null;
  concerned_people_opinion: string | null;
  concerned_people_searched_opinion: boolean | null;
  concerned_people_searched_content: string | null;
  rejection_reason: string;
  applied_adjustments: string;
  /** Null: the tool's built-in template (whose question ids the answers use). */
  structure_id: null;
}

export interface TPiaExport {
  pia: TPiaRecord;
  answers: TPiaAnswer[];
  measures: TPiaMeasure[];
  /** Always an array (a missing one makes the tool drop evaluations silently). */
  evaluations: never[];
  comments: never[];
}
