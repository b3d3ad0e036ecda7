/**
 * What a backup leaves out so that its reader can act as no one: sessions, live password-reset
 * tokens (and the queued mail that carries one), API keys, document locks. Used by backup.ts
 * while it exports the rows of one snapshot.
 */
import type pg from 'pg'

export type LeftOut = {
  /** Tables whose rows were not exported (sessions, document locks). */
  tables: string[]
  /** Columns exported empty, as table.column (password-reset tokens and their expiry, API keys). */
  columns: string[]
  /** Queued jobs (and their log rows) left out because they quote a live reset link. */
  jobs: number
}

/** Columns of an auth collection's table that let whoever reads them act as the account. */
const SECRET_COLUMNS = ['reset_password_token', 'reset_password_expiration', 'api_key', 'api_key_index']
/** What stands in for a reset token quoted anywhere else (a mail's text, say). */
const TOKEN_STAND_IN = '[重设链接已移除]'

export type SecretPlan = {
  leftOut: LeftOut
  /** Table → columns to export as null. */
  emptied: Map<string, string[]>
  /** Reset tokens present in the snapshot: scrubbed from every other row. */
  tokens: string[]
  /** payload_jobs ids left out (with their payload_jobs_log rows). */
  jobIds: number[]
}

/**
 * Looks through the snapshot's schema for what would let the archive's reader act as someone:
 * every auth collection's table (the ones with Payload's `reset_password_token`) gets its reset
 * token, expiry and API key exported empty, and its `<table>_sessions` rows left out; document
 * locks are left out too (who has what open: a session's state, stale after a restore); a queued
 * mail that carries a reset link (a reset mail waiting for the SMTP server) is left out with its
 * log. Password hashes stay (restored users log in with their passwords), as do preferences.
 */
export const leaveOutSecrets = async (client: pg.Client, tableNames: string[]): Promise<SecretPlan> => {
  const columns = (
    await client.query<{ table_name: string; column_name: string }>(
      `SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public' AND column_name = ANY($1)`,
      [SECRET_COLUMNS],
    )
  ).rows
  const emptied = new Map<string, string[]>()
  for (const row of columns) emptied.set(row.table_name, [...(emptied.get(row.table_name) ?? []), row.column_name])
  const authTables = [...new Set(columns.filter((row) => row.column_name === 'reset_password_token').map((row) => row.table_name))]
  const tokens: string[] = []
  for (const table of authTables) {
    const found = await client.query<{ token: string }>(
      `SELECT reset_password_token AS token FROM ${quoteIdent(table)} WHERE reset_password_token IS NOT NULL AND reset_password_token <> ''`,
    )
    tokens.push(...found.rows.map((row) => row.token))
  }
  const jobIds =
    tokens.length && tableNames.includes('payload_jobs')
      ? (
          await client.query<{ id: number }>(`SELECT id FROM payload_jobs AS t WHERE row_to_json(t)::text LIKE ANY($1)`, [tokens.map((token) => `%${token}%`)])
        ).rows.map((row) => row.id)
      : []
  const present = new Set(tableNames)
  const tables = [...authTables.map((table) => `${table}_sessions`), 'payload_locked_documents', 'payload_locked_documents_rels'].filter((table) =>
    present.has(table),
  )
  return {
    leftOut: { tables, columns: [...emptied].flatMap(([table, names]) => names.map((name) => `${table}.${name}`)).sort(), jobs: jobIds.length },
    emptied,
    tokens,
    jobIds,
  }
}

/** The statement exporting one table under the plan: one JSON text per row. */
export const exportQuery = (name: string, plan: SecretPlan): string => {
  const emptied = plan.emptied.get(name)
  const row = emptied?.length ? `(to_jsonb(t) || jsonb_build_object(${emptied.map((column) => `'${column}', NULL`).join(', ')}))::text` : 'row_to_json(t)::text'
  // Ids from the database itself, as integers: safe to write into the statement.
  const jobs = `ARRAY[${plan.jobIds.map((id) => Math.trunc(Number(id))).join(',')}]::integer[]`
  const column = plan.jobIds.length === 0 ? null : name === 'payload_jobs' ? 'id' : name === 'payload_jobs_log' ? '_parent_id' : null
  return `SELECT ${row} AS line FROM ${quoteIdent(name)} AS t${column ? ` WHERE NOT (t.${column} = ANY(${jobs}))` : ''}`
}

/** Anything else that quotes a reset token (a mail's log row, say) keeps the row, not the token. */
export const scrubTokens = (line: string, tokens: string[]): string => {
  let scrubbed = line
  for (const token of tokens) if (scrubbed.includes(token)) scrubbed = scrubbed.replaceAll(token, TOKEN_STAND_IN)
  return scrubbed
}

const quoteIdent = (name: string): string => `"${name.replaceAll('"', '""')}"`
