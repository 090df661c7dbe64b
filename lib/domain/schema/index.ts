export * from "./answers";
export * from "./issues";
