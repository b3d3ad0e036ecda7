import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { freePort } from '@fengcai/cms/scripts/lib/net'

import { repoRoot } from '../helpers/stack'

describe('site build', () => {
  it('should fail with a clear message and a non-zero exit when the CMS is down', async () => {
    const port = await freePort()
    const outDir = await mkdtemp(path.join(os.tmpdir(), 'fengcai-site-'))
    const env = { ...process.env, CMS_URL: `http://127.0.0.1:${port}`, SITE_OUT_DIR: outDir }
    Reflect.deleteProperty(env, 'NODE_ENV')
    const { code, output } = await new Promise<{ code: number | null; output: string }>((resolve) => {
      const child = spawn(path.join(repoRoot, 'site/node_modules/.bin/astro'), ['build'], { cwd: path.join(repoRoot, 'site'), env })
      let output = ''
      child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')))
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')))
      child.on('exit', (exitCode) => resolve({ code: exitCode, output }))
    })
    expect(code).not.toBe(0)
    expect(output).toContain('无法连接内容管理系统')
    expect(output).toContain('构建已中止')
    expect(existsSync(path.join(outDir, 'index.html'))).toBe(false)
  })
})
