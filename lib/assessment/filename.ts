/** A file name for the report: `vigie-<service>-<lang>.pdf`, ASCII only, short. */
export function reportFilename(serviceName: string, lang: string): string {
  const slug = serviceName
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/g, "");
  return `vigie-${slug || "service"}-${lang}.pdf`;
}
