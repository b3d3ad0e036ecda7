/**
 * A submission stored in ONE SQL statement that commits on its own: the proof of work spent, the
 * document row, the first entry of its status history and, for a collection with versions, the
 * version row and its copy of that entry — the rows Payload's `create` writes, in the shapes its
 * adapter gives them (upstream/payload/tables.ts), so the admin and the Local API read them alike
 * (tests/int/cms/NoticeCommentsOnce.int.test.ts compares them with Payload's own). Payload's create
 * took six statements, a transaction and a read-back, and most of a submission's CPU time in
 * building them (`pnpm bench --only comments --cpu-prof`).
 *
 * The document is inserted only when the spend counted the proof's first use, so a replayed proof
 * stores nothing. One statement outside a transaction is answered after its commit, so a success
 * is a stored row (the read-back that payloadcms/payload#17726 asks of Payload's COMMIT is not
 * needed here), and a failure stores nothing. The same idempotency key twice waits in its unique
 * index for the twin to commit and then fails with 23505, as before.
 */
import { randomBytes } from 'node:crypto'

import type { Payload } from 'payload'

import { countHit } from '@/lib/rateLimit'
import { namedStatement, quoteName, sqlText } from '@/lib/sqlText'
import type { NamedStatement } from '@/lib/sqlText'
import { collectionTables, columnOf, poolOf, versionColumnOf } from '@/upstream/payload'

export type OnceSpec = {
  collection: string
  /** The document's fields the statement writes, in a fixed order (a missing value is NULL). */
  fields: readonly string[]
  /** Those of them that are single relationships (column `<name>_id`). */
  relationships: readonly string[]
  /** The array field of the status history, whose first entry is written with the document. */
  history: string
}

/** Each table's column types as PostgreSQL names them, for casting the statement's parameters. */
const columnTypes = async (payload: Payload, tables: string[]): Promise<Map<string, Map<string, string>>> => {
  const { rows } = await poolOf(payload).query<{ table: string; column: string; type: string }>(
    `SELECT c.relname AS table, a.attname AS column, format_type(a.atttypid, a.atttypmod) AS type
       FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
      WHERE c.oid = ANY($1::text[]::regclass[]) AND a.attnum > 0 AND NOT a.attisdropped`,
    [tables],
  )
  const types = new Map<string, Map<string, string>>()
  for (const row of rows) types.set(row.table, (types.get(row.table) ?? new Map()).set(row.column, row.type))
  return types
}

