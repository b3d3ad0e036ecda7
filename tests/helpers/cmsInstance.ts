/** A further CMS instance beside a stack's own, as a deployment starts one: `scripts/serve.ts` in production mode on its own port. */
import { spawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import path from 'node:path'

import { freePort } from '@fengcai/cms/scripts/lib/net'
import { typescriptArgs } from '@fengcai/cms/scripts/lib/processes'

import { childEnv, repoRoot } from './stackEnv'

export type Instance = { child: ChildProcess; url: string; output: () => string; stop: () => void }

export const startInstance = async (env: Record<string, string>): Promise<Instance> => {
  const port = await freePort()
  const cmsDir = path.join(repoRoot, 'cms')
  const child = spawn(process.execPath, typescriptArgs('scripts/serve.ts'), {
    cwd: cmsDir,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...childEnv({ PORT: String(port), ...env }), NODE_ENV: 'production' },
  })
  let output = ''
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  return {
    child,
    url: `http://localhost:${port}`,
    output: () => output,
    stop: () => {
      if (child.pid && child.exitCode === null) process.kill(-child.pid, 'SIGTERM')
    },
  }
}
