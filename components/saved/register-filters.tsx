import { useTranslations } from "next-intl";
import { VERDICTS, verdictKey } from "@/lib/domain/catalogue/message-keys";
import { REGISTER_DECISIONS, REGISTER_SORTS } from "@/lib/domain/service-register/filter-entries";
import styles from "./pages.module.css";

/** The register's filters: a plain GET form, so they work without JavaScript and stay in the link. */
export function RegisterFilters({ action, query }: { action: string; query: URLSearchParams }) {
  const t = useTranslations();
  return (
    <form method="get" action={action} className={styles.filters} aria-label={t("Register.filtersLabel")}>
      <div>
        <label htmlFor="register-q">{t("Register.q")}</label>
        <input id="register-q" name="q" type="search" defaultValue={query.get("q") ?? ""} className="field__input" autoComplete="off" />
      </div>
      <div>
        <label htmlFor="register-verdict">{t("Register.verdict")}</label>
        <select id="register-verdict" name="verdict" defaultValue={query.get("verdict") ?? ""} className={styles.select}>
          <option value="">{t("Register.all")}</option>
          {VERDICTS.map((v) => (
            <option key={v} value={v}>
              {t(verdictKey(v, "label"))}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="register-due">{t("Register.reviewDue")}</label>
        <select id="register-due" name="reviewDue" defaultValue={query.get("reviewDue") ?? ""} className={styles.select}>
          <option value="">{t("Register.all")}</option>
          <option value="true">{t("Register.dueOnly")}</option>
          <option value="false">{t("Register.notDue")}</option>
        </select>
      </div>
      <div>
        <label htmlFor="register-decision">{t("Decision.register.filter")}</label>
        <select id="register-decision" name="decision" defaultValue={query.get("decision") ?? ""} className={styles.select}>
          <option value="">{t("Decision.register.any")}</option>
          {REGISTER_DECISIONS.map((d) => (
            <option key={d} value={d}>
              {t(d === "none" ? "Decision.register.none" : `Decision.outcomes.${d}`)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="register-sort">{t("Register.sort")}</label>
        <select id="register-sort" name="sort" defaultValue={query.get("sort") ?? "added"} className={styles.select}>
          {REGISTER_SORTS.map((s) => (
            <option key={s} value={s}>
              {t(`Register.sorts.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <button type="submit" className="button button--secondary">
          {t("Register.apply")}
        </button>
      </div>
    </form>
  );
}
