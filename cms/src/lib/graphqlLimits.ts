import { GraphQLError, Kind } from 'graphql'
import type { ASTVisitor, FragmentDefinitionNode, GraphQLField, GraphQLType, SelectionSetNode, ValidationContext, ValueNode } from 'graphql'

/**
 * Bounds on one GraphQL operation. Payload's own complexity limit counts fields once each, so a
 * list of 100 stories each populating their related stories, 12 levels deep, passes it and runs
 * the server out of memory. This rule counts what a query would resolve: every list multiplies
 * what is below it by its `limit` argument (Payload's default page size, 10, without one), or,
 * for a has-many relationship, by an assumed 10 rows. And each field at the top of an operation is
 * a query of the database of its own (160 aliases of one list query took 1.3 s): at most 10.
 */
export const GRAPHQL_LIMITS = { depth: 7, cost: 5000, listSize: 10, rootFields: 10 } as const

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

/** How many levels of fields a selection nests; each fragment is measured once (a cycle counts as nothing). */
const depthOf = (context: ValidationContext, selectionSet: SelectionSetNode, fragments: Map<string, number>): number => {
  let deepest = 0
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      deepest = Math.max(deepest, 1 + (selection.selectionSet ? depthOf(context, selection.selectionSet, fragments) : 0))
    } else if (selection.kind === Kind.FRAGMENT_SPREAD) {
      const name = selection.name.value
      if (!fragments.has(name)) {
        fragments.set(name, 0)
        const fragment = context.getFragment(name)
        fragments.set(name, fragment ? depthOf(context, fragment.selectionSet, fragments) : 0)
      }
      deepest = Math.max(deepest, fragments.get(name) ?? 0)
    } else {
      deepest = Math.max(deepest, depthOf(context, selection.selectionSet, fragments))
    }
  }
  return deepest
}

/** Fields at the top of an operation, through fragments and inline fragments (`__typename` is free). */
const rootFieldsOf = (context: ValidationContext, selectionSet: SelectionSetNode, seen: Set<string>): number => {
  let count = 0
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) count += selection.name.value === '__typename' ? 0 : 1
    else if (selection.kind === Kind.INLINE_FRAGMENT) count += rootFieldsOf(context, selection.selectionSet, seen)
    else if (!seen.has(selection.name.value)) {
      seen.add(selection.name.value)
      const fragment = context.getFragment(selection.name.value)
      if (fragment) count += rootFieldsOf(context, fragment.selectionSet, seen)
    }
  }
  return count
}

type Counting = { variables: Variables; context: ValidationContext; fragments: Map<string, number> }

/**
 * What a selection would resolve, per item of its parent: each field counts once, times the size
 * of the list it sits in. A fragment is counted once per page size it is spread under and reused
 * wherever it is spread again (a query of fragments can expand exponentially). The count stops
 * growing once it is over the limit.
 */
const costOf = (counting: Counting, selectionSet: SelectionSetNode, parentType: GraphQLType, pendingLimit: number | undefined): number => {
  let cost = 0
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      cost += 1
      const definition: GraphQLField<unknown, unknown> | undefined = selection.selectionSet ? fieldsOf(parentType)[selection.name.value] : undefined
      if (selection.selectionSet && definition) {
        const limit = intArgument(selection.arguments?.find((argument) => argument.name.value === 'limit')?.value, counting.variables)
        const list = isList(definition.type)
        // A paginated query (`Stories(limit: 100) { docs { … } }`) takes its limit on the field
        // above the list; a relationship list has none.
        const size = list ? Math.max(1, limit ?? pendingLimit ?? GRAPHQL_LIMITS.listSize) : 1
        cost += size * costOf(counting, selection.selectionSet, namedType(definition.type), list ? undefined : limit)
      }
    } else if (selection.kind === Kind.FRAGMENT_SPREAD) {
      const key = `${selection.name.value}|${String(parentType)}|${String(pendingLimit)}`
      let fragmentCost = counting.fragments.get(key)
      if (fragmentCost === undefined) {
        // A fragment that spreads itself is refused by GraphQL's own rules: counted as nothing
        // while it is being counted, so the walk ends.
        counting.fragments.set(key, 0)
        const fragment: FragmentDefinitionNode | null | undefined = counting.context.getFragment(selection.name.value)
        fragmentCost = fragment ? costOf(counting, fragment.selectionSet, parentType, pendingLimit) : 0
        counting.fragments.set(key, fragmentCost)
      }
      cost += fragmentCost
    } else {
      cost += costOf(counting, selection.selectionSet, parentType, pendingLimit)
    }
    if (cost > GRAPHQL_LIMITS.cost) return cost
  }
  return cost
}

/** A validation rule (given the operation's variables) that refuses too deep or too costly queries. */
export const graphqlCostRule =
  (variables: Variables) =>
  (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(node) {
      const schema = context.getSchema()
      const root = node.operation === 'query' ? schema.getQueryType() : node.operation === 'mutation' ? schema.getMutationType() : schema.getSubscriptionType()
      if (!root) return
      const roots = rootFieldsOf(context, node.selectionSet, new Set())
      if (roots > GRAPHQL_LIMITS.rootFields) {
        context.reportError(new GraphQLError(`一次查询最多包含 ${GRAPHQL_LIMITS.rootFields} 项顶层查询（本次 ${roots} 项），请分开查询。`, { nodes: [node] }))
        return
      }
      const depth = depthOf(context, node.selectionSet, new Map())
      if (depth > GRAPHQL_LIMITS.depth) {
        context.reportError(new GraphQLError(`查询嵌套过深（${depth} 层，最多 ${GRAPHQL_LIMITS.depth} 层），请减少嵌套。`, { nodes: [node] }))
        return
      }
      if (costOf({ variables, context, fragments: new Map() }, node.selectionSet, root, undefined) > GRAPHQL_LIMITS.cost) {
        context.reportError(new GraphQLError(`查询的数据量过大（估计超过 ${GRAPHQL_LIMITS.cost} 项），请减少嵌套或每页数量。`, { nodes: [node] }))
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
