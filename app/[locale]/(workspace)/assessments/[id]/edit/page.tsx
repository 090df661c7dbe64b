import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { OpenForEditing } from "@/components/saved/open-for-editing";

type TProps = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "SavedAssessment.edit" });
  // The page's address carries a secret in its fragment: no referrer, not indexed.
  return { title: t("title"), robots: { index: false, follow: false }, referrer: "no-referrer" };
}

export default async function EditAssessmentPage({ params }: TProps) {
  const { id } = await params;
  return (
    <main id="main" tabIndex={-1} className="main">
      <OpenForEditing id={id} />
    </main>
  );
}
