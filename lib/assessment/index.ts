export * from "./steps";
export * from "./draft";
export * from "./storage";
export * from "./filename";
export * from "./to-document";
