import { getTranslations } from "next-intl/server";

type TProps = { params: Promise<{ locale: string }> };

export default async function StartPage({ params }: TProps) {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Start" });
  return (
    <main id="main">
      <h1>{t("title")}</h1>
    </main>
  );
}
