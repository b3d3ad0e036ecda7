import pg from 'pg'

/** One query on its own connection, for tests that look at (or arrange) what is stored. */
export const queryDatabase = async <T>(databaseUrl: string, text: string, values: unknown[] = []): Promise<T[]> => {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    return (await client.query(text, values)).rows as T[]
  } finally {
    await client.end()
  }
}

/**
 * Holds an advisory lock on the database until as many sessions wait for it as expected, so that
 * processes started one after another meet at the lock at the same moment; then lets them go.
 */
export const lineUpAtLock = async (
  databaseUrl: string,
  key: number,
  waiters: number,
  describe: () => string = () => '',
): Promise<{ released: Promise<void> }> => {
  const gate = new pg.Client({ connectionString: databaseUrl })
  await gate.connect()
  await gate.query('SELECT pg_advisory_lock($1)', [key])
  const released = (async () => {
    try {
      const deadline = Date.now() + 150_000
      for (;;) {
        const waiting = await gate.query(
          `SELECT count(*)::int AS n FROM pg_locks l JOIN pg_database d ON d.oid = l.database WHERE d.datname = current_database() AND l.locktype = 'advisory' AND l.objid = $1 AND NOT l.granted`,
          [key],
        )
        if (waiting.rows[0].n === waiters) return
        if (Date.now() > deadline) throw new Error(`${waiters} sessions did not all wait for lock ${key}\n${describe()}`)
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
    } finally {
      await gate.query('SELECT pg_advisory_unlock($1)', [key]).catch(() => undefined)
      await gate.end()
    }
  })()
  return { released }
}

/**
 * Holds back every write to `table` (a SHARE lock in an open transaction: reads go on, inserts
 * wait) until `release()`, so that a request writing to it stays uncommitted as long as a test
 * needs, say while the site worker looks at its empty queue.
 */
export const holdWrites = async (databaseUrl: string, table: string): Promise<{ release: () => Promise<void> }> => {
  const holder = new pg.Client({ connectionString: databaseUrl })
  await holder.connect()
  try {
    await holder.query('BEGIN')
    await holder.query(`LOCK TABLE ${pg.escapeIdentifier(table)} IN SHARE MODE`)
  } catch (error) {
    await holder.end().catch(() => undefined)
    throw error
  }
  // Released once, however often asked (a test's own release, then its finally).
  let released: Promise<void> | null = null
  return {
    release: () =>
      (released ??= (async () => {
        await holder.query('ROLLBACK').catch(() => undefined)
        await holder.end()
      })()),
  }
}
