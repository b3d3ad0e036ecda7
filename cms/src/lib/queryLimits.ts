import type { CollectionBeforeOperationHook, CollectionConfig, Field, FlattenedField, PayloadRequest, Where } from 'payload'

import { mergeHooks } from '@/hooks/mergeHooks'
import type { CollectionHooks } from '@/hooks/mergeHooks'
import { publicError } from '@/lib/errors'
import { enforceListBudgets } from '@/lib/listBudgets'
import { sameSecret } from '@/lib/secrets'

/**
 * What one API request may ask for. Relationship fields populate one level at most whatever the
 * depth (`maxDepth` below), so depth beyond 2 buys a reader nothing but a larger answer.
 */
export const QUERY_LIMITS = {
  /** Population depth for readers without an account (the site's build uses 0 and 1). */
  publicDepth: 2,
  /** Population depth for staff; also Payload's `maxDepth` for every caller. */
  staffDepth: 3,
  /** Documents per page for readers without an account. */
  publicPageSize: 100,
  /** Documents per page for the site's build (which shows the CMS's secret), still as a reader. */
  buildPageSize: 1000,
  /** Conditions in one `where`, and how deeply and/or may nest. */
  whereConditions: 30,
  whereNesting: 4,
  /** Values in one `in` / `not_in` list (the admin's bulk actions list the ticked ids). */
  listValues: 1000,
  /** Characters in one filter value. */
  valueLength: 200,
  /**
   * Documents per collection one 待办 list (`GET /api/desk/todo`) reads, newest first: its cost
   * stays fixed however many submissions wait, and the list says when there are more.
   */
  deskRows: 200,
} as const

/** How deep a relationship, upload or rich-text field populates its documents, at most. */
const FIELD_MAX_DEPTH = 1

/** Sets `maxDepth` on every relationship, upload and rich-text field, however deeply nested. */
const limitPopulation = (fields: Field[]): Field[] =>
  fields.map((field) => {
    switch (field.type) {
      case 'relationship':
      case 'upload':
      case 'richText':
        return { ...field, maxDepth: Math.min(field.maxDepth ?? FIELD_MAX_DEPTH, FIELD_MAX_DEPTH) }
      case 'array':
      case 'group':
      case 'row':
      case 'collapsible':
        return { ...field, fields: limitPopulation(field.fields) }
      case 'tabs':
        return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: limitPopulation(tab.fields) })) }
      case 'blocks':
        return {
          ...field,
          blocks: field.blocks.map((block) => ({ ...block, fields: limitPopulation(block.fields) })),
        }
      default:
        return field
    }
  })

const badQuery = (message: string): never => {
  throw publicError(message, 400)
}

const notFound = (): never => {
  throw publicError('没有找到该内容。', 404)
}

/** After a relationship, only its id (or, for polymorphic ones, value / relationTo) may follow. */
const RELATION_SUFFIXES = new Set(['id', 'value', 'relationTo'])

/**
 * Refuses a filter or sort path that reads through a relationship into another collection (the
 * joined rows escape that collection's access rules: a published story could be sorted by a
 * draft's title), or into rich text and JSON (which the database cannot compare as text).
 * Unknown names are left to Payload, which answers them with its own 400.
 */
const checkPath = (fields: FlattenedField[], path: string, hasVersions: boolean): void => {
  const segments = path.split('.')
  if (hasVersions && segments[0] === 'version') segments.shift()
  let current: FlattenedField[] | undefined = fields
  for (let index = 0; index < segments.length && current; index += 1) {
    const field: FlattenedField | undefined = current.find((candidate) => 'name' in candidate && candidate.name === segments[index])
    if (!field) return
    const rest = segments.slice(index + 1)
    switch (field.type) {
      case 'relationship':
      case 'upload':
        if (rest.length > 1 || (rest.length === 1 && !RELATION_SUFFIXES.has(rest[0] as string))) {
          badQuery(`不能按关联内容的字段“${path}”筛选或排序。`)
        }
        return
      case 'join':
      case 'richText':
      case 'json':
        badQuery(`不能按字段“${path}”筛选或排序。`)
        return
      default:
        current = 'flattenedFields' in field ? field.flattenedFields : undefined
    }
  }
}

const LIST_OPERATORS = new Set(['in', 'not_in', 'all'])

