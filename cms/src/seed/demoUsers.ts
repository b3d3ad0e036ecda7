import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'

import type { Payload } from 'payload'

import { collectionSlugs, demoAccounts } from '@fengcai/shared'
import type { DemoCredentials } from '@fengcai/shared'

const demoEmail = (key: string): string => `${key.toLowerCase()}@demo.fengcai.local`

/**
 * On a database without users, creates one demo account per role with a random password and
 * writes them to `credentialsFile`. Returns the credentials when it created them, else null.
 */
export const ensureDemoUsers = async (
  payload: Payload,
  credentialsFile: string,
): Promise<DemoCredentials | null> => {
  const { totalDocs } = await payload.count({ collection: collectionSlugs.users, overrideAccess: true })
  if (totalDocs > 0) {
    if (!existsSync(credentialsFile)) {
      payload.logger.warn(`Users exist but ${credentialsFile} is missing; demo accounts were not recreated.`)
    }
    return null
  }
  const credentials = {} as DemoCredentials
  for (const account of demoAccounts) {
    const email = demoEmail(account.key)
    const password = randomBytes(12).toString('base64url')
    await payload.create({
      collection: collectionSlugs.users,
      data: { email, password, name: account.name, roles: [account.role] },
      overrideAccess: true,
    })
    credentials[account.key] = { email, password }
  }
  await mkdir(path.dirname(credentialsFile), { recursive: true })
  await writeFile(credentialsFile, `${JSON.stringify(credentials, null, 2)}\n`, { mode: 0o600 })
  return credentials
}
