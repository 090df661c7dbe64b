import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ResultView } from "@/components/result/result-view";

type TProps = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Result" });
  return { title: t("title") };
}

export default function ResultPage() {
  return (
    <main id="main" tabIndex={-1} className="main">
      <ResultView />
    </main>
  );
}
