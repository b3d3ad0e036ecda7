import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_stories_review_log_action" AS ENUM('submitted', 'returned', 'approved', 'published', 'reopened');
  CREATE TYPE "public"."enum_stories_review_state" AS ENUM('draft', 'submitted', 'returned', 'approved');
  CREATE TYPE "public"."enum__stories_v_version_review_log_action" AS ENUM('submitted', 'returned', 'approved', 'published', 'reopened');
  CREATE TYPE "public"."enum__stories_v_version_review_state" AS ENUM('draft', 'submitted', 'returned', 'approved');
  CREATE TYPE "public"."enum_honor_rolls_review_log_action" AS ENUM('submitted', 'returned', 'approved', 'published', 'reopened');
  CREATE TYPE "public"."enum_honor_rolls_review_state" AS ENUM('draft', 'submitted', 'returned', 'approved');
  CREATE TYPE "public"."enum__honor_rolls_v_version_review_log_action" AS ENUM('submitted', 'returned', 'approved', 'published', 'reopened');
  CREATE TYPE "public"."enum__honor_rolls_v_version_review_state" AS ENUM('draft', 'submitted', 'returned', 'approved');
  CREATE TYPE "public"."enum_galleries_review_log_action" AS ENUM('submitted', 'returned', 'approved', 'published', 'reopened');
  CREATE TYPE "public"."enum_galleries_review_state" AS ENUM('draft', 'submitted', 'returned', 'approved');
  CREATE TYPE "public"."enum__galleries_v_version_review_log_action" AS ENUM('submitted', 'returned', 'approved', 'published', 'reopened');
  CREATE TYPE "public"."enum__galleries_v_version_review_state" AS ENUM('draft', 'submitted', 'returned', 'approved');
  ALTER TYPE "public"."enum_users_roles" ADD VALUE 'reviewer' BEFORE 'notice-staff';
  CREATE TABLE "stories_review_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"action" "enum_stories_review_log_action",
  	"by" varchar,
  	"at" timestamp(3) with time zone,
  	"note" varchar
  );
  
  CREATE TABLE "_stories_v_version_review_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"action" "enum__stories_v_version_review_log_action",
  	"by" varchar,
  	"at" timestamp(3) with time zone,
  	"note" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "honor_rolls_review_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"action" "enum_honor_rolls_review_log_action",
  	"by" varchar,
  	"at" timestamp(3) with time zone,
  	"note" varchar
  );
  
  CREATE TABLE "_honor_rolls_v_version_review_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"action" "enum__honor_rolls_v_version_review_log_action",
  	"by" varchar,
  	"at" timestamp(3) with time zone,
  	"note" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "galleries_review_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"action" "enum_galleries_review_log_action",
  	"by" varchar,
  	"at" timestamp(3) with time zone,
  	"note" varchar
  );
  
  CREATE TABLE "_galleries_v_version_review_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"action" "enum__galleries_v_version_review_log_action",
  	"by" varchar,
  	"at" timestamp(3) with time zone,
  	"note" varchar,
  	"_uuid" varchar
  );
  
  ALTER TABLE "stories" ADD COLUMN "review_state" "enum_stories_review_state" DEFAULT 'draft';
  ALTER TABLE "stories" ADD COLUMN "review_note" varchar;
  ALTER TABLE "stories" ADD COLUMN "updated_by_name" varchar;
  ALTER TABLE "_stories_v" ADD COLUMN "version_review_state" "enum__stories_v_version_review_state" DEFAULT 'draft';
  ALTER TABLE "_stories_v" ADD COLUMN "version_review_note" varchar;
  ALTER TABLE "_stories_v" ADD COLUMN "version_updated_by_name" varchar;
  ALTER TABLE "honor_rolls" ADD COLUMN "review_state" "enum_honor_rolls_review_state" DEFAULT 'draft';
  ALTER TABLE "honor_rolls" ADD COLUMN "review_note" varchar;
  ALTER TABLE "honor_rolls" ADD COLUMN "updated_by_name" varchar;
  ALTER TABLE "_honor_rolls_v" ADD COLUMN "version_review_state" "enum__honor_rolls_v_version_review_state" DEFAULT 'draft';
  ALTER TABLE "_honor_rolls_v" ADD COLUMN "version_review_note" varchar;
  ALTER TABLE "_honor_rolls_v" ADD COLUMN "version_updated_by_name" varchar;
  ALTER TABLE "galleries" ADD COLUMN "review_state" "enum_galleries_review_state" DEFAULT 'draft';
  ALTER TABLE "galleries" ADD COLUMN "review_note" varchar;
  ALTER TABLE "galleries" ADD COLUMN "updated_by_name" varchar;
  ALTER TABLE "_galleries_v" ADD COLUMN "version_review_state" "enum__galleries_v_version_review_state" DEFAULT 'draft';
  ALTER TABLE "_galleries_v" ADD COLUMN "version_review_note" varchar;
  ALTER TABLE "_galleries_v" ADD COLUMN "version_updated_by_name" varchar;
  ALTER TABLE "stories_review_log" ADD CONSTRAINT "stories_review_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."stories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_stories_v_version_review_log" ADD CONSTRAINT "_stories_v_version_review_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_stories_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "honor_rolls_review_log" ADD CONSTRAINT "honor_rolls_review_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."honor_rolls"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_honor_rolls_v_version_review_log" ADD CONSTRAINT "_honor_rolls_v_version_review_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_honor_rolls_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "galleries_review_log" ADD CONSTRAINT "galleries_review_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."galleries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_galleries_v_version_review_log" ADD CONSTRAINT "_galleries_v_version_review_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_galleries_v"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "stories_review_log_order_idx" ON "stories_review_log" USING btree ("_order");
  CREATE INDEX "stories_review_log_parent_id_idx" ON "stories_review_log" USING btree ("_parent_id");
  CREATE INDEX "_stories_v_version_review_log_order_idx" ON "_stories_v_version_review_log" USING btree ("_order");
  CREATE INDEX "_stories_v_version_review_log_parent_id_idx" ON "_stories_v_version_review_log" USING btree ("_parent_id");
  CREATE INDEX "honor_rolls_review_log_order_idx" ON "honor_rolls_review_log" USING btree ("_order");
  CREATE INDEX "honor_rolls_review_log_parent_id_idx" ON "honor_rolls_review_log" USING btree ("_parent_id");
  CREATE INDEX "_honor_rolls_v_version_review_log_order_idx" ON "_honor_rolls_v_version_review_log" USING btree ("_order");
  CREATE INDEX "_honor_rolls_v_version_review_log_parent_id_idx" ON "_honor_rolls_v_version_review_log" USING btree ("_parent_id");
  CREATE INDEX "galleries_review_log_order_idx" ON "galleries_review_log" USING btree ("_order");
  CREATE INDEX "galleries_review_log_parent_id_idx" ON "galleries_review_log" USING btree ("_parent_id");
  CREATE INDEX "_galleries_v_version_review_log_order_idx" ON "_galleries_v_version_review_log" USING btree ("_order");
  CREATE INDEX "_galleries_v_version_review_log_parent_id_idx" ON "_galleries_v_version_review_log" USING btree ("_parent_id");
  CREATE INDEX "stories_review_state_idx" ON "stories" USING btree ("review_state");
  CREATE INDEX "_stories_v_version_version_review_state_idx" ON "_stories_v" USING btree ("version_review_state");
  CREATE INDEX "honor_rolls_review_state_idx" ON "honor_rolls" USING btree ("review_state");
  CREATE INDEX "_honor_rolls_v_version_version_review_state_idx" ON "_honor_rolls_v" USING btree ("version_review_state");
  CREATE INDEX "galleries_review_state_idx" ON "galleries" USING btree ("review_state");
  CREATE INDEX "_galleries_v_version_version_review_state_idx" ON "_galleries_v" USING btree ("version_review_state");
  -- Content published before the review step was introduced counts as approved.
  UPDATE "stories" SET "review_state" = 'approved' WHERE "_status" = 'published';
  UPDATE "honor_rolls" SET "review_state" = 'approved' WHERE "_status" = 'published';
  UPDATE "galleries" SET "review_state" = 'approved' WHERE "_status" = 'published';
  `)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "stories_review_log" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_stories_v_version_review_log" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "honor_rolls_review_log" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_honor_rolls_v_version_review_log" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "galleries_review_log" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_galleries_v_version_review_log" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "stories_review_log" CASCADE;
  DROP TABLE "_stories_v_version_review_log" CASCADE;
  DROP TABLE "honor_rolls_review_log" CASCADE;
  DROP TABLE "_honor_rolls_v_version_review_log" CASCADE;
  DROP TABLE "galleries_review_log" CASCADE;
  DROP TABLE "_galleries_v_version_review_log" CASCADE;
  ALTER TABLE "users_roles" ALTER COLUMN "value" SET DATA TYPE text;
  DROP TYPE "public"."enum_users_roles";
  CREATE TYPE "public"."enum_users_roles" AS ENUM('admin', 'editor', 'notice-staff');
  ALTER TABLE "users_roles" ALTER COLUMN "value" SET DATA TYPE "public"."enum_users_roles" USING "value"::"public"."enum_users_roles";
  DROP INDEX "stories_review_state_idx";
  DROP INDEX "_stories_v_version_version_review_state_idx";
  DROP INDEX "honor_rolls_review_state_idx";
  DROP INDEX "_honor_rolls_v_version_version_review_state_idx";
  DROP INDEX "galleries_review_state_idx";
  DROP INDEX "_galleries_v_version_version_review_state_idx";
  ALTER TABLE "stories" DROP COLUMN "review_state";
  ALTER TABLE "stories" DROP COLUMN "review_note";
  ALTER TABLE "stories" DROP COLUMN "updated_by_name";
  ALTER TABLE "_stories_v" DROP COLUMN "version_review_state";
  ALTER TABLE "_stories_v" DROP COLUMN "version_review_note";
  ALTER TABLE "_stories_v" DROP COLUMN "version_updated_by_name";
  ALTER TABLE "honor_rolls" DROP COLUMN "review_state";
  ALTER TABLE "honor_rolls" DROP COLUMN "review_note";
  ALTER TABLE "honor_rolls" DROP COLUMN "updated_by_name";
  ALTER TABLE "_honor_rolls_v" DROP COLUMN "version_review_state";
  ALTER TABLE "_honor_rolls_v" DROP COLUMN "version_review_note";
  ALTER TABLE "_honor_rolls_v" DROP COLUMN "version_updated_by_name";
  ALTER TABLE "galleries" DROP COLUMN "review_state";
  ALTER TABLE "galleries" DROP COLUMN "review_note";
  ALTER TABLE "galleries" DROP COLUMN "updated_by_name";
  ALTER TABLE "_galleries_v" DROP COLUMN "version_review_state";
  ALTER TABLE "_galleries_v" DROP COLUMN "version_review_note";
  ALTER TABLE "_galleries_v" DROP COLUMN "version_updated_by_name";
  DROP TYPE "public"."enum_stories_review_log_action";
  DROP TYPE "public"."enum_stories_review_state";
  DROP TYPE "public"."enum__stories_v_version_review_log_action";
  DROP TYPE "public"."enum__stories_v_version_review_state";
  DROP TYPE "public"."enum_honor_rolls_review_log_action";
  DROP TYPE "public"."enum_honor_rolls_review_state";
  DROP TYPE "public"."enum__honor_rolls_v_version_review_log_action";
  DROP TYPE "public"."enum__honor_rolls_v_version_review_state";
  DROP TYPE "public"."enum_galleries_review_log_action";
  DROP TYPE "public"."enum_galleries_review_state";
  DROP TYPE "public"."enum__galleries_v_version_review_log_action";
  DROP TYPE "public"."enum__galleries_v_version_review_state";`)
}
