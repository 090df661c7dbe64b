/**
 * Where each Vigie question goes in the PIA tool's default template (question ids of
 * src/assets/files/pia_architecture.json). A question may feed several items.
 */
export const PIA_QUESTIONS = {
  /** 1.1 Overview: processing under consideration. */
  111: ["CTX-01", "CTX-02", "CTX-03", "CTX-04", "COM-07", "HOST-06", "MIN-08", "AI-01", "AI-06"],
  /** 1.1 Responsibilities. */
  112: ["ACC-01", "ACC-06", "ACC-03", "ACC-04", "ACC-07", "AI-08"],
  /** 1.1 Applicable standards. */
  113: ["SEC-04", "HOST-05", "ACC-05", "AI-02", "AI-03", "AI-09"],
  /** 1.2 Data processed. */
  121: ["MIN-01", "MIN-02", "MIN-03", "MIN-09"],
  /** 1.2 Life cycle of data and processes. */
  122: ["MIN-05", "MIN-06", "MIN-07"],
  /** 1.2 Data supporting assets. */
  123: ["HOST-01", "HOST-02", "SEC-02"],
  /** 2.1 Purposes. */
  211: ["COM-01", "COM-02", "COM-03", "COM-04", "COM-06", "AI-05"],
  /** 2.1 Legal basis. */
  212: ["INF-03", "INF-04"],
  /** 2.1 Adequate data (minimisation). */
  213: ["MIN-01", "MIN-02", "MIN-04", "COM-05", "RIG-07"],
  /** 2.1 Data accuracy. */
  214: ["RIG-02", "RIG-06", "AI-02", "AI-07"],
  /** 2.1 Storage duration. */
  215: ["MIN-05", "MIN-06"],
  /** 2.2 Information. */
  221: ["INF-01", "INF-02", "RIG-04", "AI-04"],
  /** 2.2 Consent. */
  222: ["INF-03", "INF-04"],
  /** 2.2 Access and portability. */
  223: ["RIG-01", "MIN-07"],
  /** 2.2 Rectification and erasure. */
  224: ["RIG-02", "MIN-06"],
  /** 2.2 Restriction and objection. */
  225: ["RIG-03", "RIG-06", "AI-07"],
  /** 2.2 Subcontracting (processors). */
  226: ["ACC-01", "ACC-02", "RIG-05", "SEC-06", "ACC-07", "AI-05"],
  /** 2.2 Transfers outside the EU. */
  227: ["HOST-01", "HOST-02", "HOST-03", "HOST-04", "HOST-07"],
} as const satisfies Record<number, readonly string[]>;

/** Security answers that become 3.1 measures (planned or existing), in this order. */
export const PIA_MEASURE_RULES = ["SEC-01", "SEC-02", "SEC-03", "SEC-04", "SEC-05", "SEC-06", "SEC-07", "HOST-07"] as const;

/** 3.2–3.4 "controls" lists (324, 334, 344): measures that answer each risk, when they exist. */
export const PIA_RISK_CONTROLS = {
  /** 3.2 Illegitimate access to data. */
  324: ["SEC-01", "SEC-02", "SEC-03", "SEC-05", "HOST-07"],
  /** 3.3 Unwanted modification of data. */
  334: ["SEC-03", "SEC-05", "SEC-07"],
  /** 3.4 Data disappearance. */
  344: ["SEC-07", "SEC-04"],
} as const satisfies Record<number, readonly (typeof PIA_MEASURE_RULES)[number][]>;
