import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/**
 * Notices go through the review chain (送审 → 初审 → 终审 → 发布) like stories: the review fields
 * and the 批注 on notices. Notices published before count as approved, as stories did in
 * 20261123_144819_review_step; they have no history to name an author by, so they keep none.
 */

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_notices_review_log_action" AS ENUM('submitted', 'returned', 'approved', 'published', 'reopened', 'unpublished', 'unpublishRequested', 'deleteRequested', 'requestDeclined', 'requestWithdrawn');
  CREATE TYPE "public"."enum_notices_review_state" AS ENUM('draft', 'submitted', 'returned', 'approved');
  CREATE TYPE "public"."enum_notices_change_request" AS ENUM('unpublish', 'delete');
  CREATE TYPE "public"."enum__notices_v_version_review_log_action" AS ENUM('submitted', 'returned', 'approved', 'published', 'reopened', 'unpublished', 'unpublishRequested', 'deleteRequested', 'requestDeclined', 'requestWithdrawn');
  CREATE TYPE "public"."enum__notices_v_version_review_state" AS ENUM('draft', 'submitted', 'returned', 'approved');
  CREATE TYPE "public"."enum__notices_v_version_change_request" AS ENUM('unpublish', 'delete');
  ALTER TYPE "public"."enum_review_notes_target_collection" ADD VALUE 'notices';
  CREATE TABLE "notices_review_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"action" "enum_notices_review_log_action",
  	"by" varchar,
  	"at" timestamp(3) with time zone,
  	"stage" numeric,
  	"stage_name" varchar,
  	"note" varchar,
  	"override_reason" varchar
  );
  
  CREATE TABLE "notices_signatures" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"stage" numeric,
  	"user_id" numeric,
  	"by" varchar,
  	"at" timestamp(3) with time zone,
  	"note" varchar,
  	"override_reason" varchar
  );
  
  CREATE TABLE "_notices_v_version_review_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"action" "enum__notices_v_version_review_log_action",
  	"by" varchar,
  	"at" timestamp(3) with time zone,
  	"stage" numeric,
  	"stage_name" varchar,
  	"note" varchar,
  	"override_reason" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_notices_v_version_signatures" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"stage" numeric,
  	"user_id" numeric,
  	"by" varchar,
  	"at" timestamp(3) with time zone,
  	"note" varchar,
  	"override_reason" varchar,
  	"_uuid" varchar
  );
  
  ALTER TABLE "notices" ADD COLUMN "author_id" integer;
  ALTER TABLE "notices" ADD COLUMN "review_state" "enum_notices_review_state" DEFAULT 'draft';
  ALTER TABLE "notices" ADD COLUMN "review_note" varchar;
  ALTER TABLE "notices" ADD COLUMN "change_request" "enum_notices_change_request";
  ALTER TABLE "notices" ADD COLUMN "change_request_reason" varchar;
  ALTER TABLE "notices" ADD COLUMN "updated_by_name" varchar;
  ALTER TABLE "notices" ADD COLUMN "review_stage" numeric;
  ALTER TABLE "_notices_v" ADD COLUMN "version_author_id" integer;
  ALTER TABLE "_notices_v" ADD COLUMN "version_review_state" "enum__notices_v_version_review_state" DEFAULT 'draft';
  ALTER TABLE "_notices_v" ADD COLUMN "version_review_note" varchar;
  ALTER TABLE "_notices_v" ADD COLUMN "version_change_request" "enum__notices_v_version_change_request";
  ALTER TABLE "_notices_v" ADD COLUMN "version_change_request_reason" varchar;
  ALTER TABLE "_notices_v" ADD COLUMN "version_updated_by_name" varchar;
  ALTER TABLE "_notices_v" ADD COLUMN "version_review_stage" numeric;
  ALTER TABLE "notices_review_log" ADD CONSTRAINT "notices_review_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."notices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "notices_signatures" ADD CONSTRAINT "notices_signatures_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."notices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_notices_v_version_review_log" ADD CONSTRAINT "_notices_v_version_review_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_notices_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_notices_v_version_signatures" ADD CONSTRAINT "_notices_v_version_signatures_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_notices_v"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "notices_review_log_order_idx" ON "notices_review_log" USING btree ("_order");
  CREATE INDEX "notices_review_log_parent_id_idx" ON "notices_review_log" USING btree ("_parent_id");
  CREATE INDEX "notices_signatures_order_idx" ON "notices_signatures" USING btree ("_order");
  CREATE INDEX "notices_signatures_parent_id_idx" ON "notices_signatures" USING btree ("_parent_id");
  CREATE INDEX "_notices_v_version_review_log_order_idx" ON "_notices_v_version_review_log" USING btree ("_order");
  CREATE INDEX "_notices_v_version_review_log_parent_id_idx" ON "_notices_v_version_review_log" USING btree ("_parent_id");
  CREATE INDEX "_notices_v_version_signatures_order_idx" ON "_notices_v_version_signatures" USING btree ("_order");
  CREATE INDEX "_notices_v_version_signatures_parent_id_idx" ON "_notices_v_version_signatures" USING btree ("_parent_id");
  ALTER TABLE "notices" ADD CONSTRAINT "notices_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_notices_v" ADD CONSTRAINT "_notices_v_version_author_id_users_id_fk" FOREIGN KEY ("version_author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "notices_author_idx" ON "notices" USING btree ("author_id");
  CREATE INDEX "notices_review_state_idx" ON "notices" USING btree ("review_state");
  CREATE INDEX "_notices_v_version_version_author_idx" ON "_notices_v" USING btree ("version_author_id");
  CREATE INDEX "_notices_v_version_version_review_state_idx" ON "_notices_v" USING btree ("version_review_state");
  UPDATE "notices" SET "review_state" = 'approved' WHERE "_status" = 'published';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "notices_review_log" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "notices_signatures" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_notices_v_version_review_log" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_notices_v_version_signatures" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "notices_review_log" CASCADE;
  DROP TABLE "notices_signatures" CASCADE;
  DROP TABLE "_notices_v_version_review_log" CASCADE;
  DROP TABLE "_notices_v_version_signatures" CASCADE;
  ALTER TABLE "notices" DROP CONSTRAINT "notices_author_id_users_id_fk";
  
  ALTER TABLE "_notices_v" DROP CONSTRAINT "_notices_v_version_author_id_users_id_fk";
  
  DELETE FROM "review_notes" WHERE "target_collection" = 'notices';
  ALTER TABLE "review_notes" ALTER COLUMN "target_collection" SET DATA TYPE text;
  DROP TYPE "public"."enum_review_notes_target_collection";
  CREATE TYPE "public"."enum_review_notes_target_collection" AS ENUM('stories', 'galleries', 'honor-rolls');
  ALTER TABLE "review_notes" ALTER COLUMN "target_collection" SET DATA TYPE "public"."enum_review_notes_target_collection" USING "target_collection"::"public"."enum_review_notes_target_collection";
  DROP INDEX "notices_author_idx";
  DROP INDEX "notices_review_state_idx";
  DROP INDEX "_notices_v_version_version_author_idx";
  DROP INDEX "_notices_v_version_version_review_state_idx";
  ALTER TABLE "notices" DROP COLUMN "author_id";
  ALTER TABLE "notices" DROP COLUMN "review_state";
  ALTER TABLE "notices" DROP COLUMN "review_note";
  ALTER TABLE "notices" DROP COLUMN "change_request";
  ALTER TABLE "notices" DROP COLUMN "change_request_reason";
  ALTER TABLE "notices" DROP COLUMN "updated_by_name";
  ALTER TABLE "notices" DROP COLUMN "review_stage";
  ALTER TABLE "_notices_v" DROP COLUMN "version_author_id";
  ALTER TABLE "_notices_v" DROP COLUMN "version_review_state";
  ALTER TABLE "_notices_v" DROP COLUMN "version_review_note";
  ALTER TABLE "_notices_v" DROP COLUMN "version_change_request";
  ALTER TABLE "_notices_v" DROP COLUMN "version_change_request_reason";
  ALTER TABLE "_notices_v" DROP COLUMN "version_updated_by_name";
  ALTER TABLE "_notices_v" DROP COLUMN "version_review_stage";
  DROP TYPE "public"."enum_notices_review_log_action";
  DROP TYPE "public"."enum_notices_review_state";
  DROP TYPE "public"."enum_notices_change_request";
  DROP TYPE "public"."enum__notices_v_version_review_log_action";
  DROP TYPE "public"."enum__notices_v_version_review_state";
  DROP TYPE "public"."enum__notices_v_version_change_request";`)
}
