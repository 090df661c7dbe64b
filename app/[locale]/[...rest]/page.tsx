import { notFound } from "next/navigation";

/** Any other path under a locale gets the localised "page not found". */
export default function CatchAll() {
  notFound();
}
