/**
 * Every use Fengcai makes of a private or undocumented Payload interface goes through this folder:
 * `postgres.ts` (the adapter's transaction sessions and pool), `adapter.ts` (wrapped adapter
 * methods), `tables.ts` (how the adapter names tables and columns, for our own SQL writes),
 * `schedulePublish.ts` (a deep import of the admin's schedule handler), `processCaches.ts` (the
 * caches Payload keeps on `globalThis`, which only the integration tests reset). Each names the
 * upstream source line it relies on. `checkPayloadUpstream` runs when the CMS starts (the config's
 * `onInit`) and stops it with a sentence per missing shape, so an upgrade that moves one fails
 * there and not, silently, on the first publish.
 */
import type { Payload } from 'payload'

import { checkAdapterWrapped, upstreamMessage } from './adapter'
import { checkPostgresShape } from './postgres'
import { checkTableNaming } from './tables'

export { closeWithPayload, wrapPostgresAdapter } from './adapter'
export type { AdapterWrappers } from './adapter'
export { execute, executeIn, openTransactionOf, poolOf, postgres, transactionExecute } from './postgres'
export type { Execute, Query } from './postgres'
export { collectionTables, columnOf, tableOf, versionColumnOf } from './tables'
export type { CollectionTables } from './tables'

export const checkPayloadUpstream = async (payload: Payload): Promise<void> => {
  const problems = [...(await checkPostgresShape(payload)), ...checkAdapterWrapped(payload), ...checkTableNaming(payload)]
  if (problems.length) throw new Error(upstreamMessage(problems))
}
