import { GraphQLError, Kind } from 'graphql'
import type { ASTVisitor, FragmentDefinitionNode, GraphQLField, GraphQLType, SelectionSetNode, ValidationContext, ValueNode } from 'graphql'

/**
 * Bounds on one GraphQL operation. Payload's own complexity limit counts fields once each, so a
 * list of 100 stories each populating their related stories, 12 levels deep, passes it and runs
 * the server out of memory. This rule counts what a query would resolve: every list multiplies
 * what is below it by its `limit` argument (Payload's default page size, 10, without one), or,
 * for a has-many relationship, by an assumed 10 rows.
 */
export const GRAPHQL_LIMITS = { depth: 7, cost: 5000, listSize: 10 } as const

type Variables = Record<string, unknown> | null | undefined

// Types are told apart by shape, not `instanceof`: the schema may come from another copy of the
// graphql module than this file's (ESM and CommonJS builds of it side by side).
type Wrapper = { ofType: GraphQLType }
type WithFields = { getFields: () => Record<string, GraphQLField<unknown, unknown>> }
const isWrapper = (type: GraphQLType): type is GraphQLType & Wrapper => 'ofType' in type && Boolean(type.ofType)
const namedType = (type: GraphQLType): GraphQLType => (isWrapper(type) ? namedType(type.ofType) : type)
/** `[Story]` and `[Story]!` are lists; `Story!` is not. */
const isList = (type: GraphQLType): boolean => String(type).replace(/!$/, '').startsWith('[')
const fieldsOf = (type: GraphQLType): Record<string, GraphQLField<unknown, unknown>> =>
  typeof (type as Partial<WithFields>).getFields === 'function' ? (type as WithFields).getFields() : {}

const intArgument = (value: ValueNode | undefined, variables: Variables): number | undefined => {
  if (!value) return undefined
  if (value.kind === Kind.INT) return Number(value.value)
  if (value.kind === Kind.VARIABLE) {
    const given = variables?.[value.name.value]
    return typeof given === 'number' ? given : undefined
  }
  return undefined
}

/** How many levels of fields a selection nests; each fragment is measured once. */
const depthOf = (context: ValidationContext, selectionSet: SelectionSetNode, fragments: Map<string, number>, seen: ReadonlySet<string>): number => {
  let deepest = 0
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      deepest = Math.max(deepest, 1 + (selection.selectionSet ? depthOf(context, selection.selectionSet, fragments, seen) : 0))
    } else if (selection.kind === Kind.FRAGMENT_SPREAD) {
      const name = selection.name.value
      if (!fragments.has(name)) {
        const fragment = seen.has(name) ? undefined : context.getFragment(name)
        fragments.set(name, fragment ? depthOf(context, fragment.selectionSet, fragments, new Set([...seen, name])) : 0)
      }
      deepest = Math.max(deepest, fragments.get(name) ?? 0)
    } else {
      deepest = Math.max(deepest, depthOf(context, selection.selectionSet, fragments, seen))
    }
  }
  return deepest
}

type Tally = { cost: number; variables: Variables; context: ValidationContext }

/** Thrown to stop counting as soon as a limit is passed (a query of fragments can expand exponentially). */
class OverLimit extends Error {}

const measure = (
  tally: Tally,
  selectionSet: SelectionSetNode,
  parentType: GraphQLType,
  multiplier: number,
  pendingLimit: number | undefined,
  fragmentsSeen: ReadonlySet<string>,
): void => {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      tally.cost += multiplier
      if (tally.cost > GRAPHQL_LIMITS.cost) throw new OverLimit()
      if (!selection.selectionSet) continue
      const definition: GraphQLField<unknown, unknown> | undefined = fieldsOf(parentType)[selection.name.value]
      if (!definition) continue
      const limit = intArgument(selection.arguments?.find((argument) => argument.name.value === 'limit')?.value, tally.variables)
      const list = isList(definition.type)
      // A paginated query (`Stories(limit: 100) { docs { … } }`) takes its limit on the field
      // above the list; a relationship list has none.
      const size = list ? Math.max(1, limit ?? pendingLimit ?? GRAPHQL_LIMITS.listSize) : 1
      measure(tally, selection.selectionSet, namedType(definition.type), multiplier * size, list ? undefined : limit, fragmentsSeen)
    } else if (selection.kind === Kind.FRAGMENT_SPREAD) {
      const name = selection.name.value
      // A fragment that spreads itself is refused by GraphQL's own rules; do not loop on it here.
      const fragment: FragmentDefinitionNode | null | undefined = fragmentsSeen.has(name) ? undefined : tally.context.getFragment(name)
      if (fragment) measure(tally, fragment.selectionSet, parentType, multiplier, pendingLimit, new Set([...fragmentsSeen, name]))
    } else {
      measure(tally, selection.selectionSet, parentType, multiplier, pendingLimit, fragmentsSeen)
    }
  }
}

/** A validation rule (given the operation's variables) that refuses too deep or too costly queries. */
export const graphqlCostRule =
  (variables: Variables) =>
  (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(node) {
      const schema = context.getSchema()
      const root =
        node.operation === 'query' ? schema.getQueryType() : node.operation === 'mutation' ? schema.getMutationType() : schema.getSubscriptionType()
      if (!root) return
      const depth = depthOf(context, node.selectionSet, new Map(), new Set())
      if (depth > GRAPHQL_LIMITS.depth) {
        context.reportError(new GraphQLError(`查询嵌套过深（${depth} 层，最多 ${GRAPHQL_LIMITS.depth} 层），请减少嵌套。`, { nodes: [node] }))
        return
      }
      try {
        measure({ cost: 0, variables, context }, node.selectionSet, root, 1, undefined, new Set())
      } catch (error) {
        if (!(error instanceof OverLimit)) throw error
        context.reportError(
          new GraphQLError(`查询的数据量过大（估计超过 ${GRAPHQL_LIMITS.cost} 项），请减少嵌套或每页数量。`, { nodes: [node] }),
        )
      }
    },
  })

/**
 * graphql-http answers a query refused before execution (by validation: our limits, a syntax
 * error, introspection) with 200 and only `errors` when the client accepts plain JSON. Such a
 * query did nothing: it is answered 400, so clients, proxies and logs see a client error.
 */
export const answerRefusedQueriesWith400 =
  (handler: (request: Request) => Promise<Response>) =>
  async (request: Request): Promise<Response> => {
    const response = await handler(request)
    if (response.status !== 200) return response
    const text = await response.text()
    let refused = false
    try {
      const body = JSON.parse(text) as { errors?: unknown }
      refused = Array.isArray(body.errors) && !('data' in body)
    } catch (error) {
      // Not JSON: passed on as it came.
      console.warn('GraphQL answer was not JSON', error)
    }
    return new Response(text, { status: refused ? 400 : 200, headers: response.headers })
  }
