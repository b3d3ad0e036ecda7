import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

import { DEFAULT_ANSWER_WORKING_DAYS, answerDueAt, defaultWorkCalendar } from '@fengcai/shared'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "notices" ADD COLUMN "answer_working_days" numeric;
  ALTER TABLE "_notices_v" ADD COLUMN "version_answer_working_days" numeric;
  ALTER TABLE "notice_comments" ADD COLUMN "answer_due_at" timestamp(3) with time zone;
  ALTER TABLE "_notice_comments_v" ADD COLUMN "version_answer_due_at" timestamp(3) with time zone;
  ALTER TABLE "site_settings" ADD COLUMN "objection_answer_days" numeric DEFAULT 5;
  CREATE INDEX "notice_comments_answer_due_at_idx" ON "notice_comments" USING btree ("answer_due_at");
  CREATE INDEX "_notice_comments_v_version_version_answer_due_at_idx" ON "_notice_comments_v" USING btree ("version_answer_due_at");`)
  // Open objections from before deadlines get theirs, counted as a new one's is (shared/src/answer-deadline.ts):
  // the saved work calendar (its defaults if never saved), the notice's period, else 站点设置's, else 5.
  const rows = <T>(result: unknown): T[] => (result as { rows: T[] }).rows
  const saved = rows<{ n: number }>(await db.execute(sql`SELECT count(*)::int AS n FROM "work_calendar"`))[0]?.n ?? 0
  const calendar = saved
    ? {
        holidays: rows<{ day: string }>(await db.execute(sql`SELECT "day" FROM "work_calendar_holidays"`)).map((row) => row.day),
        makeupWorkdays: rows<{ day: string }>(await db.execute(sql`SELECT "day" FROM "work_calendar_makeup_workdays"`)).map((row) => row.day),
      }
    : defaultWorkCalendar
  const fallback = Number(rows<{ days: string | null }>(await db.execute(sql`SELECT "objection_answer_days" AS days FROM "site_settings" LIMIT 1`))[0]?.days) || DEFAULT_ANSWER_WORKING_DAYS
  const open = rows<{ id: number; created_at: string; closes_at: string; own: string | null }>(
    await db.execute(sql`
  SELECT c."id", c."created_at", n."closes_at", n."answer_working_days" AS own
  FROM "notice_comments" c JOIN "notices" n ON n."id" = c."notice_id"
  WHERE c."kind" = 'objection' AND c."status" IN ('received', 'under-review') AND n."closes_at" IS NOT NULL`),
  )
  for (const row of open) {
    const workingDays = Number(row.own) || fallback
    const due = answerDueAt({ closesAt: new Date(row.closes_at), receivedAt: new Date(row.created_at), calendar, workingDays })
    await db.execute(sql`UPDATE "notice_comments" SET "answer_due_at" = ${due.toISOString()} WHERE "id" = ${row.id}`)
  }
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "notice_comments_answer_due_at_idx";
  DROP INDEX "_notice_comments_v_version_version_answer_due_at_idx";
  ALTER TABLE "notices" DROP COLUMN "answer_working_days";
  ALTER TABLE "_notices_v" DROP COLUMN "version_answer_working_days";
  ALTER TABLE "notice_comments" DROP COLUMN "answer_due_at";
  ALTER TABLE "_notice_comments_v" DROP COLUMN "version_answer_due_at";
  ALTER TABLE "site_settings" DROP COLUMN "objection_answer_days";`)
}
