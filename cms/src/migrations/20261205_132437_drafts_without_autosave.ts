import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "_stories_v_autosave_idx";
  DROP INDEX "_honor_rolls_v_autosave_idx";
  DROP INDEX "_notices_v_autosave_idx";
  DROP INDEX "_galleries_v_autosave_idx";
  ALTER TABLE "_stories_v" DROP COLUMN "autosave";
  ALTER TABLE "_honor_rolls_v" DROP COLUMN "autosave";
  ALTER TABLE "_notices_v" DROP COLUMN "autosave";
  ALTER TABLE "_galleries_v" DROP COLUMN "autosave";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "_stories_v" ADD COLUMN "autosave" boolean;
  ALTER TABLE "_honor_rolls_v" ADD COLUMN "autosave" boolean;
  ALTER TABLE "_notices_v" ADD COLUMN "autosave" boolean;
  ALTER TABLE "_galleries_v" ADD COLUMN "autosave" boolean;
  CREATE INDEX "_stories_v_autosave_idx" ON "_stories_v" USING btree ("autosave");
  CREATE INDEX "_honor_rolls_v_autosave_idx" ON "_honor_rolls_v" USING btree ("autosave");
  CREATE INDEX "_notices_v_autosave_idx" ON "_notices_v" USING btree ("autosave");
  CREATE INDEX "_galleries_v_autosave_idx" ON "_galleries_v" USING btree ("autosave");`)
}
