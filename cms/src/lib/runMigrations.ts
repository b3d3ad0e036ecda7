import type { Payload } from 'payload'

import { migrations } from '@/migrations'

type Migrate = NonNullable<Parameters<Payload['db']['migrate']>[0]>['migrations']

/**
 * Applies the committed migrations that the database has not seen yet. They are passed in
 * rather than read from disk so this works the same under tsx, vitest and Next.
 */
export const runMigrations = async (payload: Payload): Promise<void> => {
  // The generated migration functions take MigrateUpArgs; Payload's public type says `unknown`.
  await payload.db.migrate({ migrations: migrations as unknown as Migrate })
}
