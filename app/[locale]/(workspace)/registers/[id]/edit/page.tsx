import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { OpenRegisterForEditing } from "@/components/saved/register-tools";

type TProps = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Register" });
  return { title: t("editTitle"), robots: { index: false, follow: false }, referrer: "no-referrer" };
}

export default async function EditRegisterPage({ params }: TProps) {
  const { id } = await params;
  return (
    <main id="main" tabIndex={-1} className="main">
      <OpenRegisterForEditing id={id} />
    </main>
  );
}
