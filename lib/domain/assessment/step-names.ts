/**
 * The names of the form's first and last steps, in a module of their own: the start page links to
 * the first step without loading the catalogue that the other steps are made from (./steps).
 */
export const CONTEXT_STEP = "context";
export const REVIEW_STEP = "review";
