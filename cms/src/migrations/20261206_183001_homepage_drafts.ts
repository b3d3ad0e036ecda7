import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_homepage_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__homepage_v_blocks_carousel_slides_link_type" AS ENUM('story', 'topic', 'url');
  CREATE TYPE "public"."enum__homepage_v_blocks_services_links_icon" AS ENUM('register', 'recruit', 'hours', 'certificate', 'training', 'contact');
  CREATE TYPE "public"."enum__homepage_v_version_status" AS ENUM('draft', 'published');
  ALTER TYPE "public"."enum_audit_log_action" ADD VALUE 'homepagePublished' BEFORE 'personalDataExported';
  CREATE TABLE "_homepage_v_blocks_carousel_slides" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"image_id" integer,
  	"caption" varchar,
  	"link_type" "enum__homepage_v_blocks_carousel_slides_link_type" DEFAULT 'story',
  	"story_id" integer,
  	"topic_id" integer,
  	"url" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_homepage_v_blocks_carousel" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_homepage_v_blocks_headline" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"story_id" integer,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_homepage_v_blocks_open_notices" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"count" numeric DEFAULT 5,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_homepage_v_blocks_announcements" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"count" numeric DEFAULT 5,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_homepage_v_blocks_topics" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"count" numeric DEFAULT 3,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_homepage_v_blocks_column_news" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"count" numeric DEFAULT 6,
  	"column_id" integer,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_homepage_v_blocks_honors" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"count" numeric DEFAULT 4,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_homepage_v_blocks_galleries" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"count" numeric DEFAULT 3,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_homepage_v_blocks_services_links" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"icon" "enum__homepage_v_blocks_services_links_icon" DEFAULT 'register',
  	"label" varchar,
  	"url" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_homepage_v_blocks_services" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_homepage_v_blocks_friend_links_links" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"url" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_homepage_v_blocks_friend_links" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_homepage_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"version__status" "enum__homepage_v_version_status" DEFAULT 'draft',
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_homepage_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"stories_id" integer,
  	"topics_id" integer
  );
  
  ALTER TABLE "homepage_blocks_carousel_slides" ALTER COLUMN "caption" DROP NOT NULL;
  ALTER TABLE "homepage_blocks_open_notices" ALTER COLUMN "count" DROP NOT NULL;
  ALTER TABLE "homepage_blocks_announcements" ALTER COLUMN "count" DROP NOT NULL;
  ALTER TABLE "homepage_blocks_topics" ALTER COLUMN "count" DROP NOT NULL;
  ALTER TABLE "homepage_blocks_column_news" ALTER COLUMN "count" DROP NOT NULL;
  ALTER TABLE "homepage_blocks_honors" ALTER COLUMN "count" DROP NOT NULL;
  ALTER TABLE "homepage_blocks_galleries" ALTER COLUMN "count" DROP NOT NULL;
  ALTER TABLE "homepage_blocks_services_links" ALTER COLUMN "icon" DROP NOT NULL;
  ALTER TABLE "homepage_blocks_services_links" ALTER COLUMN "label" DROP NOT NULL;
  ALTER TABLE "homepage_blocks_services_links" ALTER COLUMN "url" DROP NOT NULL;
  ALTER TABLE "homepage_blocks_friend_links_links" ALTER COLUMN "label" DROP NOT NULL;
  ALTER TABLE "homepage_blocks_friend_links_links" ALTER COLUMN "url" DROP NOT NULL;
  ALTER TABLE "homepage" ADD COLUMN "_status" "enum_homepage_status" DEFAULT 'draft';
  ALTER TABLE "_homepage_v_blocks_carousel_slides" ADD CONSTRAINT "_homepage_v_blocks_carousel_slides_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_homepage_v_blocks_carousel_slides" ADD CONSTRAINT "_homepage_v_blocks_carousel_slides_story_id_stories_id_fk" FOREIGN KEY ("story_id") REFERENCES "public"."stories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_homepage_v_blocks_carousel_slides" ADD CONSTRAINT "_homepage_v_blocks_carousel_slides_topic_id_topics_id_fk" FOREIGN KEY ("topic_id") REFERENCES "public"."topics"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_homepage_v_blocks_carousel_slides" ADD CONSTRAINT "_homepage_v_blocks_carousel_slides_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_homepage_v_blocks_carousel"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_homepage_v_blocks_carousel" ADD CONSTRAINT "_homepage_v_blocks_carousel_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_homepage_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_homepage_v_blocks_headline" ADD CONSTRAINT "_homepage_v_blocks_headline_story_id_stories_id_fk" FOREIGN KEY ("story_id") REFERENCES "public"."stories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_homepage_v_blocks_headline" ADD CONSTRAINT "_homepage_v_blocks_headline_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_homepage_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_homepage_v_blocks_open_notices" ADD CONSTRAINT "_homepage_v_blocks_open_notices_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_homepage_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_homepage_v_blocks_announcements" ADD CONSTRAINT "_homepage_v_blocks_announcements_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_homepage_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_homepage_v_blocks_topics" ADD CONSTRAINT "_homepage_v_blocks_topics_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_homepage_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_homepage_v_blocks_column_news" ADD CONSTRAINT "_homepage_v_blocks_column_news_column_id_columns_id_fk" FOREIGN KEY ("column_id") REFERENCES "public"."columns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_homepage_v_blocks_column_news" ADD CONSTRAINT "_homepage_v_blocks_column_news_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_homepage_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_homepage_v_blocks_honors" ADD CONSTRAINT "_homepage_v_blocks_honors_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_homepage_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_homepage_v_blocks_galleries" ADD CONSTRAINT "_homepage_v_blocks_galleries_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_homepage_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_homepage_v_blocks_services_links" ADD CONSTRAINT "_homepage_v_blocks_services_links_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_homepage_v_blocks_services"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_homepage_v_blocks_services" ADD CONSTRAINT "_homepage_v_blocks_services_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_homepage_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_homepage_v_blocks_friend_links_links" ADD CONSTRAINT "_homepage_v_blocks_friend_links_links_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_homepage_v_blocks_friend_links"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_homepage_v_blocks_friend_links" ADD CONSTRAINT "_homepage_v_blocks_friend_links_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_homepage_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_homepage_v_rels" ADD CONSTRAINT "_homepage_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_homepage_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_homepage_v_rels" ADD CONSTRAINT "_homepage_v_rels_stories_fk" FOREIGN KEY ("stories_id") REFERENCES "public"."stories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_homepage_v_rels" ADD CONSTRAINT "_homepage_v_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "_homepage_v_blocks_carousel_slides_order_idx" ON "_homepage_v_blocks_carousel_slides" USING btree ("_order");
  CREATE INDEX "_homepage_v_blocks_carousel_slides_parent_id_idx" ON "_homepage_v_blocks_carousel_slides" USING btree ("_parent_id");
  CREATE INDEX "_homepage_v_blocks_carousel_slides_image_idx" ON "_homepage_v_blocks_carousel_slides" USING btree ("image_id");
  CREATE INDEX "_homepage_v_blocks_carousel_slides_story_idx" ON "_homepage_v_blocks_carousel_slides" USING btree ("story_id");
  CREATE INDEX "_homepage_v_blocks_carousel_slides_topic_idx" ON "_homepage_v_blocks_carousel_slides" USING btree ("topic_id");
  CREATE INDEX "_homepage_v_blocks_carousel_order_idx" ON "_homepage_v_blocks_carousel" USING btree ("_order");
  CREATE INDEX "_homepage_v_blocks_carousel_parent_id_idx" ON "_homepage_v_blocks_carousel" USING btree ("_parent_id");
  CREATE INDEX "_homepage_v_blocks_carousel_path_idx" ON "_homepage_v_blocks_carousel" USING btree ("_path");
  CREATE INDEX "_homepage_v_blocks_headline_order_idx" ON "_homepage_v_blocks_headline" USING btree ("_order");
  CREATE INDEX "_homepage_v_blocks_headline_parent_id_idx" ON "_homepage_v_blocks_headline" USING btree ("_parent_id");
  CREATE INDEX "_homepage_v_blocks_headline_path_idx" ON "_homepage_v_blocks_headline" USING btree ("_path");
  CREATE INDEX "_homepage_v_blocks_headline_story_idx" ON "_homepage_v_blocks_headline" USING btree ("story_id");
  CREATE INDEX "_homepage_v_blocks_open_notices_order_idx" ON "_homepage_v_blocks_open_notices" USING btree ("_order");
  CREATE INDEX "_homepage_v_blocks_open_notices_parent_id_idx" ON "_homepage_v_blocks_open_notices" USING btree ("_parent_id");
  CREATE INDEX "_homepage_v_blocks_open_notices_path_idx" ON "_homepage_v_blocks_open_notices" USING btree ("_path");
  CREATE INDEX "_homepage_v_blocks_announcements_order_idx" ON "_homepage_v_blocks_announcements" USING btree ("_order");
  CREATE INDEX "_homepage_v_blocks_announcements_parent_id_idx" ON "_homepage_v_blocks_announcements" USING btree ("_parent_id");
  CREATE INDEX "_homepage_v_blocks_announcements_path_idx" ON "_homepage_v_blocks_announcements" USING btree ("_path");
  CREATE INDEX "_homepage_v_blocks_topics_order_idx" ON "_homepage_v_blocks_topics" USING btree ("_order");
  CREATE INDEX "_homepage_v_blocks_topics_parent_id_idx" ON "_homepage_v_blocks_topics" USING btree ("_parent_id");
  CREATE INDEX "_homepage_v_blocks_topics_path_idx" ON "_homepage_v_blocks_topics" USING btree ("_path");
  CREATE INDEX "_homepage_v_blocks_column_news_order_idx" ON "_homepage_v_blocks_column_news" USING btree ("_order");
  CREATE INDEX "_homepage_v_blocks_column_news_parent_id_idx" ON "_homepage_v_blocks_column_news" USING btree ("_parent_id");
  CREATE INDEX "_homepage_v_blocks_column_news_path_idx" ON "_homepage_v_blocks_column_news" USING btree ("_path");
  CREATE INDEX "_homepage_v_blocks_column_news_column_idx" ON "_homepage_v_blocks_column_news" USING btree ("column_id");
  CREATE INDEX "_homepage_v_blocks_honors_order_idx" ON "_homepage_v_blocks_honors" USING btree ("_order");
  CREATE INDEX "_homepage_v_blocks_honors_parent_id_idx" ON "_homepage_v_blocks_honors" USING btree ("_parent_id");
  CREATE INDEX "_homepage_v_blocks_honors_path_idx" ON "_homepage_v_blocks_honors" USING btree ("_path");
  CREATE INDEX "_homepage_v_blocks_galleries_order_idx" ON "_homepage_v_blocks_galleries" USING btree ("_order");
  CREATE INDEX "_homepage_v_blocks_galleries_parent_id_idx" ON "_homepage_v_blocks_galleries" USING btree ("_parent_id");
  CREATE INDEX "_homepage_v_blocks_galleries_path_idx" ON "_homepage_v_blocks_galleries" USING btree ("_path");
  CREATE INDEX "_homepage_v_blocks_services_links_order_idx" ON "_homepage_v_blocks_services_links" USING btree ("_order");
  CREATE INDEX "_homepage_v_blocks_services_links_parent_id_idx" ON "_homepage_v_blocks_services_links" USING btree ("_parent_id");
  CREATE INDEX "_homepage_v_blocks_services_order_idx" ON "_homepage_v_blocks_services" USING btree ("_order");
  CREATE INDEX "_homepage_v_blocks_services_parent_id_idx" ON "_homepage_v_blocks_services" USING btree ("_parent_id");
  CREATE INDEX "_homepage_v_blocks_services_path_idx" ON "_homepage_v_blocks_services" USING btree ("_path");
  CREATE INDEX "_homepage_v_blocks_friend_links_links_order_idx" ON "_homepage_v_blocks_friend_links_links" USING btree ("_order");
  CREATE INDEX "_homepage_v_blocks_friend_links_links_parent_id_idx" ON "_homepage_v_blocks_friend_links_links" USING btree ("_parent_id");
  CREATE INDEX "_homepage_v_blocks_friend_links_order_idx" ON "_homepage_v_blocks_friend_links" USING btree ("_order");
  CREATE INDEX "_homepage_v_blocks_friend_links_parent_id_idx" ON "_homepage_v_blocks_friend_links" USING btree ("_parent_id");
  CREATE INDEX "_homepage_v_blocks_friend_links_path_idx" ON "_homepage_v_blocks_friend_links" USING btree ("_path");
  CREATE INDEX "_homepage_v_version_version__status_idx" ON "_homepage_v" USING btree ("version__status");
  CREATE INDEX "_homepage_v_created_at_idx" ON "_homepage_v" USING btree ("created_at");
  CREATE INDEX "_homepage_v_updated_at_idx" ON "_homepage_v" USING btree ("updated_at");
  CREATE INDEX "_homepage_v_latest_idx" ON "_homepage_v" USING btree ("latest");
  CREATE INDEX "_homepage_v_rels_order_idx" ON "_homepage_v_rels" USING btree ("order");
  CREATE INDEX "_homepage_v_rels_parent_idx" ON "_homepage_v_rels" USING btree ("parent_id");
  CREATE INDEX "_homepage_v_rels_path_idx" ON "_homepage_v_rels" USING btree ("path");
  CREATE INDEX "_homepage_v_rels_stories_id_idx" ON "_homepage_v_rels" USING btree ("stories_id");
  CREATE INDEX "_homepage_v_rels_topics_id_idx" ON "_homepage_v_rels" USING btree ("topics_id");
  CREATE INDEX "homepage__status_idx" ON "homepage" USING btree ("_status");
  -- The arrangement saved before drafts existed is the live one: it stays on the home page.
  UPDATE "homepage" SET "_status" = 'published';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "_homepage_v_blocks_carousel_slides" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_homepage_v_blocks_carousel" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_homepage_v_blocks_headline" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_homepage_v_blocks_open_notices" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_homepage_v_blocks_announcements" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_homepage_v_blocks_topics" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_homepage_v_blocks_column_news" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_homepage_v_blocks_honors" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_homepage_v_blocks_galleries" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_homepage_v_blocks_services_links" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_homepage_v_blocks_services" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_homepage_v_blocks_friend_links_links" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_homepage_v_blocks_friend_links" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_homepage_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_homepage_v_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "_homepage_v_blocks_carousel_slides" CASCADE;
  DROP TABLE "_homepage_v_blocks_carousel" CASCADE;
  DROP TABLE "_homepage_v_blocks_headline" CASCADE;
  DROP TABLE "_homepage_v_blocks_open_notices" CASCADE;
  DROP TABLE "_homepage_v_blocks_announcements" CASCADE;
  DROP TABLE "_homepage_v_blocks_topics" CASCADE;
  DROP TABLE "_homepage_v_blocks_column_news" CASCADE;
  DROP TABLE "_homepage_v_blocks_honors" CASCADE;
  DROP TABLE "_homepage_v_blocks_galleries" CASCADE;
  DROP TABLE "_homepage_v_blocks_services_links" CASCADE;
  DROP TABLE "_homepage_v_blocks_services" CASCADE;
  DROP TABLE "_homepage_v_blocks_friend_links_links" CASCADE;
  DROP TABLE "_homepage_v_blocks_friend_links" CASCADE;
  DROP TABLE "_homepage_v" CASCADE;
  DROP TABLE "_homepage_v_rels" CASCADE;
  ALTER TABLE "audit_log" ALTER COLUMN "action" SET DATA TYPE text;
  DROP TYPE "public"."enum_audit_log_action";
  CREATE TYPE "public"."enum_audit_log_action" AS ENUM('published', 'unpublished', 'deleted', 'restored', 'loginSucceeded', 'loginFailed', 'rolesChanged', 'reviewStagesChanged', 'siteSettingsChanged', 'personalDataExported', 'overridden');
  ALTER TABLE "audit_log" ALTER COLUMN "action" SET DATA TYPE "public"."enum_audit_log_action" USING "action"::"public"."enum_audit_log_action";
  DROP INDEX "homepage__status_idx";
  ALTER TABLE "homepage_blocks_carousel_slides" ALTER COLUMN "caption" SET NOT NULL;
  ALTER TABLE "homepage_blocks_open_notices" ALTER COLUMN "count" SET NOT NULL;
  ALTER TABLE "homepage_blocks_announcements" ALTER COLUMN "count" SET NOT NULL;
  ALTER TABLE "homepage_blocks_topics" ALTER COLUMN "count" SET NOT NULL;
  ALTER TABLE "homepage_blocks_column_news" ALTER COLUMN "count" SET NOT NULL;
  ALTER TABLE "homepage_blocks_honors" ALTER COLUMN "count" SET NOT NULL;
  ALTER TABLE "homepage_blocks_galleries" ALTER COLUMN "count" SET NOT NULL;
  ALTER TABLE "homepage_blocks_services_links" ALTER COLUMN "icon" SET NOT NULL;
  ALTER TABLE "homepage_blocks_services_links" ALTER COLUMN "label" SET NOT NULL;
  ALTER TABLE "homepage_blocks_services_links" ALTER COLUMN "url" SET NOT NULL;
  ALTER TABLE "homepage_blocks_friend_links_links" ALTER COLUMN "label" SET NOT NULL;
  ALTER TABLE "homepage_blocks_friend_links_links" ALTER COLUMN "url" SET NOT NULL;
  ALTER TABLE "homepage" DROP COLUMN "_status";
  DROP TYPE "public"."enum_homepage_status";
  DROP TYPE "public"."enum__homepage_v_blocks_carousel_slides_link_type";
  DROP TYPE "public"."enum__homepage_v_blocks_services_links_icon";
  DROP TYPE "public"."enum__homepage_v_version_status";`)
}
