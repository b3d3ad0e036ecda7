import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "site_settings" ADD COLUMN "objection_contact_department" varchar;
  ALTER TABLE "site_settings" ADD COLUMN "objection_contact_phone" varchar;
  ALTER TABLE "site_settings" ADD COLUMN "objection_contact_email" varchar;
  ALTER TABLE "site_settings" ADD COLUMN "objection_contact_address" varchar;
  ALTER TABLE "site_settings" ADD COLUMN "objection_contact_office_hours" varchar;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "site_settings" DROP COLUMN "objection_contact_department";
  ALTER TABLE "site_settings" DROP COLUMN "objection_contact_phone";
  ALTER TABLE "site_settings" DROP COLUMN "objection_contact_email";
  ALTER TABLE "site_settings" DROP COLUMN "objection_contact_address";
  ALTER TABLE "site_settings" DROP COLUMN "objection_contact_office_hours";`)
}
