CREATE TABLE "assessments" (
	"id" text PRIMARY KEY NOT NULL,
	"edit_token_hash" text NOT NULL,
	"version" integer NOT NULL,
	"current_round" integer NOT NULL,
	"service_name" text NOT NULL,
	"origin" jsonb,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "publications" (
	"public_id" text PRIMARY KEY NOT NULL,
	"assessment_id" text NOT NULL,
	"show_school" boolean NOT NULL,
	"round" integer NOT NULL,
	"service_name" text NOT NULL,
	"search_text" text NOT NULL,
	"document" jsonb NOT NULL,
	"evaluation" jsonb NOT NULL,
	"verdict" text NOT NULL,
	"catalogue_version" text NOT NULL,
	"evaluated_at" timestamp with time zone NOT NULL,
	"published_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "publications_assessment_id_unique" UNIQUE("assessment_id")
);
--> statement-breakpoint
CREATE TABLE "register_entries" (
	"register_id" text NOT NULL,
	"assessment_id" text NOT NULL,
	"added_at" timestamp with time zone NOT NULL,
	CONSTRAINT "register_entries_register_id_assessment_id_pk" PRIMARY KEY("register_id","assessment_id")
);
--> statement-breakpoint
CREATE TABLE "registers" (
	"id" text PRIMARY KEY NOT NULL,
	"edit_token_hash" text NOT NULL,
	"name" text,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "assessment_rounds" (
	"assessment_id" text NOT NULL,
	"number" integer NOT NULL,
	"document" jsonb NOT NULL,
	"evaluation" jsonb NOT NULL,
	"verdict" text NOT NULL,
	"catalogue_version" text NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"evaluated_at" timestamp with time zone NOT NULL,
	"frozen_at" timestamp with time zone,
	"review_date" date NOT NULL,
	"review_date_set" boolean DEFAULT false NOT NULL,
	CONSTRAINT "assessment_rounds_assessment_id_number_pk" PRIMARY KEY("assessment_id","number")
);
--> statement-breakpoint
ALTER TABLE "publications" ADD CONSTRAINT "publications_assessment_id_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "register_entries" ADD CONSTRAINT "register_entries_register_id_registers_id_fk" FOREIGN KEY ("register_id") REFERENCES "public"."registers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "register_entries" ADD CONSTRAINT "register_entries_assessment_id_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_rounds" ADD CONSTRAINT "assessment_rounds_assessment_id_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "publications_search_idx" ON "publications" USING btree ("search_text");--> statement-breakpoint
CREATE INDEX "register_entries_assessment_idx" ON "register_entries" USING btree ("assessment_id");