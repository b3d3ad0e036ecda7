/**
 * Many stories at once for tests of list budgets: copies of one saved story (and of its latest
 * version) written with one SQL statement per table, each copy a moment newer than the one
 * before, instead of hundreds of Local API saves. Only for what reads stories, not how they are saved.
 */
import pg from 'pg'

import { queryDatabase } from './sql'

const columnsOf = async (databaseUrl: string, table: string): Promise<string[]> =>
  (
    await queryDatabase<{ column_name: string }>(
      databaseUrl,
      `SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1 AND column_name <> 'id' ORDER BY ordinal_position`,
      [table],
    )
  ).map((row) => row.column_name)

/** The column list and, for each, what a copy takes (`copy` is the n-th copy, from 1). */
const selectList = (columns: string[], replaced: Record<string, string>) => ({
  into: columns.map((name) => pg.escapeIdentifier(name)).join(', '),
  select: columns.map((name) => replaced[name] ?? `source.${pg.escapeIdentifier(name)}`).join(', '),
})

const shifted = (column: string) => `source.${pg.escapeIdentifier(column)} + copy * interval '1 millisecond'`

/** Writes `count` copies of story `id`; answers their ids, oldest first. */
export const copyStory = async (databaseUrl: string, id: number, count: number): Promise<number[]> => {
  const story = selectList(await columnsOf(databaseUrl, 'stories'), {
    title: `source.title || ' ' || copy`,
    slug: `source.slug || '-' || copy`,
    updated_at: shifted('updated_at'),
    created_at: shifted('created_at'),
  })
  // Each copy's number read back from its slug, to give each story its own version below.
  const made = await queryDatabase<{ id: number; copy: number }>(
    databaseUrl,
    `INSERT INTO stories (${story.into}) SELECT ${story.select} FROM stories source, generate_series(1, $2::int) copy WHERE source.id = $1 ORDER BY copy
     RETURNING id, substring(slug from '-([0-9]+)$')::int AS copy`,
    [id, count],
  )
  made.sort((a, b) => a.copy - b.copy)
  const ids = made.map((row) => row.id)
  const version = selectList(await columnsOf(databaseUrl, '_stories_v'), {
    parent_id: 'made.id',
    version_title: `source.version_title || ' ' || copy`,
    version_slug: `source.version_slug || '-' || copy`,
    version_updated_at: shifted('version_updated_at'),
    version_created_at: shifted('version_created_at'),
    updated_at: shifted('updated_at'),
    created_at: shifted('created_at'),
  })
  try {
    await queryDatabase(
      databaseUrl,
      `INSERT INTO _stories_v (${version.into}) SELECT ${version.select} FROM _stories_v source, unnest($2::int[], $3::int[]) AS made(id, copy) WHERE source.parent_id = $1 AND source.latest ORDER BY copy`,
      [id, ids, made.map((row) => row.copy)],
    )
  } catch (error) {
    // No copy is left behind without its version.
    await deleteStoryCopies(databaseUrl, ids)
    throw error
  }
  return ids
}

/** Removes copies made by copyStory, with their versions. */
export const deleteStoryCopies = async (databaseUrl: string, ids: number[]): Promise<void> => {
  await queryDatabase(databaseUrl, 'DELETE FROM _stories_v WHERE parent_id = ANY($1::int[])', [ids])
  await queryDatabase(databaseUrl, 'DELETE FROM stories WHERE id = ANY($1::int[])', [ids])
}
