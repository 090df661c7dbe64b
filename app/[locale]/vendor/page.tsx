import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/shell/client-messages";
import { VendorAnswers } from "@/components/vendor/vendor-answers";

type TProps = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "VendorPage" });
  return { title: t("title"), robots: { index: false, follow: false } };
}

/** The page a vendor opens from the school's link (`#token=…`) to answer the questions about its service. */
export default async function VendorPage({ params }: TProps) {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "VendorPage" });
  return (
    <main id="main" tabIndex={-1} className="main">
      <div className="assess__body">
        <h1>{t("title")}</h1>
        <ClientMessages locale={locale} scope="vendor">
          <VendorAnswers />
        </ClientMessages>
      </div>
    </main>
  );
}
