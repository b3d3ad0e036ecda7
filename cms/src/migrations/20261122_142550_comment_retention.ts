import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'eraseExpiredPersonalData' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'eraseExpiredPersonalData' BEFORE 'schedulePublish';
  CREATE TABLE "payload_jobs_stats" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"stats" jsonb,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "notice_comments" ADD COLUMN "public_name" varchar;
  ALTER TABLE "notice_comments" ADD COLUMN "personal_data_erased_at" timestamp(3) with time zone;
  ALTER TABLE "_notice_comments_v" ADD COLUMN "version_public_name" varchar;
  ALTER TABLE "_notice_comments_v" ADD COLUMN "version_personal_data_erased_at" timestamp(3) with time zone;
  ALTER TABLE "payload_jobs" ADD COLUMN "meta" jsonb;`)
  // Comments stored before public_name existed get the same mask as shared maskName (张*).
  await db.execute(sql`
  UPDATE "notice_comments"
  SET "public_name" = left(btrim("name"), 1) || repeat('*', greatest(1, char_length(btrim("name")) - 1))
  WHERE "name" IS NOT NULL AND btrim("name") <> '';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "payload_jobs_stats" CASCADE;
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  ALTER TABLE "notice_comments" DROP COLUMN "public_name";
  ALTER TABLE "notice_comments" DROP COLUMN "personal_data_erased_at";
  ALTER TABLE "_notice_comments_v" DROP COLUMN "version_public_name";
  ALTER TABLE "_notice_comments_v" DROP COLUMN "version_personal_data_erased_at";
  ALTER TABLE "payload_jobs" DROP COLUMN "meta";`)
}
