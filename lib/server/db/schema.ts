import { boolean, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";
import type { TEvaluation } from "@/lib/domain/engine/types";
import type { TAnswersDocument } from "@/lib/domain/schema";
import type { TOriginNote } from "@/lib/domain/assessment/saved";
import type { TVendorResponse } from "@/lib/domain/schema/vendor-response";

const at = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });


/** One assessment, reached by its random id (read link) and edited with a secret token (stored hashed). */
export const assessments = pgTable("assessments", {
  id: text("id").primaryKey(),
  editTokenHash: text("edit_token_hash").notNull(),
  /** Optimistic-concurrency counter: +1 on every change; sent as ETag and expected in If-Match. */
  version: integer("version").notNull(),
  /** Number of the round being edited (the latest one). */
  currentRound: integer("current_round").notNull(),
  serviceName: text("service_name").notNull(),
  origin: jsonb("origin").$type<TOriginNote>(),
  createdAt: at("created_at").notNull(),
  updatedAt: at("updated_at").notNull(),
  /** Last time someone read it (its page, the API, an export, a comparison), to the day; null: not since this was recorded. */
  lastReadAt: at("last_read_at"),
});

/**
 * One evaluation round. The latest round is edited in place; starting a new round
 * (re-evaluation) freezes the previous one with its answers, verdict and catalogue version.
 */
export const rounds = pgTable(
  "assessment_rounds",
  {
    assessmentId: text("assessment_id")
      .notNull()
      .references(() => assessments.id, { onDelete: "cascade" }),
    number: integer("number").notNull(),
    document: jsonb("document").$type<TAnswersDocument>().notNull(),
    evaluation: jsonb("evaluation").$type<TEvaluation>().notNull(),
    verdict: text("verdict").notNull(),
    catalogueVersion: text("catalogue_version").notNull(),
    startedAt: at("started_at").notNull(),
    evaluatedAt: at("evaluated_at").notNull(),
    frozenAt: at("frozen_at"),
    reviewDate: date("review_date", { mode: "string" }).notNull(),
    /** True when the owner chose the review date (else it follows the evaluation date + 1 year). */
    reviewDateSet: boolean("review_date_set").notNull().default(false),
  },
  (t) => [primaryKey({ columns: [t.assessmentId, t.number] })],
);

/** A published snapshot (school name only when the owner opted in; never the assessor). */
export const publications = pgTable(
  "publications",
  {
    publicId: text("public_id").primaryKey(),
    assessmentId: text("assessment_id")
      .notNull()
      .unique()
      .references(() => assessments.id, { onDelete: "cascade" }),
    showSchool: boolean("show_school").notNull(),
    round: integer("round").notNull(),
    serviceName: text("service_name").notNull(),
    /** Lower-case, accent-free service name and vendor, for search. */
    searchText: text("search_text").notNull(),
    document: jsonb("document").$type<TAnswersDocument>().notNull(),
    evaluation: jsonb("evaluation").$type<TEvaluation>().notNull(),
    verdict: text("verdict").notNull(),
    catalogueVersion: text("catalogue_version").notNull(),
    evaluatedAt: at("evaluated_at").notNull(),
    publishedAt: at("published_at").notNull(),
    updatedAt: at("updated_at").notNull(),
  },
  (t) => [index("publications_search_idx").on(t.searchText)],
);

/** A school's register of assessed services: itself a link (random id + edit token). */
export const registers = pgTable("registers", {
  id: text("id").primaryKey(),
  editTokenHash: text("edit_token_hash").notNull(),
  name: text("name"),
  createdAt: at("created_at").notNull(),
  updatedAt: at("updated_at").notNull(),
});

export const registerEntries = pgTable(
  "register_entries",
  {
    registerId: text("register_id")
      .notNull()
      .references(() => registers.id, { onDelete: "cascade" }),
    assessmentId: text("assessment_id")
      .notNull()
      .references(() => assessments.id, { onDelete: "cascade" }),
    addedAt: at("added_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.registerId, t.assessmentId] }), index("register_entries_assessment_idx").on(t.assessmentId)],
);

/**
 * The link an assessment's owner sends the vendor, so that it answers the [V] questions online: one
 * per assessment (a new one replaces the old). The token is stored hashed, and dropped when the
 * owner revokes it; the vendor's last response stays until it is replaced or accepted.
 */
export const vendorRequests = pgTable("vendor_requests", {
  assessmentId: text("assessment_id")
    .primaryKey()
    .references(() => assessments.id, { onDelete: "cascade" }),
  /** SHA-256 of the vendor token; null once revoked. */
  tokenHash: text("token_hash").unique(),
  lang: text("lang").notNull(),
  createdAt: at("created_at").notNull(),
  expiresAt: at("expires_at").notNull(),
  /** The vendor's last response, minus the answers the owner has accepted since. */
  response: jsonb("response").$type<TVendorResponse>(),
  submittedAt: at("submitted_at"),
});

export const SCHEMA = { assessments, rounds, publications, registers, registerEntries, vendorRequests };
