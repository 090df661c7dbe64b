import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/shell/client-messages";
import { ModeChoice } from "@/components/shell/mode-choice";
import { DeletedNotice } from "@/components/saved/deleted-notice";
import { ForgetHere } from "@/components/saved/forget-here";
import { ImportFile } from "@/components/saved/import-file";
import { StartActions } from "@/components/shell/start-actions";
import { CONTEXT, RULES } from "@/lib/domain/catalogue";
import { STEPS } from "@/lib/domain/assessment";

type TProps = { params: Promise<{ locale: string }> };

const FOR_WHOM = ["head", "it", "parents"] as const;
const NEEDS = ["terms", "contract", "usage", "register"] as const;

export default async function StartPage({ params }: TProps) {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Start" });
  return (
    <main id="main" tabIndex={-1} className="main">
      <h1>{t("title")}</h1>
      <p className="lead">{t("lead")}</p>
      <ClientMessages locale={locale} scope="start">
        <DeletedNotice />
        {/* Who is answering comes before the button that starts: it changes the form's wording. */}
        <ModeChoice />
        <StartActions />
        {/* Continue from an exported file: it becomes a new saved assessment, never replacing the draft here. */}
        <ImportFile />
      </ClientMessages>
      <div className="start-grid">
        <section aria-labelledby="start-for-whom">
          <h2 id="start-for-whom">{t("forWhomTitle")}</h2>
          <ul>
            {FOR_WHOM.map((k) => (
              <li key={k}>{t(`forWhom.${k}`)}</li>
            ))}
          </ul>
          <p>{t("noLawyer")}</p>
        </section>
        <section aria-labelledby="start-duration">
          <h2 id="start-duration">{t("durationTitle")}</h2>
          <p>{t("duration", { count: CONTEXT.length + RULES.length, steps: STEPS.length })}</p>
        </section>
        <section aria-labelledby="start-need">
          <h2 id="start-need">{t("needTitle")}</h2>
          <ul>
            {NEEDS.map((k) => (
              <li key={k}>{t(`need.${k}`)}</li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="start-unknown">
          <h2 id="start-unknown">{t("unknownTitle")}</h2>
          <p>{t("unknown")}</p>
        </section>
        <section aria-labelledby="start-privacy">
          <h2 id="start-privacy">{t("privacyTitle")}</h2>
          <p>{t("privacy")}</p>
          <ClientMessages locale={locale} scope="forget">
            <ForgetHere />
          </ClientMessages>
        </section>
        <section aria-labelledby="start-result">
          <h2 id="start-result">{t("resultTitle")}</h2>
          <p>{t("result")}</p>
        </section>
      </div>
    </main>
  );
}
