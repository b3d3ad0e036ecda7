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
