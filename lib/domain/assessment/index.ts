/** Everything here is zod-free (the start page and the form load it); the checked document is in ./to-document. */
export * from "./steps";
export * from "./draft";
export * from "./filename";