const build = async (payload: Payload, spec: OnceSpec): Promise<NamedStatement> => {
  const tables = collectionTables(payload, spec.collection, [spec.history])
  const historyTable = tables.arrays[spec.history] as string
  const versionHistory = tables.versionArrays[spec.history]
  const types = await columnTypes(payload, [
    tables.main,
    historyTable,
    ...(tables.versions ? [tables.versions] : []),
    ...(versionHistory ? [versionHistory] : []),
  ])
  // A parameter cast to its column's type: an INSERT … SELECT does not infer it (an enum, say).
  // Through text, as one parameter goes into the document and its version, whose enums differ.
  const cast = (table: string, column: string, param: string): string => {
    const type = types.get(table)?.get(column)
    if (!type) throw new Error(`${table}.${column} does not exist: Payload no longer stores ${spec.collection} as cms/src/upstream/payload/tables.ts says`)
    return `${param}::text::${type}`
  }
  // $1 the proof, $2 its window in seconds, $3 the moment, $4 the history row's id, $5 its status; the fields from $6.
  const fieldParams = spec.fields.map((_, index) => `$${index + 6}`)
  const columns = spec.fields.map((field) => columnOf(field, spec.relationships.includes(field)))
  const docColumns = [...columns, 'updated_at', 'created_at']
  const docValues = [...fieldParams, '$3', '$3'].map((param, index) => cast(tables.main, docColumns[index] as string, param))
  const parts = [
    sqlText`spent AS (${countHit(sqlText, '$1', '$2::int')})`,
    sqlText`doc AS (INSERT INTO ${quoteName(tables.main)} (${docColumns.map(quoteName).join(', ')}) SELECT ${docValues.join(', ')} FROM spent WHERE spent.count = 1 RETURNING id)`,
    sqlText`history AS (INSERT INTO ${quoteName(historyTable)} ("_order", "_parent_id", "id", "status", "at")
      SELECT 1, doc.id, ${cast(historyTable, 'id', '$4')}, ${cast(historyTable, 'status', '$5')}, ${cast(historyTable, 'at', '$3')} FROM doc)`,
  ]
  if (tables.versions) {
    const versions = tables.versions
    const versionColumns = [
      ...spec.fields.map((field) => versionColumnOf(field, spec.relationships.includes(field))),
      'version_updated_at',
      'version_created_at',
    ]
    const versionValues = [...fieldParams, '$3', '$3'].map((param, index) => cast(versions, versionColumns[index] as string, param))
    parts.push(
      sqlText`version AS (INSERT INTO ${quoteName(versions)} ("parent_id", ${versionColumns.map(quoteName).join(', ')}, "created_at", "updated_at")
        SELECT doc.id, ${versionValues.join(', ')}, ${cast(versions, 'created_at', '$3')}, ${cast(versions, 'updated_at', '$3')} FROM doc RETURNING id)`,
    )
    if (versionHistory) {
      parts.push(
        sqlText`version_history AS (INSERT INTO ${quoteName(versionHistory)} ("_order", "_parent_id", "status", "at", "_uuid")
          SELECT 1, version.id, ${cast(versionHistory, 'status', '$5')}, ${cast(versionHistory, 'at', '$3')}, ${cast(versionHistory, '_uuid', '$4')} FROM version)`,
      )
    }
  }
  const statement = `WITH ${parts.join(',\n')}\nSELECT spent.count AS spent, doc.id AS id FROM spent LEFT JOIN doc ON true`
  return namedStatement('fengcai_once', statement)
}

const prepared = new WeakMap<Payload, Map<OnceSpec, Promise<NamedStatement>>>()

const statementFor = (payload: Payload, spec: OnceSpec): Promise<NamedStatement> => {
  const bySpec = prepared.get(payload) ?? new Map<OnceSpec, Promise<NamedStatement>>()
  prepared.set(payload, bySpec)
  let statement = bySpec.get(spec)
  if (!statement) {
    statement = build(payload, spec)
    // A failed build (the database away at that moment) is tried again by the next submission.
    statement.catch(() => bySpec.delete(spec))
    bySpec.set(spec, statement)
  }
  return statement
}

/** An array row's id as Payload makes one: 24 hex digits, an ObjectId (payload/src/fields/baseFields/baseIDField.ts). */
export const arrayRowId = (): string =>
  `${Math.floor(Date.now() / 1000)
    .toString(16)
    .padStart(8, '0')}${randomBytes(8).toString('hex')}`

/**
 * Stores the document and its first status in one statement, spending `proof` in it. Gives the
 * new document's id, or null when the proof had been spent already (nothing stored).
 */
export const insertOnce = async (
  payload: Payload,
  spec: OnceSpec,
  { proof, proofSeconds, data, status }: { proof: string; proofSeconds: number; data: Record<string, unknown>; status: string },
): Promise<number | null> => {
  const { name, text: statement } = await statementFor(payload, spec)
  const values = [proof, proofSeconds, new Date().toISOString(), arrayRowId(), status, ...spec.fields.map((field) => data[field] ?? null)]
  const { rows } = await poolOf(payload).query<{ spent: number; id: number | null }>({ name, text: statement, values })
  const row = rows[0]
  if (!row) throw new Error(`the one-statement insert into ${spec.collection} returned no row`)
  return row.id === null ? null : Number(row.id)
}
