import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_homepage_blocks_carousel_slides_link_type" AS ENUM('story', 'url');
  CREATE TYPE "public"."enum_homepage_blocks_services_links_icon" AS ENUM('register', 'recruit', 'hours', 'certificate', 'training', 'contact');
  CREATE TABLE "homepage_blocks_carousel_slides" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"image_id" integer,
  	"caption" varchar NOT NULL,
  	"link_type" "enum_homepage_blocks_carousel_slides_link_type" DEFAULT 'story',
  	"story_id" integer,
  	"url" varchar
  );
  
  CREATE TABLE "homepage_blocks_carousel" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"block_name" varchar
  );
  
  CREATE TABLE "homepage_blocks_headline" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"story_id" integer,
  	"block_name" varchar
  );
  
  CREATE TABLE "homepage_blocks_open_notices" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"count" numeric DEFAULT 5 NOT NULL,
  	"block_name" varchar
  );
  
  CREATE TABLE "homepage_blocks_column_news" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"count" numeric DEFAULT 6 NOT NULL,
  	"column_id" integer,
  	"block_name" varchar
  );
  
  CREATE TABLE "homepage_blocks_honors" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"count" numeric DEFAULT 4 NOT NULL,
  	"block_name" varchar
  );
  
  CREATE TABLE "homepage_blocks_galleries" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"count" numeric DEFAULT 3 NOT NULL,
  	"block_name" varchar
  );
  
  CREATE TABLE "homepage_blocks_services_links" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"icon" "enum_homepage_blocks_services_links_icon" DEFAULT 'register' NOT NULL,
  	"label" varchar NOT NULL,
  	"url" varchar NOT NULL
  );
  
  CREATE TABLE "homepage_blocks_services" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "homepage_blocks_friend_links_links" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar NOT NULL,
  	"url" varchar NOT NULL
  );
  
  CREATE TABLE "homepage_blocks_friend_links" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "homepage" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "homepage_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"stories_id" integer
  );
  
  ALTER TABLE "homepage_blocks_carousel_slides" ADD CONSTRAINT "homepage_blocks_carousel_slides_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "homepage_blocks_carousel_slides" ADD CONSTRAINT "homepage_blocks_carousel_slides_story_id_stories_id_fk" FOREIGN KEY ("story_id") REFERENCES "public"."stories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "homepage_blocks_carousel_slides" ADD CONSTRAINT "homepage_blocks_carousel_slides_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."homepage_blocks_carousel"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "homepage_blocks_carousel" ADD CONSTRAINT "homepage_blocks_carousel_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."homepage"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "homepage_blocks_headline" ADD CONSTRAINT "homepage_blocks_headline_story_id_stories_id_fk" FOREIGN KEY ("story_id") REFERENCES "public"."stories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "homepage_blocks_headline" ADD CONSTRAINT "homepage_blocks_headline_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."homepage"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "homepage_blocks_open_notices" ADD CONSTRAINT "homepage_blocks_open_notices_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."homepage"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "homepage_blocks_column_news" ADD CONSTRAINT "homepage_blocks_column_news_column_id_columns_id_fk" FOREIGN KEY ("column_id") REFERENCES "public"."columns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "homepage_blocks_column_news" ADD CONSTRAINT "homepage_blocks_column_news_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."homepage"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "homepage_blocks_honors" ADD CONSTRAINT "homepage_blocks_honors_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."homepage"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "homepage_blocks_galleries" ADD CONSTRAINT "homepage_blocks_galleries_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."homepage"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "homepage_blocks_services_links" ADD CONSTRAINT "homepage_blocks_services_links_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."homepage_blocks_services"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "homepage_blocks_services" ADD CONSTRAINT "homepage_blocks_services_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."homepage"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "homepage_blocks_friend_links_links" ADD CONSTRAINT "homepage_blocks_friend_links_links_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."homepage_blocks_friend_links"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "homepage_blocks_friend_links" ADD CONSTRAINT "homepage_blocks_friend_links_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."homepage"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "homepage_rels" ADD CONSTRAINT "homepage_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."homepage"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "homepage_rels" ADD CONSTRAINT "homepage_rels_stories_fk" FOREIGN KEY ("stories_id") REFERENCES "public"."stories"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "homepage_blocks_carousel_slides_order_idx" ON "homepage_blocks_carousel_slides" USING btree ("_order");
  CREATE INDEX "homepage_blocks_carousel_slides_parent_id_idx" ON "homepage_blocks_carousel_slides" USING btree ("_parent_id");
  CREATE INDEX "homepage_blocks_carousel_slides_image_idx" ON "homepage_blocks_carousel_slides" USING btree ("image_id");
  CREATE INDEX "homepage_blocks_carousel_slides_story_idx" ON "homepage_blocks_carousel_slides" USING btree ("story_id");
  CREATE INDEX "homepage_blocks_carousel_order_idx" ON "homepage_blocks_carousel" USING btree ("_order");
  CREATE INDEX "homepage_blocks_carousel_parent_id_idx" ON "homepage_blocks_carousel" USING btree ("_parent_id");
  CREATE INDEX "homepage_blocks_carousel_path_idx" ON "homepage_blocks_carousel" USING btree ("_path");
  CREATE INDEX "homepage_blocks_headline_order_idx" ON "homepage_blocks_headline" USING btree ("_order");
  CREATE INDEX "homepage_blocks_headline_parent_id_idx" ON "homepage_blocks_headline" USING btree ("_parent_id");
  CREATE INDEX "homepage_blocks_headline_path_idx" ON "homepage_blocks_headline" USING btree ("_path");
  CREATE INDEX "homepage_blocks_headline_story_idx" ON "homepage_blocks_headline" USING btree ("story_id");
  CREATE INDEX "homepage_blocks_open_notices_order_idx" ON "homepage_blocks_open_notices" USING btree ("_order");
  CREATE INDEX "homepage_blocks_open_notices_parent_id_idx" ON "homepage_blocks_open_notices" USING btree ("_parent_id");
  CREATE INDEX "homepage_blocks_open_notices_path_idx" ON "homepage_blocks_open_notices" USING btree ("_path");
  CREATE INDEX "homepage_blocks_column_news_order_idx" ON "homepage_blocks_column_news" USING btree ("_order");
  CREATE INDEX "homepage_blocks_column_news_parent_id_idx" ON "homepage_blocks_column_news" USING btree ("_parent_id");
  CREATE INDEX "homepage_blocks_column_news_path_idx" ON "homepage_blocks_column_news" USING btree ("_path");
  CREATE INDEX "homepage_blocks_column_news_column_idx" ON "homepage_blocks_column_news" USING btree ("column_id");
  CREATE INDEX "homepage_blocks_honors_order_idx" ON "homepage_blocks_honors" USING btree ("_order");
  CREATE INDEX "homepage_blocks_honors_parent_id_idx" ON "homepage_blocks_honors" USING btree ("_parent_id");
  CREATE INDEX "homepage_blocks_honors_path_idx" ON "homepage_blocks_honors" USING btree ("_path");
  CREATE INDEX "homepage_blocks_galleries_order_idx" ON "homepage_blocks_galleries" USING btree ("_order");
  CREATE INDEX "homepage_blocks_galleries_parent_id_idx" ON "homepage_blocks_galleries" USING btree ("_parent_id");
  CREATE INDEX "homepage_blocks_galleries_path_idx" ON "homepage_blocks_galleries" USING btree ("_path");
  CREATE INDEX "homepage_blocks_services_links_order_idx" ON "homepage_blocks_services_links" USING btree ("_order");
  CREATE INDEX "homepage_blocks_services_links_parent_id_idx" ON "homepage_blocks_services_links" USING btree ("_parent_id");
  CREATE INDEX "homepage_blocks_services_order_idx" ON "homepage_blocks_services" USING btree ("_order");
  CREATE INDEX "homepage_blocks_services_parent_id_idx" ON "homepage_blocks_services" USING btree ("_parent_id");
  CREATE INDEX "homepage_blocks_services_path_idx" ON "homepage_blocks_services" USING btree ("_path");
  CREATE INDEX "homepage_blocks_friend_links_links_order_idx" ON "homepage_blocks_friend_links_links" USING btree ("_order");
  CREATE INDEX "homepage_blocks_friend_links_links_parent_id_idx" ON "homepage_blocks_friend_links_links" USING btree ("_parent_id");
  CREATE INDEX "homepage_blocks_friend_links_order_idx" ON "homepage_blocks_friend_links" USING btree ("_order");
  CREATE INDEX "homepage_blocks_friend_links_parent_id_idx" ON "homepage_blocks_friend_links" USING btree ("_parent_id");
  CREATE INDEX "homepage_blocks_friend_links_path_idx" ON "homepage_blocks_friend_links" USING btree ("_path");
  CREATE INDEX "homepage_rels_order_idx" ON "homepage_rels" USING btree ("order");
  CREATE INDEX "homepage_rels_parent_idx" ON "homepage_rels" USING btree ("parent_id");
  CREATE INDEX "homepage_rels_path_idx" ON "homepage_rels" USING btree ("path");
  CREATE INDEX "homepage_rels_stories_id_idx" ON "homepage_rels" USING btree ("stories_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "homepage_blocks_carousel_slides" CASCADE;
  DROP TABLE "homepage_blocks_carousel" CASCADE;
  DROP TABLE "homepage_blocks_headline" CASCADE;
  DROP TABLE "homepage_blocks_open_notices" CASCADE;
  DROP TABLE "homepage_blocks_column_news" CASCADE;
  DROP TABLE "homepage_blocks_honors" CASCADE;
  DROP TABLE "homepage_blocks_galleries" CASCADE;
  DROP TABLE "homepage_blocks_services_links" CASCADE;
  DROP TABLE "homepage_blocks_services" CASCADE;
  DROP TABLE "homepage_blocks_friend_links_links" CASCADE;
  DROP TABLE "homepage_blocks_friend_links" CASCADE;
  DROP TABLE "homepage" CASCADE;
  DROP TABLE "homepage_rels" CASCADE;
  DROP TYPE "public"."enum_homepage_blocks_carousel_slides_link_type";
  DROP TYPE "public"."enum_homepage_blocks_services_links_icon";`)
}
