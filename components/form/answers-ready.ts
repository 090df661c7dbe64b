"use client";

import { createContext, use } from "react";

/** Whether the saved answers have been read from this browser into the form (set by AssessmentProvider). */
export const AnswersReadyContext = createContext(false);

/** True once the saved answers have been read from this browser into the form. */
export const useAnswersReady = () => use(AnswersReadyContext);
