"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { startTransition, useEffect, useState, type ReactNode } from "react";
import { FormProvider, useForm, type FieldPath, type Resolver } from "react-hook-form";
import { emptyDraft, sanitizeDraft, type TDraft } from "@/lib/domain/assessment/draft";
import { loadDraftOrEmpty, saveDraft } from "@/lib/browser/draft-storage";
import { AnswersReadyContext } from "./answers-ready";
import { AutosaveLoader } from "../saved/autosave-loader";

/**
 * The answers document schema checks the form. The form holds the document's input shape (blank
 * strings, unanswered radio groups read as null), so values are first put in that shape.
 * The schema (and zod, ~32 kB gzip) is loaded on the first focus in a step, the first change or
 * the first check, not with the page: reading and saving the draft need none of it
 * (lib/domain/assessment/draft.ts).
 */
let schemaResolver: Promise<Resolver> | null = null;
const loadSchemaResolver = () =>
  (schemaResolver ??= import("@/lib/domain/schema").then(
    ({ ZAnswersDocumentSchema }) => zodResolver(ZAnswersDocumentSchema) as unknown as Resolver,
    (error: unknown) => {
      schemaResolver = null; // offline for a moment: the next check tries again
      throw error;
    },
  ));
/** Starts loading the schema, so the first "Next" does not wait for it (failures are retried at the check). */
export const preloadFormCheck = () => void loadSchemaResolver().catch(() => undefined);
const resolver: Resolver<TDraft> = async (values, context, options) =>
  (await loadSchemaResolver())(sanitizeDraft(values), context, options as never) as unknown as ReturnType<Resolver<TDraft>>;

/**
 * One form for every step (it lives in the /assess layout, so Back and Next keep it in memory), validated
 * with the answers document schema. Every change is written to localStorage at once.
 */
export function AssessmentProvider({ children }: { children: ReactNode }) {
  const form = useForm<TDraft>({
    defaultValues: emptyDraft(),
    resolver,
    mode: "onSubmit",
    shouldFocusError: false,
  });
  const [ready, setReady] = useState(false);

  useEffect(() => {
    // A transition: rendering every field of the step is split into short tasks instead of one
    // long one right after hydration (Lighthouse's total blocking time: ~150 → ~90 ms on the form).
    startTransition(() => {
      form.reset(loadDraftOrEmpty());
      setReady(true);
    });
    const { unsubscribe } = form.watch((values, { name }) => {
      preloadFormCheck();
      saveDraft(sanitizeDraft(values));
      // A field shown in error is checked again as soon as it changes, so the message goes away when fixed.
      if (name !== undefined && form.getFieldState(name as FieldPath<TDraft>).error) {
        void form.trigger(name as FieldPath<TDraft>);
      }
    });
    return unsubscribe;
  }, [form]);

  return (
    <FormProvider {...form}>
      <AnswersReadyContext value={ready}>
        {children}
        <AutosaveLoader />
      </AnswersReadyContext>
    </FormProvider>
  );
}
