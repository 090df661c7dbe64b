/** A name as lowercase ASCII words joined by "-" (at most 60 characters); "" when nothing is left. */
export const fileSlug = (name: string): string =>
  name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/g, "");

/** An ASCII file name from a service name: `vigie-<slug>-<suffix>.<ext>`. */
export function exportFileName(serviceName: string, suffix: string, ext: string): string {
  return `vigie-${fileSlug(serviceName) || "service"}-${suffix}.${ext}`;
}
