import type { TDpiaStatus } from "./types";

/** The segment of the messages of each DPIA status (Report.dpia.*, Dpia.*, Documents.dpia.meaning.*). */
export const DPIA_MESSAGE: Record<TDpiaStatus, "required" | "undetermined" | "notRequired"> = {
  required: "required",
  undetermined: "undetermined",
  not_required: "notRequired",
};
