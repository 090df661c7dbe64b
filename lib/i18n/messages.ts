import en from "../../messages/en.json";
import fr from "../../messages/fr.json";
import type { TLocale } from "./locales";

export type TMessages = typeof fr;

export const MESSAGES: Record<TLocale, TMessages> = { fr, en };
