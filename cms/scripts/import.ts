/**
 * `pnpm run import [--dry-run] [--json] [--as EMAIL] FILE...`: bulk migration of old articles
 * into story drafts (never published), through the same cleaning as the admin's 导入文章. Uses the
 * project's database as `pnpm seed` does (embedded unless DATABASE_URL is set; a running
 * `pnpm start` is reused). Drafts are written as the given staff user (default: the first
 * administrator), with that user's rights. `pnpm import` itself is pnpm's own lockfile command,
 * hence `pnpm run import`.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

import { openDatabase } from './lib/database'

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const dataDir = path.resolve(process.env.FENGCAI_DATA_DIR || path.join(rootDir, '.data'))
// pnpm runs the script in cms/; the files are named relative to where the command was typed.
const callerDir = process.env.INIT_CWD || process.cwd()

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    'dry-run': { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    as: { type: 'string' },
  },
})

if (!positionals.length) {
  console.error('用法：pnpm run import [--dry-run] [--json] [--as 邮箱] 文件...（支持 .docx、.html、.txt）')
  process.exit(2)
}

const database = await openDatabase(dataDir)
process.env.DATABASE_URL = database.url
process.env.PAYLOAD_SECRET ||= 'import-script-does-not-sign-tokens'
process.env.MEDIA_DIR ||= path.join(dataDir, 'media')

let failed = 0
try {
  const { getPayload } = await import('payload')
  const { default: configPromise } = await import('@payload-config')
  // Payload's log goes to standard error, so that `--json` output is JSON lines and nothing else.
  const config = { ...(await configPromise), logger: { options: {}, destination: process.stderr } } as unknown as Awaited<typeof configPromise>
  const { ImportFileError, analyseImport, readImportFile, writeDrafts } = await import('@/lib/importer')
  const payload = await getPayload({ config })
  ;(payload.db as unknown as { pool?: { on: (event: 'error', listener: () => void) => void } }).pool?.on('error', () => undefined)

  let user = null
  if (!values['dry-run']) {
    const found = await payload.find({
      collection: 'users',
      where: values.as ? { email: { equals: values.as } } : { roles: { contains: 'admin' } },
      sort: 'id',
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
    user = found.docs[0] ? { ...found.docs[0], collection: 'users' as const } : null
    if (!user) throw new Error(values.as ? `找不到用户 ${values.as}。` : '数据库中还没有管理员账号：请先运行 pnpm start 或 pnpm seed。')
  }

  for (const name of positionals) {
    const file = path.resolve(callerDir, name)
    try {
      const input = await readImportFile(
        file,
        await readFile(file).catch((error: NodeJS.ErrnoException) => {
          throw new ImportFileError(error.code === 'ENOENT' ? `找不到文件“${name}”。` : `无法读取文件“${name}”（${error.code ?? error.message}）。`)
        }),
      )
      let result = await analyseImport(payload, name, input)
      if (!values['dry-run']) result = await writeDrafts({ payload, user: user as never }, result)
      if (values.json) {
        const { blocks: _blocks, duplicates: _duplicates, traditional, file: reported, ...report } = result
        process.stdout.write(`${JSON.stringify({ file: reported, ...report, traditional: traditional.length })}\n`)
      } else {
        console.log(
          `${name}：《${result.title ?? '（未找到标题）'}》${result.publishedAt ? ` ${result.publishedAt.slice(0, 10)}` : ''}，${result.paragraphs.length} 段，${result.headings.length} 个小标题${result.honorRoll ? `，荣誉榜 ${result.honorRoll.entries.length} 项` : ''}`,
        )
        if (result.storyId) console.log(`  已保存为草稿：新闻稿编号 ${result.storyId}${result.honorRollId ? `，荣誉榜编号 ${result.honorRollId}` : ''}`)
        for (const line of result.removed) console.log(`  已删除：${line}`)
        if (result.names.length)
          console.log(
            `  找到的人名：${result.names.map((entry) => (entry.original === entry.simplified ? entry.simplified : `${entry.original}→${entry.simplified}`)).join('、')}`,
          )
        for (const line of result.warnings) console.log(`  请注意：${line}`)
      }
    } catch (error) {
      if (!(error instanceof ImportFileError)) throw error
      failed += 1
      if (values.json) process.stdout.write(`${JSON.stringify({ file: name, error: error.message })}\n`)
      else console.error(`${name}：${error.message}`)
    }
  }
} finally {
  await database.stop()
}
process.exit(failed ? 1 : 0)
