import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_homepage_blocks_carousel_slides_link_type" ADD VALUE 'topic' BEFORE 'url';
  CREATE TABLE "homepage_blocks_announcements" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"count" numeric DEFAULT 5 NOT NULL,
  	"block_name" varchar
  );
  
  CREATE TABLE "homepage_blocks_topics" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"count" numeric DEFAULT 3 NOT NULL,
  	"block_name" varchar
  );
  
  ALTER TABLE "homepage_blocks_carousel_slides" ADD COLUMN "topic_id" integer;
  ALTER TABLE "homepage_rels" ADD COLUMN "topics_id" integer;
  ALTER TABLE "homepage_blocks_announcements" ADD CONSTRAINT "homepage_blocks_announcements_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."homepage"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "homepage_blocks_topics" ADD CONSTRAINT "homepage_blocks_topics_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."homepage"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "homepage_blocks_announcements_order_idx" ON "homepage_blocks_announcements" USING btree ("_order");
  CREATE INDEX "homepage_blocks_announcements_parent_id_idx" ON "homepage_blocks_announcements" USING btree ("_parent_id");
  CREATE INDEX "homepage_blocks_announcements_path_idx" ON "homepage_blocks_announcements" USING btree ("_path");
  CREATE INDEX "homepage_blocks_topics_order_idx" ON "homepage_blocks_topics" USING btree ("_order");
  CREATE INDEX "homepage_blocks_topics_parent_id_idx" ON "homepage_blocks_topics" USING btree ("_parent_id");
  CREATE INDEX "homepage_blocks_topics_path_idx" ON "homepage_blocks_topics" USING btree ("_path");
  ALTER TABLE "homepage_blocks_carousel_slides" ADD CONSTRAINT "homepage_blocks_carousel_slides_topic_id_topics_id_fk" FOREIGN KEY ("topic_id") REFERENCES "public"."topics"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "homepage_rels" ADD CONSTRAINT "homepage_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "homepage_blocks_carousel_slides_topic_idx" ON "homepage_blocks_carousel_slides" USING btree ("topic_id");
  CREATE INDEX "homepage_rels_topics_id_idx" ON "homepage_rels" USING btree ("topics_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "homepage_blocks_announcements" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "homepage_blocks_topics" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "homepage_blocks_announcements" CASCADE;
  DROP TABLE "homepage_blocks_topics" CASCADE;
  ALTER TABLE "homepage_blocks_carousel_slides" DROP CONSTRAINT "homepage_blocks_carousel_slides_topic_id_topics_id_fk";
  
  ALTER TABLE "homepage_rels" DROP CONSTRAINT "homepage_rels_topics_fk";
  
  ALTER TABLE "homepage_blocks_carousel_slides" ALTER COLUMN "link_type" SET DATA TYPE text;
  ALTER TABLE "homepage_blocks_carousel_slides" ALTER COLUMN "link_type" SET DEFAULT 'story'::text;
  DROP TYPE "public"."enum_homepage_blocks_carousel_slides_link_type";
  CREATE TYPE "public"."enum_homepage_blocks_carousel_slides_link_type" AS ENUM('story', 'url');
  ALTER TABLE "homepage_blocks_carousel_slides" ALTER COLUMN "link_type" SET DEFAULT 'story'::"public"."enum_homepage_blocks_carousel_slides_link_type";
  ALTER TABLE "homepage_blocks_carousel_slides" ALTER COLUMN "link_type" SET DATA TYPE "public"."enum_homepage_blocks_carousel_slides_link_type" USING "link_type"::"public"."enum_homepage_blocks_carousel_slides_link_type";
  DROP INDEX "homepage_blocks_carousel_slides_topic_idx";
  DROP INDEX "homepage_rels_topics_id_idx";
  ALTER TABLE "homepage_blocks_carousel_slides" DROP COLUMN "topic_id";
  ALTER TABLE "homepage_rels" DROP COLUMN "topics_id";`)
}
