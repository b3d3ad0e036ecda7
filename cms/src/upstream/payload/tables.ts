/**
 * SEAM table names: how @payloadcms/drizzle 3.90.2 names a collection's tables and columns, for
 * the few writes we make in SQL of our own (lib/publicSubmission/insertOnce.ts).
 * - A collection's table is its slug in snake case, looked up in `tableNameMap` (drizzle/src/create.ts:7,
 *   createTableName.ts), its versions' table `_<table>_v` (`versionsSuffix`, drizzle/src/createVersion.ts:16-17).
 * - A top-level array field's rows are in `<table>_<field in snake case>` with `_order`, `_parent_id`
 *   and the row's `id` (drizzle/src/schema/traverseFields.ts:86-90); in a version's copy of that
 *   table the row's `id` is a serial and the document row's id is kept in `_uuid`
 *   (drizzle/src/transform/write/array.ts:6-23).
 * - A field's column is its name in snake case, a single relationship's `<name>_id`, and a version's
 *   column the document's prefixed `version_`; the version row's `parent_id` names the document.
 * `checkTableNaming` (run at start-up) checks the rule against every collection of the config.
 */
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { postgres } from './postgres'

/** Payload's `to-snake-case` for the names we have: kebab-case slugs and camelCase field names. */
export const snakeCase = (name: string): string =>
  name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/-/g, '_')
    .toLowerCase()

type Adapter = { tableNameMap?: Map<string, string>; tables?: Record<string, unknown>; versionsSuffix?: string }

export type CollectionTables = {
  /** The documents' table. */
  main: string
  /** The versions' table, when the collection keeps versions. */
  versions?: string
  /** The rows of a top-level array field, by field name. */
  arrays: Record<string, string>
  /** The same rows in a version, by field name. */
  versionArrays: Record<string, string>
}

const lookUp = (adapter: Adapter, defaultName: string): string | undefined => {
  const name = adapter.tableNameMap?.get(defaultName)
  return name && adapter.tables?.[name] ? name : undefined
}

/** The tables of a collection and of the named top-level array fields, or why they cannot be named. */
const findTables = (payload: Payload, slug: string, hasVersions: boolean, arrayFields: readonly string[]): CollectionTables | string[] => {
  const adapter = postgres(payload) as unknown as Adapter
  const base = snakeCase(slug)
  const main = lookUp(adapter, base)
  if (!main) return [`payload.db has no table "${base}" for the collection ${slug} (drizzle/src/create.ts:7)`]
  const versionsName = `_${base}${adapter.versionsSuffix ?? '_v'}`
  const versions = hasVersions ? lookUp(adapter, versionsName) : undefined
  const problems: string[] = []
  if (hasVersions && !versions) problems.push(`payload.db has no versions table "${versionsName}" for ${slug} (drizzle/src/createVersion.ts:17)`)
  const arrays: Record<string, string> = {}
  const versionArrays: Record<string, string> = {}
  for (const field of arrayFields) {
    const name = lookUp(adapter, `${main}_${snakeCase(field)}`)
    if (name) arrays[field] = name
    else problems.push(`payload.db has no table "${main}_${snakeCase(field)}" for the array ${slug}.${field} (drizzle/src/schema/traverseFields.ts:86)`)
    if (!versions) continue
    const versionName = lookUp(adapter, `${versions}_version_${snakeCase(field)}`)
    if (versionName) versionArrays[field] = versionName
    else problems.push(`payload.db has no table "${versions}_version_${snakeCase(field)}" for the array ${slug}.${field} in versions`)
  }
  return problems.length ? problems : { main, versions, arrays, versionArrays }
}

/** The tables of a collection and of its named top-level array fields; throws if the naming rule no longer holds. */
export const collectionTables = (payload: Payload, slug: string, arrayFields: readonly string[] = []): CollectionTables => {
  const hasVersions = Boolean(payload.collections?.[slug as keyof Payload['collections']]?.config.versions)
  const found = findTables(payload, slug, hasVersions, arrayFields)
  if (Array.isArray(found)) throw new Error(`Payload no longer names tables as Fengcai expects (cms/src/upstream/payload/tables.ts): ${found.join('; ')}`)
  return found
}

/** A collection's drizzle table object (`tables`, keyed by table name: "Access to Drizzle"), or undefined. */
export const tableOf = (payload: Payload, slug: string): PostgresAdapter['tables'][string] | undefined => {
  const adapter = postgres(payload)
  const name = lookUp(adapter as unknown as Adapter, snakeCase(slug))
  return name === undefined ? undefined : adapter.tables[name]
}

/** The column of a field: a single relationship keeps its id in `<name>_id`. */
export const columnOf = (field: string, relationship = false): string => `${snakeCase(field)}${relationship ? '_id' : ''}`

/** The column of a field in a version row. */
export const versionColumnOf = (field: string, relationship = false): string => `version_${columnOf(field, relationship)}`

/** One sentence per collection of the config (and each of its top-level arrays) whose tables the rule above does not name. */
export const checkTableNaming = (payload: Payload): string[] =>
  (payload.config?.collections ?? []).flatMap((collection) => {
    const arrays = collection.fields.flatMap((field) => ('name' in field && field.type === 'array' && !field.dbName ? [field.name] : []))
    if (collection.dbName) return []
    const found = findTables(payload, collection.slug, Boolean(collection.versions), arrays)
    return Array.isArray(found) ? found : []
  })
