CREATE TABLE "vendor_requests" (
	"assessment_id" text PRIMARY KEY NOT NULL,
	"token_hash" text,
	"lang" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"response" jsonb,
	"submitted_at" timestamp with time zone,
	CONSTRAINT "vendor_requests_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
ALTER TABLE "vendor_requests" ADD CONSTRAINT "vendor_requests_assessment_id_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessments"("id") ON DELETE cascade ON UPDATE no action;