import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_audit_log_action" ADD VALUE 'restored';
  ALTER TYPE "public"."enum_audit_log_action" ADD VALUE 'loginSucceeded';
  ALTER TYPE "public"."enum_audit_log_action" ADD VALUE 'loginFailed';
  ALTER TYPE "public"."enum_audit_log_action" ADD VALUE 'rolesChanged';
  ALTER TYPE "public"."enum_audit_log_action" ADD VALUE 'reviewStagesChanged';
  ALTER TYPE "public"."enum_audit_log_action" ADD VALUE 'siteSettingsChanged';
  ALTER TYPE "public"."enum_audit_log_action" ADD VALUE 'personalDataExported';
  ALTER TYPE "public"."enum_audit_log_action" ADD VALUE 'overridden';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'pruneAuditLog' BEFORE 'notifyObjection';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'pruneAuditLog' BEFORE 'notifyObjection';
  ALTER TABLE "audit_log" ALTER COLUMN "doc_id" DROP NOT NULL;
  CREATE INDEX "audit_log_user_idx" ON "audit_log" USING btree ("user");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  // Written by hand: rows and jobs of the new kinds have no place in the old types (the casts below
  // would fail on them), so going back removes them; a failed login to an unknown email has no document.
  await db.execute(sql`
  DELETE FROM "audit_log" WHERE "action"::text NOT IN ('published', 'unpublished', 'deleted') OR "doc_id" IS NULL;
  DELETE FROM "payload_jobs_log" WHERE "task_slug"::text = 'pruneAuditLog';
  DELETE FROM "payload_jobs" WHERE "task_slug"::text = 'pruneAuditLog';
   ALTER TABLE "audit_log" ALTER COLUMN "action" SET DATA TYPE text;
  DROP TYPE "public"."enum_audit_log_action";
  CREATE TYPE "public"."enum_audit_log_action" AS ENUM('published', 'unpublished', 'deleted');
  ALTER TABLE "audit_log" ALTER COLUMN "action" SET DATA TYPE "public"."enum_audit_log_action" USING "action"::"public"."enum_audit_log_action";
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'eraseExpiredPersonalData', 'sweepRateLimits', 'notifyObjection', 'mailPendingSummary', 'sendMail', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'eraseExpiredPersonalData', 'sweepRateLimits', 'notifyObjection', 'mailPendingSummary', 'sendMail', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "audit_log_user_idx";
  ALTER TABLE "audit_log" ALTER COLUMN "doc_id" SET NOT NULL;`)
}
