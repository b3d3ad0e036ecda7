import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'

import type { Payload } from 'payload'

import { collectionSlugs, demoAccounts } from '@fengcai/shared'
import type { DemoCredentials } from '@fengcai/shared'

const demoEmail = (key: string): string => `${key.toLowerCase()}@demo.fengcai.local`

/** One demo account with a fresh random password. */
const createDemoUser = async (payload: Payload, account: (typeof demoAccounts)[number]): Promise<{ email: string; password: string }> => {
  const email = demoEmail(account.key)
  const password = randomBytes(12).toString('base64url')
  await payload.create({
    collection: collectionSlugs.users,
    data: { email, password, name: account.name, roles: [account.role], ...('reviewStages' in account ? { reviewStages: [...account.reviewStages] } : {}) },
    overrideAccess: true,
  })
  return { email, password }
}

/**
 * On a database without users, creates one demo account per role with a random password and
 * writes them to `credentialsFile`. Returns the credentials when it created them, else null.
 * On a demo database from before a role existed (its credentials file lacks the account), adds
 * that role's account and its line to the file, so `pnpm start` keeps one account per role.
 */
export const ensureDemoUsers = async (payload: Payload, credentialsFile: string): Promise<DemoCredentials | null> => {
  const { totalDocs } = await payload.count({ collection: collectionSlugs.users, overrideAccess: true })
  if (totalDocs > 0) {
    if (!existsSync(credentialsFile)) {
      payload.logger.warn(`Users exist but ${credentialsFile} is missing; demo accounts were not recreated.`)
      return null
    }
    const known = JSON.parse(await readFile(credentialsFile, 'utf8')) as Partial<DemoCredentials>
    let added = false
    for (const account of demoAccounts) {
      if (known[account.key]) continue
      const taken = await payload.count({ collection: collectionSlugs.users, where: { email: { equals: demoEmail(account.key) } }, overrideAccess: true })
      if (taken.totalDocs) continue
      known[account.key] = await createDemoUser(payload, account)
      added = true
    }
    if (added) await writeFile(credentialsFile, `${JSON.stringify(known, null, 2)}\n`, { mode: 0o600 })
    return null
  }
  const credentials = {} as DemoCredentials
  for (const account of demoAccounts) credentials[account.key] = await createDemoUser(payload, account)
  await mkdir(path.dirname(credentialsFile), { recursive: true })
  await writeFile(credentialsFile, `${JSON.stringify(credentials, null, 2)}\n`, { mode: 0o600 })
  return credentials
}
