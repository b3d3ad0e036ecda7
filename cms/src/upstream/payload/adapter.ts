/**
 * Wrapping methods of Payload's PostgreSQL adapter, the one place we change what Payload does
 * inside its database layer. A `DatabaseAdapterObj` whose `init` returns the adapter is Payload's
 * documented way to write an adapter (https://payloadcms.com/docs/database/overview); replacing
 * single methods of the built one is not, so each wrapper names the upstream source it relies on.
 */
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { DatabaseAdapterObj, Payload } from 'payload'
import type { Pool } from 'pg'

import type { Execute } from './postgres'
import { transactionExecute } from './postgres'

export type AdapterWrappers = {
  /** Runs around every migration run (`payload migrate`, scripts, `prodMigrations`); `run` is Payload's own. */
  aroundMigrate: (run: () => Promise<void>, pool: Pool) => Promise<void>
  /** Runs in the transaction of the job runner's claim of due jobs, just before the claim. */
  beforeJobClaim: (execute: Execute) => Promise<void>
}

/** Marks our wrappers, so the start-up check can see they are the ones Payload calls. */
const wrapped = Symbol.for('fengcai.upstream.payload.wrapped')
const mark = <F extends object>(fn: F): F => Object.assign(fn, { [wrapped]: true })
const isOurs = (fn: unknown): boolean => typeof fn === 'function' && (fn as unknown as Record<symbol, unknown>)[wrapped] === true

type Adapter = PostgresAdapter

/**
 * SEAM `migrate` and `updateJobs`: both are members of every adapter
 * (payload/src/database/types.ts:163 for `updateJobs`). The job runner claims due jobs with ONE
 * `updateJobs` call with `data: { processing: true }`, a `limit` and no `id`
 * (payload/src/queues/operations/runJobs/index.ts:236-247; one job by id is lines 202-211), which
 * is how a claim is told apart from the runner's later updates of single jobs.
 */
export const wrapPostgresAdapter = (adapterObj: DatabaseAdapterObj, wrappers: AdapterWrappers): DatabaseAdapterObj => ({
  ...adapterObj,
  init: (args) => {
    const adapter = adapterObj.init(args) as unknown as Adapter
    const missing = (['migrate', 'updateJobs'] as const).filter((name) => typeof adapter[name] !== 'function')
    if (missing.length) throw new Error(upstreamMessage(missing.map((name) => `payload.db.${name} is not a function (payload/src/database/types.ts)`)))

    const migrate = adapter.migrate
    adapter.migrate = mark(async function wrappedMigrate(this: Adapter, options) {
      await wrappers.aroundMigrate(() => migrate.call(this ?? adapter, options), adapter.pool)
    })

    const updateJobs = adapter.updateJobs
    adapter.updateJobs = mark(async function wrappedUpdateJobs(this: Adapter, options) {
      const claiming = !options.id && (options.data as { processing?: unknown } | undefined)?.processing === true
      const transactionID = claiming ? await options.req?.transactionID : undefined
      const run = transactionID === undefined || transactionID === null ? undefined : transactionExecute(adapter, transactionID)
      // Without a transaction there is nothing to hold a lock until the claim commits.
      if (run) await wrappers.beforeJobClaim(run)
      return updateJobs.call(this ?? adapter, options)
    })

    return adapter as unknown as ReturnType<DatabaseAdapterObj['init']>
  },
})

/**
 * SEAM `destroy`: `payload.destroy()` ends with `payload.db.destroy()` (payload/src/index.ts:474-483),
 * the one shutdown call Payload makes; `close` runs first (a connection of our own, say).
 */
export const closeWithPayload = (payload: Payload, close: () => Promise<void>): void => {
  const adapter = payload.db as { destroy?: () => Promise<void> }
  const destroy = adapter.destroy
  adapter.destroy = async () => {
    await close()
    await destroy?.call(payload.db)
  }
}

/** Whether `forSeveralInstances`' wrappers are the adapter methods Payload calls. */
export const checkAdapterWrapped = (payload: Payload): string[] =>
  (['migrate', 'updateJobs'] as const)
    .filter((name) => !isOurs((payload.db as unknown as Record<string, unknown>)[name]))
    .map((name) => `payload.db.${name} is not our wrapper: the adapter was rebuilt after init (cms/src/upstream/payload/adapter.ts)`)

export const upstreamMessage = (problems: string[]): string =>
  [
    'Payload no longer has the shape Fengcai relies on (see cms/src/upstream/payload; check the Payload upgrade against it):',
    ...problems.map((problem) => `- ${problem}`),
  ].join('\n')
