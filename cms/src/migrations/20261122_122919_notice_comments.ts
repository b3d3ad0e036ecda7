import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_notice_comments_kind" AS ENUM('comment', 'objection');
  CREATE TYPE "public"."enum_notice_comments_status" AS ENUM('pending', 'approved', 'rejected', 'received', 'under-review', 'resolved');
  CREATE TYPE "public"."enum__notice_comments_v_version_kind" AS ENUM('comment', 'objection');
  CREATE TYPE "public"."enum__notice_comments_v_version_status" AS ENUM('pending', 'approved', 'rejected', 'received', 'under-review', 'resolved');
  CREATE TABLE "notice_comments" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"receipt" varchar NOT NULL,
  	"idempotency_key" varchar NOT NULL,
  	"kind" "enum_notice_comments_kind" NOT NULL,
  	"status" "enum_notice_comments_status" NOT NULL,
  	"notice_id" integer NOT NULL,
  	"nominee_id" varchar,
  	"nominee_name" varchar,
  	"name" varchar,
  	"phone" varchar,
  	"email" varchar,
  	"content" varchar NOT NULL,
  	"evidence" varchar,
  	"moderator_note" varchar,
  	"public_reply" varchar,
  	"resolution" varchar,
  	"ip_hash" varchar,
  	"user_agent" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "_notice_comments_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_receipt" varchar NOT NULL,
  	"version_idempotency_key" varchar NOT NULL,
  	"version_kind" "enum__notice_comments_v_version_kind" NOT NULL,
  	"version_status" "enum__notice_comments_v_version_status" NOT NULL,
  	"version_notice_id" integer NOT NULL,
  	"version_nominee_id" varchar,
  	"version_nominee_name" varchar,
  	"version_name" varchar,
  	"version_phone" varchar,
  	"version_email" varchar,
  	"version_content" varchar NOT NULL,
  	"version_evidence" varchar,
  	"version_moderator_note" varchar,
  	"version_public_reply" varchar,
  	"version_resolution" varchar,
  	"version_ip_hash" varchar,
  	"version_user_agent" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "notice_comments_id" integer;
  ALTER TABLE "notice_comments" ADD CONSTRAINT "notice_comments_notice_id_notices_id_fk" FOREIGN KEY ("notice_id") REFERENCES "public"."notices"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_notice_comments_v" ADD CONSTRAINT "_notice_comments_v_parent_id_notice_comments_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."notice_comments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_notice_comments_v" ADD CONSTRAINT "_notice_comments_v_version_notice_id_notices_id_fk" FOREIGN KEY ("version_notice_id") REFERENCES "public"."notices"("id") ON DELETE set null ON UPDATE no action;
  CREATE UNIQUE INDEX "notice_comments_receipt_idx" ON "notice_comments" USING btree ("receipt");
  CREATE UNIQUE INDEX "notice_comments_idempotency_key_idx" ON "notice_comments" USING btree ("idempotency_key");
  CREATE INDEX "notice_comments_status_idx" ON "notice_comments" USING btree ("status");
  CREATE INDEX "notice_comments_notice_idx" ON "notice_comments" USING btree ("notice_id");
  CREATE INDEX "notice_comments_nominee_id_idx" ON "notice_comments" USING btree ("nominee_id");
  CREATE INDEX "notice_comments_updated_at_idx" ON "notice_comments" USING btree ("updated_at");
  CREATE INDEX "notice_comments_created_at_idx" ON "notice_comments" USING btree ("created_at");
  CREATE INDEX "_notice_comments_v_parent_idx" ON "_notice_comments_v" USING btree ("parent_id");
  CREATE INDEX "_notice_comments_v_version_version_receipt_idx" ON "_notice_comments_v" USING btree ("version_receipt");
  CREATE INDEX "_notice_comments_v_version_version_idempotency_key_idx" ON "_notice_comments_v" USING btree ("version_idempotency_key");
  CREATE INDEX "_notice_comments_v_version_version_status_idx" ON "_notice_comments_v" USING btree ("version_status");
  CREATE INDEX "_notice_comments_v_version_version_notice_idx" ON "_notice_comments_v" USING btree ("version_notice_id");
  CREATE INDEX "_notice_comments_v_version_version_nominee_id_idx" ON "_notice_comments_v" USING btree ("version_nominee_id");
  CREATE INDEX "_notice_comments_v_version_version_updated_at_idx" ON "_notice_comments_v" USING btree ("version_updated_at");
  CREATE INDEX "_notice_comments_v_version_version_created_at_idx" ON "_notice_comments_v" USING btree ("version_created_at");
  CREATE INDEX "_notice_comments_v_created_at_idx" ON "_notice_comments_v" USING btree ("created_at");
  CREATE INDEX "_notice_comments_v_updated_at_idx" ON "_notice_comments_v" USING btree ("updated_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_notice_comments_fk" FOREIGN KEY ("notice_comments_id") REFERENCES "public"."notice_comments"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_notice_comments_id_idx" ON "payload_locked_documents_rels" USING btree ("notice_comments_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "notice_comments" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_notice_comments_v" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "notice_comments" CASCADE;
  DROP TABLE "_notice_comments_v" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_notice_comments_fk";
  
  DROP INDEX "payload_locked_documents_rels_notice_comments_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "notice_comments_id";
  DROP TYPE "public"."enum_notice_comments_kind";
  DROP TYPE "public"."enum_notice_comments_status";
  DROP TYPE "public"."enum__notice_comments_v_version_kind";
  DROP TYPE "public"."enum__notice_comments_v_version_status";`)
}
