/** An ASCII file name from a service name: `vigie-<slug>-<suffix>.<ext>`. */
export function exportFileName(serviceName: string, suffix: string, ext: string): string {
  const slug = serviceName
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/g, "");
  return `vigie-${slug || "service"}-${suffix}.${ext}`;
}
