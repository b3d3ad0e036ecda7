import pg from 'pg'

/**
 * The channel the publishing queue announces committed changes on: `recordSiteChange` issues
 * `pg_notify` in the change's own transaction, and PostgreSQL delivers a notification only when
 * that transaction commits (never for one rolled back), to every session listening on the database.
 */
export const SITE_CHANGES_CHANNEL = 'fengcai_site_changes'

/** How the listening connection shows in `pg_stat_activity` (operators, and the tests, find it so). */
export const LISTENER_APPLICATION_NAME = 'fengcai-site-changes'

const FIRST_RETRY_MS = 100
const LAST_RETRY_MS = 10_000

export type ChangeListener = { close: () => Promise<void> }

type Options = {
  connectionString: string
  /** A change committed (its reason). */
  onChange: (reason: string) => void
  /** Listening again after the connection dropped: changes of the gap were not heard. */
  onReconnect: () => void
  warn: (message: string) => void
}

/**
 * One dedicated connection that LISTENs (a pooled one would be handed to queries and lose it).
 * When it drops (the database restarts, the session is terminated) it connects again, waiting
 * 100 ms, then twice as long each failure up to 10 s; resolves once the first attempt is done.
 */
export const listenForChanges = async ({ connectionString, onChange, onReconnect, warn }: Options): Promise<ChangeListener> => {
  let client: pg.Client | null = null
  let closed = false
  let retryIn = FIRST_RETRY_MS
  let retry: NodeJS.Timeout | undefined
  let heard = false

  const drop = (dropped: pg.Client, why: string): void => {
    if (client !== dropped) return
    client = null
    dropped.end().catch(() => undefined)
    if (closed) return
    warn(`site change listener lost its connection (${why}); connecting again in ${retryIn} ms`)
    retry = setTimeout(() => void connect(), retryIn)
    retryIn = Math.min(retryIn * 2, LAST_RETRY_MS)
  }

  const connect = async (): Promise<void> => {
    if (closed) return
    const next = new pg.Client({ connectionString, application_name: LISTENER_APPLICATION_NAME })
    client = next
    next.on('notification', ({ channel, payload }) => {
      if (channel === SITE_CHANGES_CHANNEL) onChange(payload ?? '')
    })
    next.on('error', (error) => drop(next, error.message))
    next.on('end', () => drop(next, 'connection ended'))
    try {
      await next.connect()
      await next.query(`LISTEN ${SITE_CHANGES_CHANNEL}`)
    } catch (error) {
      return drop(next, error instanceof Error ? error.message : String(error))
    }
    retryIn = FIRST_RETRY_MS
    if (heard) onReconnect()
    heard = true
  }

  await connect()
  return {
    close: async () => {
      closed = true
      clearTimeout(retry)
      const last = client
      client = null
      // Bounded: ending a connection whose server is gone can wait for ever (as pool.end() can).
      let bound: NodeJS.Timeout | undefined
      await Promise.race([last?.end().catch(() => undefined), new Promise((resolve) => (bound = setTimeout(resolve, 2_000)))])
      clearTimeout(bound)
    },
  }
}
