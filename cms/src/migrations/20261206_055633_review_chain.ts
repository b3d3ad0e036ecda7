import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "stories_signatures" (
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
  
  CREATE TABLE "_stories_v_version_signatures" (
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
  
  CREATE TABLE "honor_rolls_signatures" (
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
  
  CREATE TABLE "_honor_rolls_v_version_signatures" (
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
  
  CREATE TABLE "galleries_signatures" (
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
  
  CREATE TABLE "_galleries_v_version_signatures" (
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
  
  CREATE TABLE "users_numbers" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"number" numeric,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL
  );
  
  CREATE TABLE "site_settings_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  ALTER TABLE "stories_review_log" ADD COLUMN "stage" numeric;
  ALTER TABLE "stories_review_log" ADD COLUMN "stage_name" varchar;
  ALTER TABLE "stories_review_log" ADD COLUMN "override_reason" varchar;
  ALTER TABLE "stories" ADD COLUMN "review_stage" numeric;
  ALTER TABLE "_stories_v_version_review_log" ADD COLUMN "stage" numeric;
  ALTER TABLE "_stories_v_version_review_log" ADD COLUMN "stage_name" varchar;
  ALTER TABLE "_stories_v_version_review_log" ADD COLUMN "override_reason" varchar;
  ALTER TABLE "_stories_v" ADD COLUMN "version_review_stage" numeric;
  ALTER TABLE "honor_rolls_review_log" ADD COLUMN "stage" numeric;
  ALTER TABLE "honor_rolls_review_log" ADD COLUMN "stage_name" varchar;
  ALTER TABLE "honor_rolls_review_log" ADD COLUMN "override_reason" varchar;
  ALTER TABLE "honor_rolls" ADD COLUMN "review_stage" numeric;
  ALTER TABLE "_honor_rolls_v_version_review_log" ADD COLUMN "stage" numeric;
  ALTER TABLE "_honor_rolls_v_version_review_log" ADD COLUMN "stage_name" varchar;
  ALTER TABLE "_honor_rolls_v_version_review_log" ADD COLUMN "override_reason" varchar;
  ALTER TABLE "_honor_rolls_v" ADD COLUMN "version_review_stage" numeric;
  ALTER TABLE "galleries_review_log" ADD COLUMN "stage" numeric;
  ALTER TABLE "galleries_review_log" ADD COLUMN "stage_name" varchar;
  ALTER TABLE "galleries_review_log" ADD COLUMN "override_reason" varchar;
  ALTER TABLE "galleries" ADD COLUMN "review_stage" numeric;
  ALTER TABLE "_galleries_v_version_review_log" ADD COLUMN "stage" numeric;
  ALTER TABLE "_galleries_v_version_review_log" ADD COLUMN "stage_name" varchar;
  ALTER TABLE "_galleries_v_version_review_log" ADD COLUMN "override_reason" varchar;
  ALTER TABLE "_galleries_v" ADD COLUMN "version_review_stage" numeric;
  ALTER TABLE "stories_signatures" ADD CONSTRAINT "stories_signatures_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."stories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_stories_v_version_signatures" ADD CONSTRAINT "_stories_v_version_signatures_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_stories_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "honor_rolls_signatures" ADD CONSTRAINT "honor_rolls_signatures_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."honor_rolls"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_honor_rolls_v_version_signatures" ADD CONSTRAINT "_honor_rolls_v_version_signatures_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_honor_rolls_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "galleries_signatures" ADD CONSTRAINT "galleries_signatures_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."galleries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_galleries_v_version_signatures" ADD CONSTRAINT "_galleries_v_version_signatures_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_galleries_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_numbers" ADD CONSTRAINT "users_numbers_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "site_settings_texts" ADD CONSTRAINT "site_settings_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."site_settings"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "stories_signatures_order_idx" ON "stories_signatures" USING btree ("_order");
  CREATE INDEX "stories_signatures_parent_id_idx" ON "stories_signatures" USING btree ("_parent_id");
  CREATE INDEX "_stories_v_version_signatures_order_idx" ON "_stories_v_version_signatures" USING btree ("_order");
  CREATE INDEX "_stories_v_version_signatures_parent_id_idx" ON "_stories_v_version_signatures" USING btree ("_parent_id");
  CREATE INDEX "honor_rolls_signatures_order_idx" ON "honor_rolls_signatures" USING btree ("_order");
  CREATE INDEX "honor_rolls_signatures_parent_id_idx" ON "honor_rolls_signatures" USING btree ("_parent_id");
  CREATE INDEX "_honor_rolls_v_version_signatures_order_idx" ON "_honor_rolls_v_version_signatures" USING btree ("_order");
  CREATE INDEX "_honor_rolls_v_version_signatures_parent_id_idx" ON "_honor_rolls_v_version_signatures" USING btree ("_parent_id");
  CREATE INDEX "galleries_signatures_order_idx" ON "galleries_signatures" USING btree ("_order");
  CREATE INDEX "galleries_signatures_parent_id_idx" ON "galleries_signatures" USING btree ("_parent_id");
  CREATE INDEX "_galleries_v_version_signatures_order_idx" ON "_galleries_v_version_signatures" USING btree ("_order");
  CREATE INDEX "_galleries_v_version_signatures_parent_id_idx" ON "_galleries_v_version_signatures" USING btree ("_parent_id");
  CREATE INDEX "users_numbers_order_parent_idx" ON "users_numbers" USING btree ("order","parent_id");
  CREATE INDEX "site_settings_texts_order_parent" ON "site_settings_texts" USING btree ("order","parent_id");`)
  // Every existing user may sign any stage (users.reviewStages' default for new users): reviewers
  // from before the chain keep reviewing, and one person still signs one stage of a submission.
  await db.execute(sql`
  INSERT INTO "users_numbers" ("order", "parent_id", "path", "number")
  SELECT stage, u."id", 'reviewStages', stage FROM "users" u CROSS JOIN generate_series(1, 3) AS stage;`)
  // Settings saved before the chain get the default chain written out, so 站点设置 shows the chain in force.
  await db.execute(sql`
  INSERT INTO "site_settings_texts" ("order", "parent_id", "path", "text")
  SELECT chain."order", s."id", chain."path", chain."text" FROM "site_settings" s CROSS JOIN (VALUES
    (1, 'reviewChain.stories.stages', '初审'), (2, 'reviewChain.stories.stages', '复审'), (3, 'reviewChain.stories.stages', '终审'),
    (1, 'reviewChain.galleries.stages', '初审'), (2, 'reviewChain.galleries.stages', '复审'), (3, 'reviewChain.galleries.stages', '终审'),
    (1, 'reviewChain.honorRolls.stages', '初审'), (2, 'reviewChain.honorRolls.stages', '复审'), (3, 'reviewChain.honorRolls.stages', '终审'),
    (1, 'reviewChain.notices.stages', '初审'), (2, 'reviewChain.notices.stages', '终审')
  ) AS chain("order", "path", "text");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "stories_signatures" CASCADE;
  DROP TABLE "_stories_v_version_signatures" CASCADE;
  DROP TABLE "honor_rolls_signatures" CASCADE;
  DROP TABLE "_honor_rolls_v_version_signatures" CASCADE;
  DROP TABLE "galleries_signatures" CASCADE;
  DROP TABLE "_galleries_v_version_signatures" CASCADE;
  DROP TABLE "users_numbers" CASCADE;
  DROP TABLE "site_settings_texts" CASCADE;
  ALTER TABLE "stories_review_log" DROP COLUMN "stage";
  ALTER TABLE "stories_review_log" DROP COLUMN "stage_name";
  ALTER TABLE "stories_review_log" DROP COLUMN "override_reason";
  ALTER TABLE "stories" DROP COLUMN "review_stage";
  ALTER TABLE "_stories_v_version_review_log" DROP COLUMN "stage";
  ALTER TABLE "_stories_v_version_review_log" DROP COLUMN "stage_name";
  ALTER TABLE "_stories_v_version_review_log" DROP COLUMN "override_reason";
  ALTER TABLE "_stories_v" DROP COLUMN "version_review_stage";
  ALTER TABLE "honor_rolls_review_log" DROP COLUMN "stage";
  ALTER TABLE "honor_rolls_review_log" DROP COLUMN "stage_name";
  ALTER TABLE "honor_rolls_review_log" DROP COLUMN "override_reason";
  ALTER TABLE "honor_rolls" DROP COLUMN "review_stage";
  ALTER TABLE "_honor_rolls_v_version_review_log" DROP COLUMN "stage";
  ALTER TABLE "_honor_rolls_v_version_review_log" DROP COLUMN "stage_name";
  ALTER TABLE "_honor_rolls_v_version_review_log" DROP COLUMN "override_reason";
  ALTER TABLE "_honor_rolls_v" DROP COLUMN "version_review_stage";
  ALTER TABLE "galleries_review_log" DROP COLUMN "stage";
  ALTER TABLE "galleries_review_log" DROP COLUMN "stage_name";
  ALTER TABLE "galleries_review_log" DROP COLUMN "override_reason";
  ALTER TABLE "galleries" DROP COLUMN "review_stage";
  ALTER TABLE "_galleries_v_version_review_log" DROP COLUMN "stage";
  ALTER TABLE "_galleries_v_version_review_log" DROP COLUMN "stage_name";
  ALTER TABLE "_galleries_v_version_review_log" DROP COLUMN "override_reason";
  ALTER TABLE "_galleries_v" DROP COLUMN "version_review_stage";`)
}
