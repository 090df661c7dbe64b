import type { TActionReader } from "@/lib/domain/engine";

/** A jump link of a result page: the heading's id and its title's message key. */
export type TSectionLink = readonly [headingId: string, messageKey: string];

/**
 * The reading's own sections, in its order, for a page's jump links: the school reads its risks
 * first, parents the questions to ask. `sources`: the title of the sources' section (all of them,
 * or the vendor's alone on a catalogue entry).
 */
export function readingSections(reader: TActionReader, sources: "Evidence.sectionTitle" | "Evidence.vendorSectionTitle"): TSectionLink[] {
  const common: TSectionLink[] = [
    ["domains-heading", "Result.domainsHeading"],
    ["dpia-heading", "Dpia.title"],
    ["sources-heading", sources],
  ];
  return reader === "school"
    ? [["findings-heading", "ResultPage.confirmedHeading"], ["vendor-heading", "Result.vendorHeading"], ["school-heading", "Result.schoolHeading"], ...common]
    : [["school-heading", "ResultPage.parentsSchoolHeading"], ["vendor-heading", "ResultPage.parentsVendorHeading"], ["findings-heading", "ResultPage.confirmedHeading"], ...common];
}
