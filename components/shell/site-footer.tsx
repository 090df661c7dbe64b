import { getTranslations } from "next-intl/server";
import { CATALOGUE_VERSION } from "@/lib/domain/catalogue";
import styles from "./site-footer.module.css";

/** Where the answers live, what Vigie is not, and the rules version. */
export async function SiteFooter() {
  const t = await getTranslations("Layout");
  return (
    <footer className={styles.footer}>
      <div className={styles.inner}>
        <p>{t("footerPrivacy")}</p>
        <p>{t("footerMethod")}</p>
        <p className={styles.version}>{t("catalogueVersion", { version: CATALOGUE_VERSION })}</p>
      </div>
    </footer>
  );
}
