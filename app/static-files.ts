import type { Metadata } from "next";

/** The files in public/ that every page links to. */
export const STATIC_FILES_METADATA: Pick<Metadata, "icons" | "manifest"> = {
  icons: { icon: [{ url: "/icon.svg", type: "image/svg+xml" }] },
  manifest: "/manifest.webmanifest",
};
