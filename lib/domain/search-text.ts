/** Lower-case, accent-free, single-spaced text: "Quiz Éclair" and "quiz eclair" match. */
export const toSearchText = (...parts: (string | undefined)[]) =>
  parts
    .filter((p): p is string => p !== undefined)
    .join(" ")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();

/** A LIKE pattern that finds `query` anywhere, with %, _ and \ taken literally. */
export const containsPattern = (query: string) => `%${toSearchText(query).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
