import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/**
 * Reviewed documents record their author (the user who created them), whose desk they are on.
 * Existing documents get the author their history names: whoever saved the first version (its
 * 最后修改人), else whoever took the first step of the review history (送审, usually), matched to a
 * user by how staffName wrote them ("name（email）", the email, or the name). Every version of a
 * document gets the document's author, since the desk lists the newest versions. Documents whose
 * history names nobody keep no author.
 */
export const fillAuthors = (table: string) => {
  const versions = sql.raw(`"_${table}_v"`)
  const docs = sql.raw(`"${table}"`)
  const log = sql.raw(`"${table}_review_log"`)
  const versionLog = sql.raw(`"_${table}_v_version_review_log"`)
  const matches = sql.raw(`(c.who = u.email OR position('（' || u.email || '）' in c.who) > 0 OR (u.name IS NOT NULL AND u.name <> '' AND c.who = u.name))`)
  return sql`
  WITH c AS (
    SELECT DISTINCT ON (v.parent_id) v.parent_id AS doc_id, v.version_updated_by_name AS who
    FROM ${versions} v WHERE v.version_updated_by_name IS NOT NULL AND v.version_updated_by_name <> ''
    ORDER BY v.parent_id, v.created_at, v.id
  )
  UPDATE ${docs} d SET author_id = u.id FROM c JOIN users u ON ${matches} WHERE d.id = c.doc_id AND d.author_id IS NULL;
  WITH steps AS (
    SELECT l._parent_id AS doc_id, l.by AS who, l.at FROM ${log} l
    UNION ALL
    SELECT v.parent_id, l.by, l.at FROM ${versionLog} l JOIN ${versions} v ON v.id = l._parent_id
  ), c AS (
    SELECT DISTINCT ON (doc_id) doc_id, who FROM steps WHERE who IS NOT NULL AND who <> '' ORDER BY doc_id, at
  )
  UPDATE ${docs} d SET author_id = u.id FROM c JOIN users u ON ${matches} WHERE d.id = c.doc_id AND d.author_id IS NULL;
  UPDATE ${versions} v SET version_author_id = d.author_id FROM ${docs} d WHERE v.parent_id = d.id AND v.version_author_id IS NULL AND d.author_id IS NOT NULL;`
}

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "stories" ADD COLUMN "author_id" integer;
  ALTER TABLE "_stories_v" ADD COLUMN "version_author_id" integer;
  ALTER TABLE "honor_rolls" ADD COLUMN "author_id" integer;
  ALTER TABLE "_honor_rolls_v" ADD COLUMN "version_author_id" integer;
  ALTER TABLE "galleries" ADD COLUMN "author_id" integer;
  ALTER TABLE "_galleries_v" ADD COLUMN "version_author_id" integer;
  ALTER TABLE "stories" ADD CONSTRAINT "stories_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_stories_v" ADD CONSTRAINT "_stories_v_version_author_id_users_id_fk" FOREIGN KEY ("version_author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "honor_rolls" ADD CONSTRAINT "honor_rolls_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_honor_rolls_v" ADD CONSTRAINT "_honor_rolls_v_version_author_id_users_id_fk" FOREIGN KEY ("version_author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "galleries" ADD CONSTRAINT "galleries_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_galleries_v" ADD CONSTRAINT "_galleries_v_version_author_id_users_id_fk" FOREIGN KEY ("version_author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "stories_author_idx" ON "stories" USING btree ("author_id");
  CREATE INDEX "_stories_v_version_version_author_idx" ON "_stories_v" USING btree ("version_author_id");
  CREATE INDEX "honor_rolls_author_idx" ON "honor_rolls" USING btree ("author_id");
  CREATE INDEX "_honor_rolls_v_version_version_author_idx" ON "_honor_rolls_v" USING btree ("version_author_id");
  CREATE INDEX "galleries_author_idx" ON "galleries" USING btree ("author_id");
  CREATE INDEX "_galleries_v_version_version_author_idx" ON "_galleries_v" USING btree ("version_author_id");`)
  for (const table of ['stories', 'honor_rolls', 'galleries']) await db.execute(fillAuthors(table))
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "stories" DROP CONSTRAINT "stories_author_id_users_id_fk";
  
  ALTER TABLE "_stories_v" DROP CONSTRAINT "_stories_v_version_author_id_users_id_fk";
  
  ALTER TABLE "honor_rolls" DROP CONSTRAINT "honor_rolls_author_id_users_id_fk";
  
  ALTER TABLE "_honor_rolls_v" DROP CONSTRAINT "_honor_rolls_v_version_author_id_users_id_fk";
  
  ALTER TABLE "galleries" DROP CONSTRAINT "galleries_author_id_users_id_fk";
  
  ALTER TABLE "_galleries_v" DROP CONSTRAINT "_galleries_v_version_author_id_users_id_fk";
  
  DROP INDEX "stories_author_idx";
  DROP INDEX "_stories_v_version_version_author_idx";
  DROP INDEX "honor_rolls_author_idx";
  DROP INDEX "_honor_rolls_v_version_version_author_idx";
  DROP INDEX "galleries_author_idx";
  DROP INDEX "_galleries_v_version_version_author_idx";
  ALTER TABLE "stories" DROP COLUMN "author_id";
  ALTER TABLE "_stories_v" DROP COLUMN "version_author_id";
  ALTER TABLE "honor_rolls" DROP COLUMN "author_id";
  ALTER TABLE "_honor_rolls_v" DROP COLUMN "version_author_id";
  ALTER TABLE "galleries" DROP COLUMN "author_id";
  ALTER TABLE "_galleries_v" DROP COLUMN "version_author_id";`)
}
