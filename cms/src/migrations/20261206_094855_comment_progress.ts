import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
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
  
  ALTER TABLE "notice_comments" ADD COLUMN "reply" varchar;
  ALTER TABLE "_notice_comments_v" ADD COLUMN "version_reply" varchar;
  ALTER TABLE "notice_comments_status_history" ADD CONSTRAINT "notice_comments_status_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."notice_comments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_notice_comments_v_version_status_history" ADD CONSTRAINT "_notice_comments_v_version_status_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_notice_comments_v"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "notice_comments_status_history_order_idx" ON "notice_comments_status_history" USING btree ("_order");
  CREATE INDEX "notice_comments_status_history_parent_id_idx" ON "notice_comments_status_history" USING btree ("_parent_id");
  CREATE INDEX "_notice_comments_v_version_status_history_order_idx" ON "_notice_comments_v_version_status_history" USING btree ("_order");
  CREATE INDEX "_notice_comments_v_version_status_history_parent_id_idx" ON "_notice_comments_v_version_status_history" USING btree ("_parent_id");`)
  // Rows from before the history was kept: arrival (as the submit endpoint stores it) at their
  // creation, and their present status at their last change where it differs.
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
   DROP TABLE "notice_comments_status_history" CASCADE;
  DROP TABLE "_notice_comments_v_version_status_history" CASCADE;
  ALTER TABLE "notice_comments" DROP COLUMN "reply";
  ALTER TABLE "_notice_comments_v" DROP COLUMN "version_reply";`)
}
