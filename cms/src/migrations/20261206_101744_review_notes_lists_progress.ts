import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_review_notes_target_collection" AS ENUM('stories', 'galleries', 'honor-rolls');
  CREATE TYPE "public"."enum_site_settings_proofread_lists_sensitive_severity" AS ENUM('error', 'warning');
  CREATE TABLE "notice_comments_status_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"status" varchar NOT NULL,
  	"at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "_notice_comments_v_version_status_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"status" varchar NOT NULL,
  	"at" timestamp(3) with time zone NOT NULL,
  	"_uuid" varchar
  );
  
  CREATE TABLE "review_notes" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"target_collection" "enum_review_notes_target_collection" NOT NULL,
  	"target_id" numeric NOT NULL,
  	"body" varchar NOT NULL,
  	"author_id" integer,
  	"author_name" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "site_settings_proofread_lists_confusions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"wrong" varchar NOT NULL,
  	"right" varchar NOT NULL
  );
  
  CREATE TABLE "site_settings_proofread_lists_official_names" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL
  );
  
  CREATE TABLE "site_settings_proofread_lists_sensitive" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"word" varchar NOT NULL,
  	"suggestion" varchar,
  	"severity" "enum_site_settings_proofread_lists_sensitive_severity" DEFAULT 'error' NOT NULL
  );
  
  ALTER TABLE "notice_comments" ADD COLUMN "reply" varchar;
  ALTER TABLE "_notice_comments_v" ADD COLUMN "version_reply" varchar;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "review_notes_id" integer;
  ALTER TABLE "notice_comments_status_history" ADD CONSTRAINT "notice_comments_status_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."notice_comments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_notice_comments_v_version_status_history" ADD CONSTRAINT "_notice_comments_v_version_status_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_notice_comments_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "review_notes" ADD CONSTRAINT "review_notes_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "site_settings_proofread_lists_confusions" ADD CONSTRAINT "site_settings_proofread_lists_confusions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."site_settings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "site_settings_proofread_lists_official_names" ADD CONSTRAINT "site_settings_proofread_lists_official_names_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."site_settings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "site_settings_proofread_lists_sensitive" ADD CONSTRAINT "site_settings_proofread_lists_sensitive_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."site_settings"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "notice_comments_status_history_order_idx" ON "notice_comments_status_history" USING btree ("_order");
  CREATE INDEX "notice_comments_status_history_parent_id_idx" ON "notice_comments_status_history" USING btree ("_parent_id");
  CREATE INDEX "_notice_comments_v_version_status_history_order_idx" ON "_notice_comments_v_version_status_history" USING btree ("_order");
  CREATE INDEX "_notice_comments_v_version_status_history_parent_id_idx" ON "_notice_comments_v_version_status_history" USING btree ("_parent_id");
  CREATE INDEX "review_notes_target_collection_idx" ON "review_notes" USING btree ("target_collection");
  CREATE INDEX "review_notes_target_id_idx" ON "review_notes" USING btree ("target_id");
  CREATE INDEX "review_notes_author_idx" ON "review_notes" USING btree ("author_id");
  CREATE INDEX "review_notes_updated_at_idx" ON "review_notes" USING btree ("updated_at");
  CREATE INDEX "review_notes_created_at_idx" ON "review_notes" USING btree ("created_at");
  CREATE INDEX "site_settings_proofread_lists_confusions_order_idx" ON "site_settings_proofread_lists_confusions" USING btree ("_order");
  CREATE INDEX "site_settings_proofread_lists_confusions_parent_id_idx" ON "site_settings_proofread_lists_confusions" USING btree ("_parent_id");
  CREATE INDEX "site_settings_proofread_lists_official_names_order_idx" ON "site_settings_proofread_lists_official_names" USING btree ("_order");
  CREATE INDEX "site_settings_proofread_lists_official_names_parent_id_idx" ON "site_settings_proofread_lists_official_names" USING btree ("_parent_id");
  CREATE INDEX "site_settings_proofread_lists_sensitive_order_idx" ON "site_settings_proofread_lists_sensitive" USING btree ("_order");
  CREATE INDEX "site_settings_proofread_lists_sensitive_parent_id_idx" ON "site_settings_proofread_lists_sensitive" USING btree ("_parent_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_review_notes_fk" FOREIGN KEY ("review_notes_id") REFERENCES "public"."review_notes"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_review_notes_id_idx" ON "payload_locked_documents_rels" USING btree ("review_notes_id");`)
  // Written by hand: comments from before the status history was kept get arrival (as the submit
  // endpoint stores it) at their creation, and their present status at their last change where it differs.
  await db.execute(sql`
  INSERT INTO "notice_comments_status_history" ("_order", "_parent_id", "id", "status", "at")
  SELECT 1, c."id", substr(md5(random()::text || c."id"::text), 1, 24),
    CASE WHEN c."kind" = 'objection' THEN 'received' ELSE 'pending' END, c."created_at"
  FROM "notice_comments" c;
  INSERT INTO "notice_comments_status_history" ("_order", "_parent_id", "id", "status", "at")
  SELECT 2, c."id", substr(md5(random()::text || c."id"::text || 'now'), 1, 24), c."status"::text, c."updated_at"
  FROM "notice_comments" c
  WHERE c."status"::text <> CASE WHEN c."kind" = 'objection' THEN 'received' ELSE 'pending' END;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "notice_comments_status_history" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_notice_comments_v_version_status_history" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "review_notes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "site_settings_proofread_lists_confusions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "site_settings_proofread_lists_official_names" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "site_settings_proofread_lists_sensitive" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "notice_comments_status_history" CASCADE;
  DROP TABLE "_notice_comments_v_version_status_history" CASCADE;
  DROP TABLE "review_notes" CASCADE;
  DROP TABLE "site_settings_proofread_lists_confusions" CASCADE;
  DROP TABLE "site_settings_proofread_lists_official_names" CASCADE;
  DROP TABLE "site_settings_proofread_lists_sensitive" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_review_notes_fk";
  
  DROP INDEX "payload_locked_documents_rels_review_notes_id_idx";
  ALTER TABLE "notice_comments" DROP COLUMN "reply";
  ALTER TABLE "_notice_comments_v" DROP COLUMN "version_reply";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "review_notes_id";
  DROP TYPE "public"."enum_review_notes_target_collection";
  DROP TYPE "public"."enum_site_settings_proofread_lists_sensitive_severity";`)
}
