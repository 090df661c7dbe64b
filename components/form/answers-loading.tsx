import { useTranslations } from "next-intl";
import styles from "./answers-loading.module.css";

/** What stands where the answers' fields go until the draft is read in this browser. */
export function AnswersLoading() {
  const t = useTranslations("Form");
  return (
    <p role="status" className={styles.loading}>
      {t("loading")}
    </p>
  );
}
