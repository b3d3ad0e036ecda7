import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "site_corrections" ADD COLUMN "closed_at" timestamp(3) with time zone;
  CREATE INDEX "site_corrections_closed_at_idx" ON "site_corrections" USING btree ("closed_at");`)
  // Reports handled before the field existed count as closed at their last change.
  await db.execute(sql`UPDATE "site_corrections" SET "closed_at" = "updated_at" WHERE "status" = 'done' AND "closed_at" IS NULL;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "site_corrections_closed_at_idx";
  ALTER TABLE "site_corrections" DROP COLUMN "closed_at";`)
}
