import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_stories_change_request" AS ENUM('unpublish', 'delete');
  CREATE TYPE "public"."enum__stories_v_version_change_request" AS ENUM('unpublish', 'delete');
  CREATE TYPE "public"."enum_honor_rolls_change_request" AS ENUM('unpublish', 'delete');
  CREATE TYPE "public"."enum__honor_rolls_v_version_change_request" AS ENUM('unpublish', 'delete');
  CREATE TYPE "public"."enum_galleries_change_request" AS ENUM('unpublish', 'delete');
  CREATE TYPE "public"."enum__galleries_v_version_change_request" AS ENUM('unpublish', 'delete');
  CREATE TYPE "public"."enum_audit_log_action" AS ENUM('published', 'unpublished', 'deleted');
  ALTER TYPE "public"."enum_stories_review_log_action" ADD VALUE 'unpublished';
  ALTER TYPE "public"."enum_stories_review_log_action" ADD VALUE 'unpublishRequested';
  ALTER TYPE "public"."enum_stories_review_log_action" ADD VALUE 'deleteRequested';
  ALTER TYPE "public"."enum_stories_review_log_action" ADD VALUE 'requestDeclined';
  ALTER TYPE "public"."enum_stories_review_log_action" ADD VALUE 'requestWithdrawn';
  ALTER TYPE "public"."enum__stories_v_version_review_log_action" ADD VALUE 'unpublished';
  ALTER TYPE "public"."enum__stories_v_version_review_log_action" ADD VALUE 'unpublishRequested';
  ALTER TYPE "public"."enum__stories_v_version_review_log_action" ADD VALUE 'deleteRequested';
  ALTER TYPE "public"."enum__stories_v_version_review_log_action" ADD VALUE 'requestDeclined';
  ALTER TYPE "public"."enum__stories_v_version_review_log_action" ADD VALUE 'requestWithdrawn';
  ALTER TYPE "public"."enum_honor_rolls_review_log_action" ADD VALUE 'unpublished';
  ALTER TYPE "public"."enum_honor_rolls_review_log_action" ADD VALUE 'unpublishRequested';
  ALTER TYPE "public"."enum_honor_rolls_review_log_action" ADD VALUE 'deleteRequested';
  ALTER TYPE "public"."enum_honor_rolls_review_log_action" ADD VALUE 'requestDeclined';
  ALTER TYPE "public"."enum_honor_rolls_review_log_action" ADD VALUE 'requestWithdrawn';
  ALTER TYPE "public"."enum__honor_rolls_v_version_review_log_action" ADD VALUE 'unpublished';
  ALTER TYPE "public"."enum__honor_rolls_v_version_review_log_action" ADD VALUE 'unpublishRequested';
  ALTER TYPE "public"."enum__honor_rolls_v_version_review_log_action" ADD VALUE 'deleteRequested';
  ALTER TYPE "public"."enum__honor_rolls_v_version_review_log_action" ADD VALUE 'requestDeclined';
  ALTER TYPE "public"."enum__honor_rolls_v_version_review_log_action" ADD VALUE 'requestWithdrawn';
  ALTER TYPE "public"."enum_galleries_review_log_action" ADD VALUE 'unpublished';
  ALTER TYPE "public"."enum_galleries_review_log_action" ADD VALUE 'unpublishRequested';
  ALTER TYPE "public"."enum_galleries_review_log_action" ADD VALUE 'deleteRequested';
  ALTER TYPE "public"."enum_galleries_review_log_action" ADD VALUE 'requestDeclined';
  ALTER TYPE "public"."enum_galleries_review_log_action" ADD VALUE 'requestWithdrawn';
  ALTER TYPE "public"."enum__galleries_v_version_review_log_action" ADD VALUE 'unpublished';
  ALTER TYPE "public"."enum__galleries_v_version_review_log_action" ADD VALUE 'unpublishRequested';
  ALTER TYPE "public"."enum__galleries_v_version_review_log_action" ADD VALUE 'deleteRequested';
  ALTER TYPE "public"."enum__galleries_v_version_review_log_action" ADD VALUE 'requestDeclined';
  ALTER TYPE "public"."enum__galleries_v_version_review_log_action" ADD VALUE 'requestWithdrawn';
  CREATE TABLE "audit_log" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"action" "enum_audit_log_action" NOT NULL,
  	"collection" varchar NOT NULL,
  	"doc_id" varchar NOT NULL,
  	"title" varchar,
  	"user" varchar,
  	"at" timestamp(3) with time zone NOT NULL,
  	"client_address" varchar,
  	"note" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "stories" ADD COLUMN "change_request" "enum_stories_change_request";
  ALTER TABLE "stories" ADD COLUMN "change_request_reason" varchar;
  ALTER TABLE "_stories_v" ADD COLUMN "version_change_request" "enum__stories_v_version_change_request";
  ALTER TABLE "_stories_v" ADD COLUMN "version_change_request_reason" varchar;
  ALTER TABLE "honor_rolls" ADD COLUMN "change_request" "enum_honor_rolls_change_request";
  ALTER TABLE "honor_rolls" ADD COLUMN "change_request_reason" varchar;
  ALTER TABLE "_honor_rolls_v" ADD COLUMN "version_change_request" "enum__honor_rolls_v_version_change_request";
  ALTER TABLE "_honor_rolls_v" ADD COLUMN "version_change_request_reason" varchar;
  ALTER TABLE "galleries" ADD COLUMN "change_request" "enum_galleries_change_request";
  ALTER TABLE "galleries" ADD COLUMN "change_request_reason" varchar;
  ALTER TABLE "_galleries_v" ADD COLUMN "version_change_request" "enum__galleries_v_version_change_request";
  ALTER TABLE "_galleries_v" ADD COLUMN "version_change_request_reason" varchar;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "audit_log_id" integer;
  CREATE INDEX "audit_log_action_idx" ON "audit_log" USING btree ("action");
  CREATE INDEX "audit_log_collection_idx" ON "audit_log" USING btree ("collection");
  CREATE INDEX "audit_log_doc_id_idx" ON "audit_log" USING btree ("doc_id");
  CREATE INDEX "audit_log_at_idx" ON "audit_log" USING btree ("at");
  CREATE INDEX "audit_log_updated_at_idx" ON "audit_log" USING btree ("updated_at");
  CREATE INDEX "audit_log_created_at_idx" ON "audit_log" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_audit_log_fk" FOREIGN KEY ("audit_log_id") REFERENCES "public"."audit_log"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_audit_log_id_idx" ON "payload_locked_documents_rels" USING btree ("audit_log_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "audit_log" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "audit_log" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_audit_log_fk";
  
  ALTER TABLE "stories_review_log" ALTER COLUMN "action" SET DATA TYPE text;
  DROP TYPE "public"."enum_stories_review_log_action";
  CREATE TYPE "public"."enum_stories_review_log_action" AS ENUM('submitted', 'returned', 'approved', 'published', 'reopened');
  ALTER TABLE "stories_review_log" ALTER COLUMN "action" SET DATA TYPE "public"."enum_stories_review_log_action" USING "action"::"public"."enum_stories_review_log_action";
  ALTER TABLE "_stories_v_version_review_log" ALTER COLUMN "action" SET DATA TYPE text;
  DROP TYPE "public"."enum__stories_v_version_review_log_action";
  CREATE TYPE "public"."enum__stories_v_version_review_log_action" AS ENUM('submitted', 'returned', 'approved', 'published', 'reopened');
  ALTER TABLE "_stories_v_version_review_log" ALTER COLUMN "action" SET DATA TYPE "public"."enum__stories_v_version_review_log_action" USING "action"::"public"."enum__stories_v_version_review_log_action";
  ALTER TABLE "honor_rolls_review_log" ALTER COLUMN "action" SET DATA TYPE text;
  DROP TYPE "public"."enum_honor_rolls_review_log_action";
  CREATE TYPE "public"."enum_honor_rolls_review_log_action" AS ENUM('submitted', 'returned', 'approved', 'published', 'reopened');
  ALTER TABLE "honor_rolls_review_log" ALTER COLUMN "action" SET DATA TYPE "public"."enum_honor_rolls_review_log_action" USING "action"::"public"."enum_honor_rolls_review_log_action";
  ALTER TABLE "_honor_rolls_v_version_review_log" ALTER COLUMN "action" SET DATA TYPE text;
  DROP TYPE "public"."enum__honor_rolls_v_version_review_log_action";
  CREATE TYPE "public"."enum__honor_rolls_v_version_review_log_action" AS ENUM('submitted', 'returned', 'approved', 'published', 'reopened');
  ALTER TABLE "_honor_rolls_v_version_review_log" ALTER COLUMN "action" SET DATA TYPE "public"."enum__honor_rolls_v_version_review_log_action" USING "action"::"public"."enum__honor_rolls_v_version_review_log_action";
  ALTER TABLE "galleries_review_log" ALTER COLUMN "action" SET DATA TYPE text;
  DROP TYPE "public"."enum_galleries_review_log_action";
  CREATE TYPE "public"."enum_galleries_review_log_action" AS ENUM('submitted', 'returned', 'approved', 'published', 'reopened');
  ALTER TABLE "galleries_review_log" ALTER COLUMN "action" SET DATA TYPE "public"."enum_galleries_review_log_action" USING "action"::"public"."enum_galleries_review_log_action";
  ALTER TABLE "_galleries_v_version_review_log" ALTER COLUMN "action" SET DATA TYPE text;
  DROP TYPE "public"."enum__galleries_v_version_review_log_action";
  CREATE TYPE "public"."enum__galleries_v_version_review_log_action" AS ENUM('submitted', 'returned', 'approved', 'published', 'reopened');
  ALTER TABLE "_galleries_v_version_review_log" ALTER COLUMN "action" SET DATA TYPE "public"."enum__galleries_v_version_review_log_action" USING "action"::"public"."enum__galleries_v_version_review_log_action";
  DROP INDEX "payload_locked_documents_rels_audit_log_id_idx";
  ALTER TABLE "stories" DROP COLUMN "change_request";
  ALTER TABLE "stories" DROP COLUMN "change_request_reason";
  ALTER TABLE "_stories_v" DROP COLUMN "version_change_request";
  ALTER TABLE "_stories_v" DROP COLUMN "version_change_request_reason";
  ALTER TABLE "honor_rolls" DROP COLUMN "change_request";
  ALTER TABLE "honor_rolls" DROP COLUMN "change_request_reason";
  ALTER TABLE "_honor_rolls_v" DROP COLUMN "version_change_request";
  ALTER TABLE "_honor_rolls_v" DROP COLUMN "version_change_request_reason";
  ALTER TABLE "galleries" DROP COLUMN "change_request";
  ALTER TABLE "galleries" DROP COLUMN "change_request_reason";
  ALTER TABLE "_galleries_v" DROP COLUMN "version_change_request";
  ALTER TABLE "_galleries_v" DROP COLUMN "version_change_request_reason";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "audit_log_id";
  DROP TYPE "public"."enum_stories_change_request";
  DROP TYPE "public"."enum__stories_v_version_change_request";
  DROP TYPE "public"."enum_honor_rolls_change_request";
  DROP TYPE "public"."enum__honor_rolls_v_version_change_request";
  DROP TYPE "public"."enum_galleries_change_request";
  DROP TYPE "public"."enum__galleries_v_version_change_request";
  DROP TYPE "public"."enum_audit_log_action";`)
}
