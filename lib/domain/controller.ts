/**
 * Who decides for a school and whom it consults, from the kind of school (CTX-04) and the youngest
 * users (CTX-01), as rules.md states it:
 * - a public collège or lycée (an EPLE): the EPLE, represented by its head; DPO: the académie's DPD;
 * - a public école: the IA-DASEN, acting for the rector; DPO: the académie's DPD;
 * - a private school under contract: its managing body (organisme de gestion); DPO: the managing
 *   body's own DPO where it has designated one, never the académie's DPD.
 * When the answers do not settle it, the kind is `public` (public, level unknown) or `unknown`, and
 * every wording covers the cases instead of guessing. Every output reads its words from here.
 */

/** The controller's kind: `public` is a public school whose level is not known. */
export const CONTROLLER_KINDS = ["eple", "ecole", "public", "private", "unknown"] as const;
export type TControllerKind = (typeof CONTROLLER_KINDS)[number];

/** The school's head, by level: directeur/directrice d'école, principal(e), proviseur(e), or a generic title. */
export const HEAD_TITLES = ["ecole", "college", "lycee", "any"] as const;
export type THeadTitle = (typeof HEAD_TITLES)[number];

/** Where the school is, as a notice says it to pupils and families (« à l'école » only for an école). */
export const PLACES = ["ecole", "college", "lycee", "any"] as const;
export type TPlace = (typeof PLACES)[number];

export interface TController {
  kind: TControllerKind;
  /** Which DPO to consult: the académie's DPD, the managing body's DPO, or wording for either. */
  dpo: "academie" | "managingBody" | "either";
  head: THeadTitle;
  place: TPlace;
}

type TAnswers = Readonly<Partial<Record<string, string>>>;

const LEVEL_HEAD: Readonly<Partial<Record<string, THeadTitle>>> = { primary: "ecole", college: "college", lycee: "lycee" };

export function controllerOf(answers: TAnswers): TController {
  const level = answers["CTX-01"];
  const school = answers["CTX-04"];
  const head = (level === undefined ? undefined : LEVEL_HEAD[level]) ?? "any";
  const place: TPlace = head;
  if (school === "private") return { kind: "private", dpo: "managingBody", head, place };
  if (school === "public") {
    const kind: TControllerKind = level === "primary" ? "ecole" : level === "college" || level === "lycee" || level === "adult" ? "eple" : "public";
    return { kind, dpo: "academie", head, place };
  }
  return { kind: "unknown", dpo: "either", head, place };
}

const C = "Controller";

/**
 * The message keys of a controller's words (fr and en, under `Controller`):
 * - `decisionTitle`, `decisionIntro`, `signatory`: the decision record's name (whose decision),
 *   first sentence and the role that signs it;
 * - `board`: "Presented to … on", the board by kind; `boardField`: the same, as a form label;
 *   `boardTo`: the board, after "we will share them";
 * - `dpoWho`: which DPO, put after "your data protection officer (…)"; `dpoWhat`: what to fill in
 *   where the DPO's name and contact are a blank; `dpdSignature`: the DPO's signature box;
 * - `head`: the head's title by level; `address`: how a letter addresses that head;
 *   `place`: where the service is used ("at the école", "at the collège"…).
 */
export function controllerKeys(c: TController) {
  return {
    decisionTitle: `${C}.decisionTitle.${c.kind}`,
    decisionIntro: `${C}.decisionIntro.${c.kind}`,
    signatory: `${C}.signatory.${c.kind}`,
    board: `${C}.board.${c.kind}`,
    boardField: `${C}.boardField.${c.kind}`,
    boardTo: `${C}.boardTo.${c.kind}`,
    dpoWho: `${C}.dpoWho.${c.dpo}`,
    dpoWhat: `${C}.dpoWhat.${c.dpo}`,
    dpdSignature: `${C}.dpdSignature.${c.dpo}`,
    head: `${C}.head.${c.head}`,
    address: `${C}.address.${c.head}`,
    place: `${C}.place.${c.place}`,
  } as const;
}
export type TControllerKeys = ReturnType<typeof controllerKeys>;
