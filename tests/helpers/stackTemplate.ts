/**
 * A data folder as `pnpm start` leaves it after its first-run steps: the embedded cluster
 * initialised, the migrations applied, the demo accounts and the demo content written (the
 * `migrate` step of cms/scripts/stack.ts, run by the same script). Made once for the code as it
 * is, then copied for each stack whose test is not about the first run itself: `pnpm start` on a
 * copy is its second-run path (migrations checked, nothing seeded), and skips the 15–25 s of
 * cluster creation and seeding (two dozen pictures resized by sharp) that every stack paid.
 *
 * Keyed by the contents of everything the first run executes (cms/src, cms/scripts, shared/src,
 * the lockfile), so a change to a migration or to the seed makes a new template. The first run
 * itself stays tested on a fresh folder: tests/e2e/stack.e2e.ts starts with `fresh: true`.
 */
import { createHash, randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import { readFile, readdir, rename, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { startEmbeddedDatabase } from '@fengcai/cms/scripts/lib/database'
import { filesUnder } from '@fengcai/cms/scripts/lib/files'
import { freePort } from '@fengcai/cms/scripts/lib/net'
import { run, typescriptArgs } from '@fengcai/cms/scripts/lib/processes'

import { childEnv, makeDataDir, repoRoot } from './stackEnv'

const PREFIX = 'fengcai-stack-template-'

/** The files whose contents decide what the first run writes. */
const SOURCES = ['cms/src', 'cms/scripts', 'shared/src', 'pnpm-lock.yaml']

const contentsKey = async (): Promise<string> => {
  const hash = createHash('sha256')
  for (const file of await filesUnder(SOURCES.map((source) => path.join(repoRoot, source)))) {
    hash
      .update(path.relative(repoRoot, file))
      .update('\0')
      .update(await readFile(file))
      .update('\0')
  }
  return hash.digest('hex').slice(0, 16)
}

/** The first-run steps of `pnpm start`, on their own: the cluster, then cms/scripts/bootstrap.ts. */
const firstRun = async (dataDir: string): Promise<void> => {
  const database = await startEmbeddedDatabase({ dir: path.join(dataDir, 'postgres'), database: 'fengcai', preferredPort: await freePort() })
  try {
    const secret = randomBytes(32).toString('hex')
    await writeFile(path.join(dataDir, 'payload-secret'), `${secret}\n`, { mode: 0o600 })
    const env = childEnv({ DATABASE_URL: database.url, PAYLOAD_SECRET: secret, FENGCAI_DATA_DIR: dataDir, MEDIA_DIR: path.join(dataDir, 'media') })
    const cmsDir = path.join(repoRoot, 'cms')
    await run('first-run', process.execPath, typescriptArgs('scripts/bootstrap.ts'), { cwd: cmsDir, env, quiet: true })
  } finally {
    await database.stop()
  }
}

let made: Promise<string> | null = null

/** The template's folder for the code as it is, made when missing (older templates are removed). */
export const stackTemplate = (): Promise<string> =>
  (made ??= (async () => {
    const key = await contentsKey()
    const target = path.join(os.tmpdir(), `${PREFIX}${key}`)
    if (existsSync(path.join(target, 'demo-credentials.json'))) return target
    const building = await makeDataDir()
    await firstRun(building)
    for (const entry of await readdir(os.tmpdir())) {
      if (entry.startsWith(PREFIX) && entry !== path.basename(target)) await rm(path.join(os.tmpdir(), entry), { recursive: true, force: true })
    }
    // Made aside and renamed into place: another test process never copies a half-made one.
    await rename(building, target).catch(async () => {
      if (!existsSync(path.join(target, 'demo-credentials.json'))) throw new Error(`cannot put the stack template at ${target}`)
      await rm(building, { recursive: true, force: true })
    })
    return target
  })())

/** A new data folder holding a copy of the template (owners and modes kept: the cluster is the `postgres` user's). */
export const dataDirFromTemplate = async (): Promise<string> => {
  const template = await stackTemplate()
  const dataDir = await makeDataDir()
  await run('copy-template', 'cp', ['-a', `${template}/.`, dataDir], { quiet: true })
  return dataDir
}
