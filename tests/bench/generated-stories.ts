/**
 * Generated stories for scale benchmarks, written straight into PostgreSQL (10,000 through the
 * API would take minutes). Each is published, marked as generated in its title and slug
 * (`［生成］…`, `generated-…`) and removable in one call. The text is assembled from a small bank
 * of sentences written for this purpose, so pages differ and search has words to find.
 */
import type pg from 'pg'

export const GENERATED_SLUG_PREFIX = 'generated-'

const subjects = ['社区志愿服务队', '青年志愿者小分队', '银龄志愿者', '高校志愿者协会', '企业志愿服务团', '街道文明实践站']
const actions = [
  '走进老旧小区，为独居老人检查燃气和用电安全',
  '在地铁站口设立指路服务点，帮助外地乘客换乘',
  '组织周末环保行动，清理河道两岸的垃圾',
  '为外来务工人员子女开设暑期课堂',
  '陪伴社区里的失能老人读报聊天',
  '在社区卫生服务中心协助老人预约挂号',
]
const details = [
  '活动从早上八点开始，志愿者们分成三组，逐户敲门登记需求。',
  '不少居民主动加入进来，队伍从最初的十几人扩大到四十多人。',
  '负责人介绍，这项服务已经坚持了三年，积累了一套细致的工作方法。',
  '现场还设置了咨询台，解答居民关于志愿者注册和积分兑换的问题。',
  '参加活动的大学生表示，这样的经历让自己更加了解这座城市。',
  '街道计划把这种做法推广到辖区内的其他居民区。',
  '一位老人拉着志愿者的手说，有你们常来看看，心里就踏实了。',
  '活动结束后，志愿者们在服务记录本上写下了下一次的安排。',
]

/** A small deterministic generator, so the same index always gives the same story. */
const pick = <T>(list: readonly T[], seed: number): T => list[Math.abs(seed) % list.length] as T

const paragraph = (index: number, part: number): string => [0, 1, 2, 3].map((offset) => pick(details, index * 7 + part * 3 + offset * 5)).join('')

const body = (index: number, lead: string) => ({
  root: {
    type: 'root',
    version: 1,
    format: '',
    indent: 0,
    direction: 'ltr',
    children: [lead, ...[1, 2, 3, 4, 5].map((part) => paragraph(index, part))].map((text) => ({
      type: 'paragraph',
      version: 1,
      format: '',
      indent: 0,
      direction: 'ltr',
      children: [{ type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' }],
    })),
  },
})

const BATCH = 1000

/**
 * Inserts `count` published generated stories, spread over the five years before 2026-11-01, and
 * queues them for the site worker unless `publish` is false (a cold build alone, or the worker told
 * later with queueGeneratedStories; until then its site lacks them).
 */
export const seedGeneratedStories = async (db: pg.Client, count: number, { publish = true } = {}): Promise<void> => {
  const ids = async (table: string) => (await db.query<{ id: number }>(`SELECT id FROM ${table} ORDER BY id`)).rows.map((row) => row.id)
  const [columns, districts, media] = [await ids('columns'), await ids('districts'), await ids('media')]
  const start = Date.parse('2021-11-01T00:00:00Z')
  const span = Date.parse('2026-11-01T00:00:00Z') - start
  for (let offset = 0; offset < count; offset += BATCH) {
    const rows = Array.from({ length: Math.min(BATCH, count - offset) }, (_, batchIndex) => {
      const index = offset + batchIndex + 1
      const subject = pick(subjects, index)
      const action = pick(actions, index * 3)
      const lead = `${subject}${action}。这是第 ${index} 篇用于规模测试的生成稿件。`
      return {
        title: `［生成］${subject}${action.split('，')[0]}（${index}）`,
        summary: lead,
        slug: `${GENERATED_SLUG_PREFIX}${String(index).padStart(6, '0')}`,
        body: body(index, lead),
        cover_id: media.length ? pick(media, index) : null,
        column_id: columns.length ? pick(columns, index) : null,
        district_id: districts.length ? pick(districts, index * 5) : null,
        source: '规模测试',
        reporter: '生成程序',
        published_at: new Date(start + Math.floor((span * index) / (count + 1))).toISOString(),
      }
    })
    await db.query(
      `INSERT INTO stories (title, summary, slug, body, cover_id, column_id, district_id, source, reporter, published_at, featured, view_count, _status)
       SELECT title, summary, slug, body, cover_id, column_id, district_id, source, reporter, published_at, false, 0, 'published'
       FROM json_to_recordset($1::json) AS t(title varchar, summary varchar, slug varchar, body jsonb, cover_id int, column_id int,
         district_id int, source varchar, reporter varchar, published_at timestamptz)`,
      [JSON.stringify(rows)],
    )
  }
  if (publish) await queueGeneratedStories(db)
}

/** Queues every generated story for the site worker, as the CMS's hooks would on their publish. */
export const queueGeneratedStories = (db: pg.Client): Promise<void> => queueGenerated(db, 'generated')

/** Tells the site worker, through its publishing queue, what the CMS's hooks would have told it. */
const queueGenerated = async (db: pg.Client, reason: string): Promise<void> => {
  await db.query(
    `INSERT INTO site_changes (collection, doc_id, reason, attempts)
     SELECT 'stories', id::text, 'stories ' || id || ' ${reason}', 0 FROM stories WHERE slug LIKE '${GENERATED_SLUG_PREFIX}%'`,
  )
}

/** Deletes every generated story and every link to one. */
export const removeGeneratedStories = async (db: pg.Client): Promise<number> => {
  const generated = `SELECT id FROM stories WHERE slug LIKE '${GENERATED_SLUG_PREFIX}%'`
  await queueGenerated(db, 'removed')
  await db.query(`DELETE FROM stories_rels WHERE stories_id IN (${generated}) OR parent_id IN (${generated})`)
  const deleted = await db.query(`DELETE FROM stories WHERE slug LIKE '${GENERATED_SLUG_PREFIX}%'`)
  return deleted.rowCount ?? 0
}
