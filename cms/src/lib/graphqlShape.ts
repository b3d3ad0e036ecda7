import { Kind, parse } from 'graphql'
import type { DefinitionNode, DocumentNode, FragmentDefinitionNode, SelectionSetNode } from 'graphql'

/**
 * What a GraphQL document may be before any validation rule sees it. GraphQL's own rules and
 * Payload's complexity rule walk a query with every fragment spread expanded in place, so 24
 * fragments that each spread the next twice (under a kilobyte) expand to 16 million selections
 * and hold the event loop for seconds; a fragment cycle overflows Payload's stack. This check
 * runs first, in time linear in the document: tokens are capped while parsing, each fragment's
 * expanded size is computed once (memoised), and a cycle is found on the way.
 */
export const GRAPHQL_SHAPE_LIMITS = {
  /** Lexical tokens in one document (a rich real query has a few hundred). */
  tokens: 3000,
  /** Selections (fields, spreads, inline fragments) once every fragment is expanded. */
  expandedSelections: 5000,
} as const

/** The fragment being measured, for cycle detection (a memo entry that is not a number yet). */
const IN_PROGRESS = Symbol('in progress')

class Refusal extends Error {}

const cap = (size: number): number => Math.min(size, GRAPHQL_SHAPE_LIMITS.expandedSelections + 1)

/** Expanded selections of every operation, each fragment measured once; throws on a cycle or overflow. */
const measureDocument = (document: DocumentNode): void => {
  const fragments = new Map<string, FragmentDefinitionNode>()
  for (const definition of document.definitions as readonly DefinitionNode[]) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition)
  }
  const memo = new Map<string, number | typeof IN_PROGRESS>()

  const sizeOfFragment = (name: string): number => {
    const known = memo.get(name)
    if (known === IN_PROGRESS) throw new Refusal(`查询中的片段 ${name} 引用了自身（循环引用），请修改查询。`)
    if (known !== undefined) return known
    const fragment = fragments.get(name)
    // An unknown fragment is GraphQL's own validation error to report; it expands to nothing.
    if (!fragment) return 0
    memo.set(name, IN_PROGRESS)
    const size = sizeOf(fragment.selectionSet)
    memo.set(name, size)
    return size
  }

  const sizeOf = (selectionSet: SelectionSetNode | undefined): number => {
    if (!selectionSet) return 0
    let size = 0
    for (const selection of selectionSet.selections) {
      const below = selection.kind === Kind.FRAGMENT_SPREAD ? sizeOfFragment(selection.name.value) : sizeOf(selection.selectionSet)
      size = cap(size + 1 + below)
    }
    return size
  }

  let total = 0
  for (const definition of document.definitions) {
    // Every fragment is measured, spread or not: validation walks them all.
    if (definition.kind === Kind.FRAGMENT_DEFINITION) sizeOfFragment(definition.name.value)
    else if (definition.kind === Kind.OPERATION_DEFINITION) total = cap(total + sizeOf(definition.selectionSet))
  }
  if (total > GRAPHQL_SHAPE_LIMITS.expandedSelections) {
    throw new Refusal(`查询展开后过大（超过 ${GRAPHQL_SHAPE_LIMITS.expandedSelections} 项），请减少片段的重复引用。`)
  }
}

/**
 * Why a query is refused before validation, or null when it may go on (a syntax error is left to
 * GraphQL's own answer, which names the place).
 */
export const refusalOfQuery = (source: string): string | null => {
  let document: DocumentNode
  try {
    document = parse(source, { maxTokens: GRAPHQL_SHAPE_LIMITS.tokens, noLocation: true })
  } catch (error) {
    // Told apart by message, not class: the parser may be another copy of graphql than this file's.
    if (error instanceof Error && /more th(?:an|at) \d+ tokens/.test(error.message)) {
      return `查询过长（超过 ${GRAPHQL_SHAPE_LIMITS.tokens} 个词法单元），请拆分查询。`
    }
    return null
  }
  try {
    measureDocument(document)
    return null
  } catch (error) {
    if (error instanceof Refusal) return error.message
    // A document nested beyond the call stack (thousands of braces fit in the token cap).
    if (error instanceof RangeError) return '查询嵌套过深，请减少嵌套。'
    throw error
  }
}

/**
 * Route wrapper: a JSON body whose query is refused by its shape is answered 400 at once, before
 * graphql-http and Payload parse and validate it again. Anything else is passed on untouched.
 */
export const refuseOversizedQueries =
  (handler: (request: Request) => Promise<Response>) =>
  async (request: Request): Promise<Response> => {
    let query: unknown
    try {
      query = (JSON.parse(await request.clone().text()) as { query?: unknown } | null)?.query
    } catch {
      // Not JSON: graphql-http answers that itself.
      return handler(request)
    }
    const refusal = typeof query === 'string' ? refusalOfQuery(query) : null
    if (!refusal) return handler(request)
    return Response.json({ errors: [{ message: refusal }] }, { status: 400, headers: { 'cache-control': 'no-store' } })
  }
