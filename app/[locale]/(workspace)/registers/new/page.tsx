import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { RegisterNew } from "@/components/saved/register-new";

type TProps = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Register" });
  return { title: t("newTitle") };
}

export default async function NewRegisterPage({ params }: TProps) {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Register" });
  return (
    <main id="main" tabIndex={-1} className="main">
      <div className="result">
        <h1>{t("newTitle")}</h1>
        <p className="lead">{t("newIntro")}</p>
        <RegisterNew />
      </div>
    </main>
  );
}