const checkWhere = (fields: FlattenedField[], where: Where, hasVersions: boolean): void => {
  let conditions = 0
  const visit = (node: unknown, nesting: number): void => {
    if (nesting > QUERY_LIMITS.whereNesting) badQuery('筛选条件嵌套过深。')
    if (!node || typeof node !== 'object') badQuery('筛选条件格式不正确。')
    for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
      if (key === 'and' || key === 'or') {
        if (!Array.isArray(value)) badQuery('筛选条件格式不正确。')
        for (const child of value as unknown[]) visit(child, nesting + 1)
        continue
      }
      conditions += 1
      if (conditions > QUERY_LIMITS.whereConditions) badQuery('筛选条件过多。')
      checkPath(fields, key, hasVersions)
      if (value && typeof value === 'object') {
        for (const [operator, operand] of Object.entries(value)) {
          // A list comes as an array or, from a query string, as one comma-separated value.
          const values = LIST_OPERATORS.has(operator) && typeof operand === 'string' ? operand.split(',') : Array.isArray(operand) ? operand : [operand]
          if (values.length > QUERY_LIMITS.listValues) badQuery('筛选值过多。')
          if (values.some((item) => typeof item === 'string' && item.length > QUERY_LIMITS.valueLength)) badQuery('筛选值过长。')
        }
      }
    }
  }
  visit(where, 0)
}

/**
 * The site's build reads what readers read, in larger pages: it shows the secret the CMS shares
 * with its site builder (SITE_REBUILD_SECRET) in `x-site-build`. Nothing else changes for it.
 */
const isSiteBuild = (req: PayloadRequest): boolean => sameSecret(req.headers.get('x-site-build') ?? '', process.env.SITE_REBUILD_SECRET)

/** An integer within [min, max] or undefined; anything else is a bad request. */
const checkInteger = (value: unknown, name: string, min: number, max: number): void => {
  if (value === undefined || value === null || value === '') return
  const number = typeof value === 'number' ? value : Number(value)
  if (!Number.isInteger(number) || number < min || number > max) badQuery(`参数 ${name} 应为 ${min} 到 ${max} 之间的整数。`)
}

type QueryArgs = {
  currentDepth?: unknown
  depth?: unknown
  id?: unknown
  limit?: unknown
  pagination?: unknown
  sort?: unknown
  where?: Where
}

/**
 * Checks what a REST or GraphQL caller asks of a collection before Payload runs it: depth and
 * page size (bounded for the public), the id's form (ids are integers here; anything else is a
 * 404, not a database error), and filter and sort paths. Local API calls that override access
 * (seeds, jobs, our own endpoints) are trusted and pass untouched.
 */
export const guardQuery: CollectionBeforeOperationHook = ({ args, collection, operation, overrideAccess, req }) => {
  if (overrideAccess === true) return args
  const query = args as QueryArgs
  // Payload populating relationships for a request already checked (its dataloader reads the
  // related documents in one unpaginated batch); clients cannot set currentDepth.
  if (typeof query.currentDepth === 'number') return args
  const isPublic = !req.user
  checkInteger(query.depth, 'depth', 0, isPublic ? QUERY_LIMITS.publicDepth : QUERY_LIMITS.staffDepth)
  if (query.id !== undefined && !/^\d{1,12}$/.test(String(query.id))) notFound()
  // `/api/users/versions` reaches Payload's version code for a collection that keeps none.
  if (!collection.versions && new URL(req.url ?? '/', 'http://cms').pathname.startsWith(`/api/${collection.slug}/versions`)) notFound()
  if (operation === 'read' || operation === 'count' || operation === 'countVersions' || operation === 'readDistinct') {
    if (isPublic) {
      checkInteger(query.limit, 'limit', 1, isSiteBuild(req) ? QUERY_LIMITS.buildPageSize : QUERY_LIMITS.publicPageSize)
      if (query.pagination === false) badQuery('不支持一次取回全部内容，请分页查询。')
    }
    const hasVersions = Boolean(collection.versions)
    if (query.where) checkWhere(collection.flattenedFields, query.where, hasVersions)
    const sorts = typeof query.sort === 'string' ? query.sort.split(',') : Array.isArray(query.sort) ? query.sort : []
    for (const sort of sorts) checkPath(collection.flattenedFields, String(sort).replace(/^-/, ''), hasVersions)
  }
  return args
}

/**
 * The hooks that check every API query (depth, page size, ids, filters) and every list a save
 * writes, drafts included (./listBudgets).
 */
export const queryLimitHooks = { beforeOperation: [guardQuery], beforeValidate: [enforceListBudgets] } satisfies CollectionHooks

/** A collection with every population bounded and every API query checked first. */
export const withQueryLimits = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  fields: limitPopulation(collection.fields),
  // The guard first, before the collection's own hooks of the operation.
  hooks: mergeHooks(queryLimitHooks, collection.hooks),
})
