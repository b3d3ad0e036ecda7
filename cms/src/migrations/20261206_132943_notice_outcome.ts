import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_notices_nominees_decision" AS ENUM('approved', 'rejected', 'deferred');
  CREATE TYPE "public"."enum__notices_v_version_nominees_decision" AS ENUM('approved', 'rejected', 'deferred');
  ALTER TABLE "notices_nominees" ADD COLUMN "decision" "enum_notices_nominees_decision";
  ALTER TABLE "notices_nominees" ADD COLUMN "decision_note" varchar;
  ALTER TABLE "notices" ADD COLUMN "outcome_announced" boolean;
  ALTER TABLE "notices" ADD COLUMN "outcome_announced_at" timestamp(3) with time zone;
  ALTER TABLE "notices" ADD COLUMN "outcome_note" varchar;
  ALTER TABLE "_notices_v_version_nominees" ADD COLUMN "decision" "enum__notices_v_version_nominees_decision";
  ALTER TABLE "_notices_v_version_nominees" ADD COLUMN "decision_note" varchar;
  ALTER TABLE "_notices_v" ADD COLUMN "version_outcome_announced" boolean;
  ALTER TABLE "_notices_v" ADD COLUMN "version_outcome_announced_at" timestamp(3) with time zone;
  ALTER TABLE "_notices_v" ADD COLUMN "version_outcome_note" varchar;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "notices_nominees" DROP COLUMN "decision";
  ALTER TABLE "notices_nominees" DROP COLUMN "decision_note";
  ALTER TABLE "notices" DROP COLUMN "outcome_announced";
  ALTER TABLE "notices" DROP COLUMN "outcome_announced_at";
  ALTER TABLE "notices" DROP COLUMN "outcome_note";
  ALTER TABLE "_notices_v_version_nominees" DROP COLUMN "decision";
  ALTER TABLE "_notices_v_version_nominees" DROP COLUMN "decision_note";
  ALTER TABLE "_notices_v" DROP COLUMN "version_outcome_announced";
  ALTER TABLE "_notices_v" DROP COLUMN "version_outcome_announced_at";
  ALTER TABLE "_notices_v" DROP COLUMN "version_outcome_note";
  DROP TYPE "public"."enum_notices_nominees_decision";
  DROP TYPE "public"."enum__notices_v_version_nominees_decision";`)
}
