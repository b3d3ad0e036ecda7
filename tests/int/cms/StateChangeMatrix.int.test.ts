/**
 * Every change of what the public sees (publish, unpublish, delete) × every path that can make it
 * (REST single and bulk, GraphQL, version restore over REST and GraphQL, the admin's
 * schedule-publish server function, the scheduled job) × every role × every collection with a
 * review chain (shared `chainCollections`: a new one joins every path), generated from those
 * lists: reviewers and administrators may (a delete only where the collection's access lets them
 * delete), nobody else, and a refused change leaves the document exactly as it was. A publish is
 * also tried under each collection's full default chain (初审 → 复审 → 终审; 初审 → 终审 for
 * notices) on the paths that publish a draft: a document approved at every stage may be published,
 * one still awaiting the stage before the last by nobody. Each cell calls the CMS's real route handlers (or
 * the server function and the job runner) on a fresh document.
 *
 * Each run takes a sample of the cells (helpers/sample.ts, its seed in the suite's name), a
 * different draw each run: every change × chain × role on every path and in every collection and
 * a fifth of the other documents' cells; every record case for every role and a third of the other
 * record cells (about 500 tests); `FENGCAI_TEST_ALL=1` runs all of them (1,059 tests).
 */
import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'

import { createLocalReq } from 'payload'
import type { CollectionSlug, Payload, Where } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { chainCollections, collectionSlugs, defaultReviewChain, stateChangeRefusal } from '@fengcai/shared'
import type { ChainCollection, Role, StateChange } from '@fengcai/shared'

import { storeComment, storeCorrection } from '../../helpers/comments'
import { drawJpeg } from '../../helpers/images'
import { richText } from '../../helpers/lexical'
import { routeClient } from '../../helpers/routes'
import type { RouteClient } from '../../helpers/routes'
import { bootPayload, oneStageChain } from '../../helpers/payload'
import { matrixSample } from '../../helpers/sample'
import type { TestPayload } from '../../helpers/payload'
import type { guardSchedulePublish as GuardSchedulePublishFn } from '@/access/guardSchedulePublish'

type GuardSchedulePublish = typeof GuardSchedulePublishFn

type Actor = 'anonymous' | Role
type User = Awaited<ReturnType<TestPayload['createUser']>>
type Collection = (typeof collectionSlugs)[ChainCollection]
/** What a path answered: whether it refused, with which status and words. */
type Answer = { refused: boolean; status?: number; text: string }
/** The document a cell works on: the version to restore, or the scheduled job to delete. */
type Subject = { id: number; versionId?: number; jobId?: number | string }
type Path = {
  name: string
  changes: StateChange[]
  collections: Collection[]
  /** Actors for whom the path does not exist (a job without a user is the server's own). */
  without?: Actor[]
  /** The document in the state the change starts from. */
  prepare?: (collection: Collection, change: StateChange, chain: Chain) => Promise<Subject>
  run: (collection: Collection, change: StateChange, actor: Actor, subject: Subject) => Promise<Answer>
  /** Whether the change happened (defaults to the document's live state). */
  happened?: (collection: Collection, change: StateChange, subject: Subject) => Promise<boolean>
  /** What must be as it was after a refusal (defaults to the document's live row and versions). */
  snapshot?: (collection: Collection, subject: Subject) => Promise<unknown>
  /** Whether the refusal's words are ours (false where the collection's access refuses first). */
  ourWords?: boolean
  /** Whether a publish is tried under the full chain too (paths that publish a draft). */
  chains?: boolean
  /** The right a change on this path needs, where it is not the change itself. */
  right?: (change: StateChange) => StateChange
}

const actors: Actor[] = ['anonymous', 'editor', 'reviewer', 'notice-staff', 'admin']
const NOTE = '矩阵测试：撤稿原因'

/** Every collection with a review chain, by slug; the key of each in the chain settings. */
const collections: Collection[] = chainCollections.map((key) => collectionSlugs[key])
const chainKey = Object.fromEntries(chainCollections.map((key) => [collectionSlugs[key], key])) as Record<Collection, ChainCollection>

/**
 * The review chain of a cell and where the document stands in it: the single step (one stage,
 * the document approved), or the collection's full default chain with the document approved at
 * every stage or awaiting the stage before the last (复审 of 初审 → 复审 → 终审, 初审 of 初审 → 终审:
 * a publish then would skip a stage, while one awaiting the last stage is that stage's signature).
 */
type Chain = { name: string; full: boolean; midChain: boolean }
const chains: Chain[] = [
  { name: '', full: false, midChain: false },
  { name: ' (full chain, all signed)', full: true, midChain: false },
  { name: ' (full chain, awaiting the stage before the last)', full: true, midChain: true },
]
const fullStages = (collection: Collection): string[] => defaultReviewChain[chainKey[collection]].stages
/** What the chain answers a reviewer's publish of a document awaiting the stage before the last. */
const midChainRefusal = (collection: Collection): string => {
  const stages = fullStages(collection)
  return `这篇稿件正在等待“${stages.at(-2)}”，“${stages.at(-1)}”通过后才能发布。`
}

/**
 * Who besides administrators each collection's access lets save and delete (draftsWrittenBy in
 * cms/src/collections/<Name>/index.ts): a writer who is no reviewer gets our words, a role not listed Payload's.
 * Typed by the chain collections, so a new one cannot join the matrix without its row.
 */
const access: Record<Collection, Record<'update' | 'delete', Actor[]>> = {
  stories: { update: ['editor', 'reviewer'], delete: ['editor', 'reviewer'] },
  galleries: { update: ['editor', 'reviewer'], delete: ['editor', 'reviewer'] },
  'honor-rolls': { update: ['editor', 'reviewer', 'notice-staff'], delete: ['editor', 'reviewer'] },
  // Only administrators delete a notice.
  notices: { update: ['notice-staff', 'reviewer'], delete: [] },
  announcements: { update: ['editor', 'reviewer'], delete: ['editor', 'reviewer'] },
}
const accessFor = (collection: Collection, right: StateChange): Actor[] => access[collection][right === 'delete' ? 'delete' : 'update']

/**
 * The rule under test: only reviewers and administrators change what the public sees (a reviewer
 * only where the collection's access lets them), and publish only what completed the chain.
 */
const mayChange = (actor: Actor, chain: Chain, collection: Collection, right: StateChange): boolean =>
  (actor === 'admin' || (actor === 'reviewer' && accessFor(collection, right).includes(actor))) && !chain.midChain

const graphqlNames: Record<Collection, string> = {
  stories: 'Story',
  galleries: 'Gallery',
  'honor-rolls': 'HonorRoll',
  notices: 'Notice',
  announcements: 'Announcement',
}

const sample = matrixSample()

describe(`state changes: every path × every role (${sample.label})`, () => {
  let ctx: TestPayload
  let payload: Payload
  let mediaId: number
  const users = {} as Record<Actor, User | undefined>
  const tokens = {} as Record<Actor, string | undefined>
  let rest: RouteClient
  let guardSchedulePublish: GuardSchedulePublish
  /** One reviewer per stage, who sign a document's way through the three-stage chain. */
  const signers: User[] = []

  beforeAll(async () => {
    ctx = await bootPayload()
    payload = ctx.payload
    rest = await routeClient()
    ;({ guardSchedulePublish } = await import('@/access/guardSchedulePublish'))
    users.anonymous = undefined
    for (const role of ['editor', 'reviewer', 'notice-staff', 'admin'] as Role[]) {
      const user = await ctx.createUser([role])
      users[role] = user
      tokens[role] = (await payload.login({ collection: 'users', data: { email: user.email, password: user.password } })).token
    }
    for (const stage of [1, 2, 3]) {
      const signer = await ctx.createUser(['reviewer'])
      await payload.update({ collection: 'users', id: signer.id, data: { reviewStages: [stage] }, overrideAccess: true })
      signers.push({ ...signer, reviewStages: [stage] })
    }
    const media = await payload.create({
      collection: 'media',
      data: { alt: '矩阵测试' },
      file: { data: await drawJpeg(400, 300), mimetype: 'image/jpeg', name: 'matrix.jpg', size: 0 },
    })
    mediaId = media.id
  })

  let counter = 0
  const data = (collection: Collection): Record<string, unknown> => {
    counter += 1
    if (collection === 'stories') return { title: `矩阵新闻 ${counter}`, body: richText('正文') }
    if (collection === 'galleries') return { title: `矩阵图集 ${counter}`, date: new Date().toISOString(), photos: [{ image: mediaId }] }
    if (collection === 'notices') return { title: `矩阵公示 ${counter}`, opensAt: new Date().toISOString() }
    if (collection === 'announcements') return { title: `矩阵通知 ${counter}`, date: new Date().toISOString(), body: richText('正文') }
    return { title: `矩阵荣誉榜 ${counter}`, awardingBody: '测试单位', year: 2026 }
  }
  const slug = (collection: Collection) => collection as CollectionSlug

  // Documents are made by server code (no user), as the seeds and the importer make them.
  const published = async (collection: Collection) =>
    Number((await payload.create({ collection: slug(collection), data: { ...data(collection), _status: 'published' } as never })).id)
  const approvedDraft = async (collection: Collection) =>
    Number((await payload.create({ collection: slug(collection), data: { ...data(collection), reviewState: 'approved' } as never, draft: true })).id)
  let fullChainInForce = false
  const useChain = async (full: boolean) => {
    if (full === fullChainInForce) return
    const reviewChain = full ? defaultReviewChain : oneStageChain
    await payload.updateGlobal({ slug: 'site-settings', data: { reviewChain }, overrideAccess: true, context: { skipRebuild: true } })
    fullChainInForce = full
  }
  /** A draft its writer submitted and the stage reviewers signed, saving as they would (the last signature without publishing). */
  const signedDraft = async (collection: Collection, stages: number) => {
    const id = Number((await payload.create({ collection: slug(collection), data: data(collection) as never, draft: true })).id)
    const save = (user: User, reviewState: string) =>
      payload.update({ collection: slug(collection), id, data: { reviewState } as never, draft: true, overrideAccess: false, user })
    const writer = access[collection].update.find((actor) => actor !== 'reviewer') as Actor
    await save(users[writer] as User, 'submitted')
    for (const signer of signers.slice(0, stages)) await save(signer, 'approved')
    return id
  }
  /** A document in the state a change starts from: a draft to publish (where the chain has it), a live one otherwise. */
  const startFor = async (collection: Collection, change: StateChange, chain: Chain = chains[0] as Chain): Promise<Subject> => {
    await useChain(chain.full)
    if (change !== 'publish') return { id: await published(collection) }
    if (!chain.full) return { id: await approvedDraft(collection) }
    const stages = fullStages(collection).length
    return { id: await signedDraft(collection, chain.midChain ? stages - 2 : stages) }
  }
  const versionsOf = async (collection: Collection, id: number) =>
    (await payload.findVersions({ collection: slug(collection), where: { parent: { equals: id } }, sort: 'createdAt', limit: 100, overrideAccess: true })).docs
  /**
   * For a restore: publishing = bringing back the published version of a document that is now
   * a draft; unpublishing = bringing back (not as a draft) an older draft of a live document.
   */
  const restorable = async (collection: Collection, change: StateChange): Promise<Subject> => {
    if (change === 'publish') {
      const id = await published(collection)
      await payload.update({ collection: slug(collection), id, data: { _status: 'draft' } as never })
      const version = (await versionsOf(collection, id)).find((row) => (row.version as { _status?: string })._status === 'published')
      return { id, versionId: Number(version?.id) }
    }
    const id = await approvedDraft(collection)
    await payload.update({ collection: slug(collection), id, data: { _status: 'published' } as never })
    return { id, versionId: Number((await versionsOf(collection, id))[0]?.id) }
  }

  const liveRow = (collection: Collection, id: number) =>
    payload.db.findOne<{ id: number; _status?: string; title?: string; updatedAt?: string }>({ collection: slug(collection), where: { id: { equals: id } } })
  const documentSnapshot = async (collection: Collection, { id }: Subject) => {
    const row = await liveRow(collection, id)
    if (!row) return null
    return { status: row._status, title: row.title, updatedAt: row.updatedAt, versions: (await versionsOf(collection, id)).length }
  }
  const jobsFor = async (collection: Collection, id: number) =>
    (
      await payload.find({
        collection: 'payload-jobs',
        where: { and: [{ 'input.doc.relationTo': { equals: collection } }, { 'input.doc.value': { equals: String(id) } }] },
        overrideAccess: true,
        depth: 0,
      })
    ).docs
  const stateShows = async (collection: Collection, change: StateChange, { id }: Subject): Promise<boolean> => {
    const row = await liveRow(collection, id)
    if (change === 'delete') return row === null
    return row?._status === (change === 'publish' ? 'published' : 'draft')
  }

  const restAnswer = ({ status, text }: { status: number; text: string }): Answer => ({ refused: status !== 200, status, text })
  const graphqlAnswer = ({ text }: { text: string }): Answer => {
    const body = JSON.parse(text) as { errors?: { extensions?: { statusCode?: number } }[] }
    return { refused: Boolean(body.errors?.length), status: body.errors?.[0]?.extensions?.statusCode, text }
  }
  const bodyFor = (change: StateChange) => (change === 'publish' ? { _status: 'published' } : { _status: 'draft', reviewNote: NOTE })
  const graphqlData = (change: StateChange) => (change === 'publish' ? '{ _status: published }' : `{ _status: draft, reviewNote: "${NOTE}" }`)

  /** The scheduled job a path or a cell queued for the document, run now. */
  const runJobsFor = async (collection: Collection, id: number) => {
    for (const job of await jobsFor(collection, id)) if (!job.completedAt) await payload.jobs.runByID({ id: job.id })
  }
  const queueAs = (collection: Collection, id: number, type: 'publish' | 'unpublish', user: User, waitUntil: Date) =>
    payload.jobs.queue({
      task: 'schedulePublish',
      input: { type, doc: { relationTo: collection, value: String(id) }, user: { relationTo: 'users', value: user.id } },
      waitUntil,
    } as never)
  const asAdminUser = async (actor: Actor) => {
    const user = users[actor]
    return createLocalReq({ user: user ? ({ ...user, collection: 'users' } as never) : undefined }, payload)
  }
  const scheduleAnswer = (result: unknown): Answer => {
    const error = (result as { error?: string } | undefined)?.error
    return { refused: Boolean(error), text: error ?? '' }
  }
  const past = () => new Date(Date.now() - 1_000)

  const paths: Path[] = [
    {
      name: 'REST',
      chains: true,
      changes: ['publish', 'unpublish', 'delete'],
      collections,
      run: async (collection, change, actor, { id }) =>
        restAnswer(
          change === 'delete'
            ? await rest.delete(`${collection}/${id}`, tokens[actor])
            : await rest.patch(`${collection}/${id}`, bodyFor(change), tokens[actor]),
        ),
    },
    {
      name: 'REST bulk',
      // Not under the three-stage chain: a bulk publish writes the live row as stored (Payload's
      // bulk update reads it, not the newest draft), which a draft-only document never submitted;
      // ReviewChain.int.test.ts checks that it is refused.
      changes: ['publish', 'unpublish', 'delete'],
      collections,
      run: async (collection, change, actor, { id }) => {
        // With a draft beside it that was never published, as a ticked list in the admin would be.
        const other = await approvedDraft(collection)
        const query = `where[id][in][0]=${id}&where[id][in][1]=${other}`
        const response =
          change === 'delete'
            ? await rest.delete(`${collection}?${query}`, tokens[actor])
            : await rest.patch(`${collection}?${query}`, bodyFor(change), tokens[actor])
        const answer = restAnswer(response)
        const body = JSON.parse(answer.text) as { docs?: { id: number }[] }
        // Payload answers a bulk request per document: refused means this document was refused.
        return { ...answer, refused: !body.docs?.some((doc) => doc.id === id) }
      },
    },
    {
      name: 'GraphQL',
      chains: true,
      changes: ['publish', 'unpublish', 'delete'],
      collections,
      run: async (collection, change, actor, { id }) => {
        const name = graphqlNames[collection]
        const mutation =
          change === 'delete' ? `mutation { delete${name}(id: ${id}) { id } }` : `mutation { update${name}(id: ${id}, data: ${graphqlData(change)}) { id } }`
        return graphqlAnswer(await rest.graphql(mutation, tokens[actor]))
      },
    },
    {
      name: 'version restore (REST)',
      changes: ['publish', 'unpublish'],
      collections,
      prepare: restorable,
      run: async (collection, _change, actor, { versionId }) => restAnswer(await rest.post(`${collection}/versions/${versionId}`, { token: tokens[actor] })),
    },
    {
      name: 'version restore (GraphQL)',
      changes: ['publish', 'unpublish'],
      collections,
      prepare: restorable,
      run: async (collection, _change, actor, { versionId }) =>
        graphqlAnswer(await rest.graphql(`mutation { restoreVersion${graphqlNames[collection]}(id: ${versionId}) { id } }`, tokens[actor])),
    },
    {
      name: 'schedule-publish server function',
      changes: ['publish', 'unpublish', 'delete'],
      collections,
      chains: true,
      // Deleting a scheduled publish needs the right to publish.
      right: (change) => (change === 'delete' ? 'publish' : change),
      prepare: async (collection, change, chain) => {
        if (change !== 'delete') return startFor(collection, change, chain)
        // Deleting a reviewer's scheduled publish (the drawer's 删除 of an upcoming event).
        const subject = await startFor(collection, 'publish')
        const job = await queueAs(collection, subject.id, 'publish', users.reviewer as User, new Date(Date.now() + 3_600_000))
        return { ...subject, jobId: job.id }
      },
      run: async (collection, change, actor, { id, jobId }) => {
        const req = await asAdminUser(actor)
        const args = change === 'delete' ? { deleteID: jobId } : { type: change, date: past(), doc: { relationTo: collection, value: String(id) } }
        const answer = scheduleAnswer(await guardSchedulePublish({ ...args, req } as never))
        if (!answer.refused && change !== 'delete') await runJobsFor(collection, id)
        return answer
      },
      happened: async (collection, change, subject) =>
        change === 'delete' ? (await jobsFor(collection, subject.id)).length === 0 : stateShows(collection, change, subject),
      snapshot: async (collection, subject) => ({
        document: await documentSnapshot(collection, subject),
        jobs: (await jobsFor(collection, subject.id)).map((job) => job.id),
      }),
    },
    {
      name: 'scheduled job',
      chains: true,
      changes: ['publish', 'unpublish'],
      collections,
      without: ['anonymous'],
      run: async (collection, change, actor, { id }) => {
        const job = await queueAs(collection, id, change === 'publish' ? 'publish' : 'unpublish', users[actor] as User, past())
        await payload.jobs.runByID({ id: job.id })
        // A job that succeeded is deleted; one that failed stays, with its error.
        const failed = await payload.findByID({ collection: 'payload-jobs', id: job.id, overrideAccess: true, depth: 0, disableErrors: true })
        return { refused: Boolean(failed?.hasError), text: JSON.stringify(failed ? (failed.error ?? failed.log) : '') }
      },
      snapshot: (collection, subject) => documentSnapshot(collection, subject),
      // The job's error is Payload's (access) or ours; it is recorded on the job, not answered.
      ourWords: true,
    },
  ]

  /** One cell of the matrix: a change on a path of a collection, in a chain, by an actor. */
  type Cell = { path: Path; collection: Collection; change: StateChange; chain: Chain; actor: Actor }
  const cells: Cell[] = []
  for (const path of paths)
    for (const collection of path.collections)
      for (const change of path.changes)
        for (const chain of chains) {
          if (chain.full && (change !== 'publish' || !path.chains)) continue
          for (const actor of actors) if (!path.without?.includes(actor)) cells.push({ path, collection, change, chain, actor })
        }
  // Every change × chain × role on every path (on one collection) and in every collection (on one
  // path), about 35% of the cells, and a fifth of the others; a different draw each run (helpers/sample.ts).
  const kind = ({ change, chain, actor }: Cell) => `${change}${chain.name} ${actor}`
  const sampled = sample.pick(cells, [(cell) => `${cell.path.name} ${kind(cell)}`, (cell) => `${cell.collection} ${kind(cell)}`], 1 / 5)
  for (const { path, collection, change, chain, actor } of sampled) {
    const right = path.right?.(change) ?? change
    const allowed = mayChange(actor, chain, collection, right)
    it(`should ${allowed ? 'let' : 'refuse'} ${actor} ${change} ${collection} through ${path.name}${chain.name}`, async () => {
      const subject = await (path.prepare ?? startFor)(collection, change, chain)
      await useChain(chain.full)
      const snapshot = path.snapshot ?? documentSnapshot
      const before = await snapshot(collection, subject)
      const answer = await path.run(collection, change, actor, subject)
      const happened = await (path.happened ?? stateShows)(collection, change, subject)
      if (allowed) {
        expect(answer.refused, answer.text).toBe(false)
        expect(happened).toBe(true)
        return
      }
      expect(answer.refused, answer.text).toBe(true)
      // A reviewer refused by the chain is told the document is not ready (409), anyone else that they may not (403).
      const byChain = mayChange(actor, chains[0] as Chain, collection, right)
      if (answer.status !== undefined && path.name !== 'REST bulk') expect(answer.status, answer.text).toBe(byChain ? 409 : 403)
      expect(await snapshot(collection, subject)).toEqual(before)
      if (byChain && path.ourWords !== false) expect(answer.text).toContain(midChainRefusal(collection))
      // A writer is told what to do instead, in Chinese.
      const writer = actor !== 'reviewer' && accessFor(collection, right).includes(actor)
      if (writer && path.ourWords !== false) expect(answer.text).toContain(stateChangeRefusal(users[actor], right) as string)
    })
  }

  it('should refuse, when the job runs, a publish scheduled by a reviewer who has since lost the role', async () => {
    const reviewer = await ctx.createUser(['reviewer'])
    const subject = await startFor('stories', 'publish')
    const req = await createLocalReq({ user: { ...reviewer, collection: 'users' } as never }, payload)
    const answer = await guardSchedulePublish({ type: 'publish', date: past(), doc: { relationTo: 'stories', value: String(subject.id) }, req } as never)
    expect(answer).not.toHaveProperty('error')
    await payload.update({ collection: 'users', id: reviewer.id, data: { roles: ['editor'] }, overrideAccess: true })
    const before = await documentSnapshot('stories', subject)
    await runJobsFor('stories', subject.id)
    expect(await documentSnapshot('stories', subject)).toEqual(before)
    const [job] = await jobsFor('stories', subject.id)
    expect(job?.hasError).toBe(true)
    expect(JSON.stringify(job?.error)).toContain('编辑不能直接发布')
  })

  it("should answer an editor's bulk delete per document: the draft never published goes, the published story stays", async () => {
    const live = await published('stories')
    const scratch = await approvedDraft('stories')
    const answer = await rest.delete(`stories?where[id][in][0]=${live}&where[id][in][1]=${scratch}`, tokens.editor)
    const body = JSON.parse(answer.text) as { docs: { id: number }[]; errors: { id: number; message: string }[] }
    expect(body.docs.map((doc) => doc.id)).toEqual([scratch])
    expect(body.errors).toEqual([expect.objectContaining({ id: live, message: stateChangeRefusal(users.editor, 'delete') })])
    expect(await liveRow('stories', live)).toMatchObject({ _status: 'published' })
    expect(await liveRow('stories', scratch)).toBeNull()
  })

  it('should rely on a Payload whose server-function handler still lets ours replace schedule-publish', async () => {
    // The seam named in cms/src/app/(payload)/layout.tsx: if an upgrade changes it, this fails.
    const file = fileURLToPath(new URL('../../../cms/node_modules/@payloadcms/next/dist/utilities/handleServerFunctions.js', import.meta.url))
    const source = await readFile(file, 'utf8')
    expect(source).toContain('extraServerFunctions?.[fnKey] || baseServerFunctions[fnKey]')
    expect(source).toContain("'schedule-publish': schedulePublishHandler")
  })

  it('should tell an editor, who has no rights on notices, that a scheduled unpublish of one is not theirs to make', async () => {
    // Notice staff and reviewers on this path are cells of the matrix above; an editor gets the access's words, not a writer's.
    const notice = await published('notices')
    const refused = await guardSchedulePublish({
      type: 'unpublish',
      date: past(),
      doc: { relationTo: 'notices', value: String(notice) },
      req: await asAdminUser('editor'),
    } as never)
    expect(refused).toEqual({ error: '您没有权限更改这篇内容。' })
  })

  describe('records staff keep beside the documents: every path × every role', () => {
    /**
     * A path a record change can take; bulk exists for update and delete only, duplicate for a create
     * from a row, a version restore for an update, the objection exports (our endpoints) for an export.
     */
    type RecordPath =
      'REST' | 'REST bulk' | 'REST duplicate' | 'GraphQL' | 'Local API' | 'version restore (REST)' | 'version restore (GraphQL)' | 'export CSV' | 'export Excel'
    type Outcome = 'changed' | 'unchanged' | 'wrong'
    type RecordCase = {
      name: string
      collection: 'review-notes' | 'audit-log' | 'notice-comments' | 'notices' | 'stories' | 'site-corrections'
      operation: 'create' | 'update' | 'delete' | 'export'
      /**
       * Fields guarded by field access or written by the server alone: the request itself may pass
       * or be refused as the document's own rules say (the rest of it may be a change the role may
       * make); what is checked is that the guarded state changes only for the allowed roles.
       */
      stateOnly?: true
      /** Who may make the change (on every path that exists for them). */
      allowed: Actor[]
      /** Paths the rule covers; GraphQL is tried even where the collection has none, and must refuse. */
      paths: RecordPath[]
      /** The row changed or deleted (none for a create). */
      prepare: () => Promise<number | null>
      /** What the request sends, with a mark unique to the cell. */
      data: (mark: string) => Record<string, unknown>
      graphqlData: (mark: string) => string
      /** The state the change would alter. */
      observe: (id: number | null, mark: string) => Promise<unknown>
      /** Whether after shows the change made as the rule makes it, nothing changed, or something else. */
      outcome: (before: unknown, after: unknown, mark: string) => Outcome
    }

    const graphqlNamesOf: Record<RecordCase['collection'], string> = {
      'review-notes': 'ReviewNote',
      'audit-log': 'AuditLog',
      'notice-comments': 'NoticeComment',
      notices: 'Notice',
      stories: 'Story',
      'site-corrections': 'SiteCorrection',
    }
    const same = (before: unknown, after: unknown) => JSON.stringify(before) === JSON.stringify(after)
    let noticeId = 0
    /** A comment or objection as the submit endpoint stores it, on a notice of the matrix's own. */
    const stored = async (kind: 'comment' | 'objection', fields: Record<string, unknown> = {}): Promise<number> => {
      if (!noticeId)
        noticeId = Number((await payload.create({ collection: 'notices', data: { title: '矩阵公示', opensAt: new Date().toISOString() }, draft: true })).id)
      return Number((await storeComment(payload, noticeId, kind, fields)).id)
    }
    const objection = (): Promise<number> => stored('objection')
    /** What a refusal must never carry: the name and phone of the person who wrote (storeComment's). */
    const personalData = async (id: number | null): Promise<string[]> => {
      const row = id === null ? null : await rowOf('notice-comments', id)
      return row ? [String(row.name), String(row.phone)] : []
    }
    const noteOn = async (collection: Collection): Promise<number> => {
      const targetId = await approvedDraft(collection)
      const note = await payload.create({
        collection: 'review-notes',
        data: { targetCollection: collection, targetId, body: '矩阵批注原文' },
        overrideAccess: false,
        user: users.admin,
      })
      return Number(note.id)
    }
    const auditRow = async (): Promise<number> =>
      Number(
        (
          await payload.create({
            collection: 'audit-log',
            data: { action: 'published', collection: 'stories', docId: '1', title: '矩阵日志', at: new Date().toISOString() },
            overrideAccess: true,
          })
        ).id,
      )
    const rowOf = async (collection: RecordCase['collection'], id: number | null) =>
      id === null ? null : payload.db.findOne<{ id: number } & Record<string, unknown>>({ collection, where: { id: { equals: id } } })
    const notesMarked = async (mark: string) =>
      (await payload.find({ collection: 'review-notes', where: { body: { equals: mark } }, overrideAccess: true, depth: 0 })).docs.map((doc) => doc.authorName)
    const auditMarked = async (mark: string) =>
      (await payload.find({ collection: 'audit-log', where: { note: { equals: mark } }, overrideAccess: true })).totalDocs
    /** A status history a client might forge: an objection resolved years ago. */
    const FORGED = [{ status: 'resolved', at: '2020-01-01T00:00:00.000Z' }]
    const historyOf = async (id: number | null) => {
      const row = (await payload.findByID({ collection: 'notice-comments', id: id as number, overrideAccess: true, depth: 0 })) as {
        status: string
        statusHistory?: { status: string; at: string }[] | null
      }
      return { status: row.status, history: (row.statusHistory ?? []).map(({ status, at }) => ({ status, at })) }
    }
    const noteCreate = (collection: Collection, paths: RecordPath[], allowed: Actor[]): RecordCase => {
      let targetId = 0
      return {
        name: `review-notes create on a ${collection} draft`,
        collection: 'review-notes',
        operation: 'create',
        allowed,
        paths,
        prepare: async () => {
          targetId = await approvedDraft(collection)
          return null
        },
        data: (mark) => ({ targetCollection: collection, targetId, body: mark }),
        graphqlData: (mark) => `{ targetCollection: ${collection.replace('-', '_')}, targetId: ${targetId}, body: "${mark}" }`,
        observe: (_id, mark) => notesMarked(mark),
        // One note, signed by whoever wrote it (the server's stamp, never the client's).
        outcome: (before, after) => {
          const names = after as (string | null)[]
          if (names.length === 0) return 'unchanged'
          return (before as unknown[]).length === 0 && names.length === 1 && Boolean(names[0]) ? 'changed' : 'wrong'
        },
      }
    }

    const noteDelete = (paths: RecordPath[], allowed: Actor[]): RecordCase => ({
      name: 'review-notes delete',
      collection: 'review-notes',
      operation: 'delete',
      allowed,
      paths,
      prepare: () => noteOn('stories'),
      data: () => ({}),
      graphqlData: () => '',
      observe: (id) => rowOf('review-notes', id),
      outcome: (before, after) => (after === null ? 'changed' : same(before, after) ? 'unchanged' : 'wrong'),
    })

    /** A copy of a row as a new one: the rows like it, counted. */
    const duplicateOf = (collection: 'review-notes' | 'audit-log', prepare: () => Promise<number>, alike: Where): RecordCase => ({
      name: `${collection} duplicate`,
      collection,
      operation: 'create',
      allowed: [],
      paths: ['REST duplicate'],
      prepare,
      data: () => ({}),
      graphqlData: () => '',
      observe: async () => (await payload.count({ collection, where: alike, overrideAccess: true })).totalDocs,
      outcome: (before, after) => (after === before ? 'unchanged' : 'changed'),
    })

    /** What notice staff (and administrators) change on an objection, on every path. */
    const moderation = {
      collection: 'notice-comments',
      operation: 'update',
      allowed: ['notice-staff', 'admin'],
      paths: ['REST', 'REST bulk', 'GraphQL', 'Local API'],
      prepare: objection,
    } satisfies Partial<RecordCase>

    /** A notice whose period ended 30 days ago, published: its 公示结果 may be written. */
    const closedNotice = async (): Promise<number> =>
      Number(
        (
          await payload.create({
            collection: 'notices',
            data: {
              title: '矩阵结果公示',
              opensAt: new Date(Date.now() - 30 * 86_400_000).toISOString(),
              nominees: [{ name: '矩阵对象', type: 'individual', category: '优秀志愿者' }],
              _status: 'published',
            },
          })
        ).id,
      )
    const FORGED_DUE = '2000-01-01T00:00:00.000Z'
    const FORGED_SIGNER = '冒名签发人'
    const reviewRecordOf = async (id: number | null) => {
      const row = (await payload.findByID({ collection: 'stories', id: id as number, draft: true, overrideAccess: true, depth: 0 })) as {
        reviewLog?: { by?: string | null }[] | null
        signatures?: { by?: string | null }[] | null
      }
      return [...(row.reviewLog ?? []), ...(row.signatures ?? [])].map((entry) => entry.by ?? null)
    }

    const report = async (): Promise<number> => Number((await storeCorrection(payload)).id)
    /** What editors (and administrators) change on a 网站纠错 report, on every path. */
    const handling = {
      collection: 'site-corrections',
      operation: 'update',
      allowed: ['editor', 'admin'],
      paths: ['REST', 'REST bulk', 'GraphQL', 'Local API'],
      prepare: report,
    } satisfies Partial<RecordCase>
    const reportsMarked = async (mark: string) =>
      (await payload.count({ collection: 'site-corrections', where: { content: { equals: mark } }, overrideAccess: true })).totalDocs

    /** A status set with a text beside it (a reply, a resolution): both land, or neither does. */
    const statusWithText = (
      base: Pick<RecordCase, 'collection' | 'operation' | 'allowed' | 'paths' | 'prepare'>,
      name: string,
      status: string,
      field: string,
    ): RecordCase => ({
      ...base,
      name,
      data: (mark) => ({ status, [field]: mark }),
      graphqlData: (mark) => `{ status: ${status}, ${field}: "${mark}" }`,
      observe: async (id) => {
        const row = await rowOf(base.collection, id)
        return { status: row?.status, [field]: row?.[field] ?? null }
      },
      outcome: (before, after, mark) => (same(before, after) ? 'unchanged' : same(after, { status, [field]: mark }) ? 'changed' : 'wrong'),
    })

    const cases: RecordCase[] = [
      {
        // A 公示结果 is written by notice staff and administrators (field access); on the published
        // notice only an administrator changes it directly, notice staff through a draft and review;
        // a reviewer's edit of the notice passes without it.
        name: 'notices 公示结果 on a published notice',
        collection: 'notices',
        operation: 'update',
        allowed: ['admin'],
        stateOnly: true,
        paths: ['REST', 'REST bulk', 'GraphQL', 'Local API'],
        prepare: closedNotice,
        data: (mark) => ({ outcome: { note: mark } }),
        graphqlData: (mark) => `{ outcome: { note: "${mark}" } }`,
        observe: async (id) =>
          ((await payload.findByID({ collection: 'notices', id: id as number, overrideAccess: true, depth: 0 })) as { outcome?: { note?: string | null } })
            .outcome?.note ?? null,
        outcome: (before, after, mark) => (after === mark ? 'changed' : after === before ? 'unchanged' : 'wrong'),
      },
      {
        // An objection's answer deadline sent with a status change: the change lands, the deadline never.
        ...moderation,
        name: 'notice-comments answerDueAt',
        data: () => ({ status: 'under-review', answerDueAt: FORGED_DUE }),
        graphqlData: () => `{ status: under_review, answerDueAt: "${FORGED_DUE}" }`,
        observe: async (id) => {
          const row = await rowOf('notice-comments', id)
          return { status: row?.status, due: row?.answerDueAt ? new Date(String(row.answerDueAt)).toISOString() : null }
        },
        outcome: (before, after) => {
          const was = before as { status?: unknown; due: string | null }
          const now = after as { status?: unknown; due: string | null }
          if (now.due === FORGED_DUE) return 'wrong'
          if (same(was, now)) return 'unchanged'
          return now.status === 'under-review' && now.due === was.due ? 'changed' : 'wrong'
        },
      },
      {
        name: 'stories reviewLog and signatures forged',
        collection: 'stories',
        operation: 'update',
        allowed: [],
        stateOnly: true,
        paths: ['REST', 'REST bulk', 'GraphQL', 'Local API'],
        prepare: () => approvedDraft('stories'),
        data: () => ({
          reviewLog: [{ action: 'approved', by: FORGED_SIGNER, at: new Date().toISOString() }],
          signatures: [{ stage: 1, userId: 1, by: FORGED_SIGNER, at: new Date().toISOString() }],
        }),
        graphqlData: () => `{ reviewLog: [{ action: approved, by: "${FORGED_SIGNER}" }], signatures: [{ stage: 1, userId: 1, by: "${FORGED_SIGNER}" }] }`,
        observe: (id) => reviewRecordOf(id),
        outcome: (_before, after) => ((after as (string | null)[]).includes(FORGED_SIGNER) ? 'wrong' : 'unchanged'),
      },
      statusWithText(handling, 'site-corrections status and reply', 'done', 'reply'),
      {
        // What the reader sent (the page, the contact) stays as sent, for every role, on every path.
        ...handling,
        name: 'site-corrections page and contact as sent',
        allowed: [],
        stateOnly: true,
        data: () => ({ page: '/forged/', contact: '13000000000' }),
        graphqlData: () => '{ page: "/forged/", contact: "13000000000" }',
        observe: async (id) => {
          const row = await rowOf('site-corrections', id)
          return { page: row?.page, contact: row?.contact }
        },
        outcome: (before, after) => (same(before, after) ? 'unchanged' : 'wrong'),
      },
      {
        // Reports come through the public form's endpoint alone.
        name: 'site-corrections create',
        collection: 'site-corrections',
        operation: 'create',
        allowed: [],
        paths: ['REST', 'GraphQL', 'Local API'],
        prepare: async () => null,
        data: (mark) => ({ receipt: `JC-20261122-${counter}`, idempotencyKey: `matrix-key-${counter}-abcdefgh`, status: 'pending', page: '/', content: mark }),
        graphqlData: (mark) => `{ receipt: "JC-x-${counter}", idempotencyKey: "matrix-${counter}-abcdefgh", status: pending, page: "/", content: "${mark}" }`,
        observe: (_id, mark) => reportsMarked(mark),
        outcome: (_before, after) => ((after as number) === 0 ? 'unchanged' : 'changed'),
      },
      duplicateOf('review-notes', () => noteOn('stories'), { body: { equals: '矩阵批注原文' } }),
      duplicateOf('audit-log', auditRow, { title: { equals: '矩阵日志' } }),
      noteCreate('stories', ['REST', 'Local API'], ['editor', 'reviewer', 'admin']),
      noteCreate('honor-rolls', ['REST', 'Local API'], ['editor', 'reviewer', 'notice-staff', 'admin']),
      // The collection has no GraphQL: nobody writes a note there.
      noteCreate('stories', ['GraphQL'], []),
      {
        name: 'review-notes update',
        collection: 'review-notes',
        operation: 'update',
        allowed: [],
        paths: ['REST', 'REST bulk', 'GraphQL', 'Local API'],
        prepare: () => noteOn('stories'),
        data: (mark) => ({ body: mark }),
        graphqlData: (mark) => `{ body: "${mark}" }`,
        observe: (id) => rowOf('review-notes', id),
        outcome: (before, after, mark) => (same(before, after) ? 'unchanged' : (after as { body?: string })?.body === mark ? 'changed' : 'wrong'),
      },
      noteDelete(['REST', 'REST bulk', 'Local API'], ['admin']),
      // The collection has no GraphQL: not even an administrator deletes a note there.
      noteDelete(['GraphQL'], []),
      {
        name: 'audit-log create',
        collection: 'audit-log',
        operation: 'create',
        allowed: [],
        paths: ['REST', 'GraphQL', 'Local API'],
        prepare: async () => null,
        data: (mark) => ({ action: 'deleted', collection: 'stories', docId: '1', at: new Date().toISOString(), note: mark }),
        graphqlData: (mark) => `{ action: deleted, collection: "stories", docId: "1", at: "${new Date().toISOString()}", note: "${mark}" }`,
        observe: (_id, mark) => auditMarked(mark),
        outcome: (_before, after) => ((after as number) === 0 ? 'unchanged' : 'changed'),
      },
      {
        name: 'audit-log update',
        collection: 'audit-log',
        operation: 'update',
        allowed: [],
        paths: ['REST', 'REST bulk', 'GraphQL', 'Local API'],
        prepare: auditRow,
        data: (mark) => ({ note: mark, user: mark }),
        graphqlData: (mark) => `{ note: "${mark}", user: "${mark}" }`,
        observe: (id) => rowOf('audit-log', id),
        outcome: (before, after) => (same(before, after) ? 'unchanged' : 'changed'),
      },
      {
        name: 'audit-log delete',
        collection: 'audit-log',
        operation: 'delete',
        allowed: [],
        paths: ['REST', 'REST bulk', 'GraphQL', 'Local API'],
        prepare: auditRow,
        data: () => ({}),
        graphqlData: () => '',
        observe: (id) => rowOf('audit-log', id),
        outcome: (before, after) => (same(before, after) ? 'unchanged' : 'changed'),
      },
      {
        ...moderation,
        name: 'notice-comments reply',
        data: (mark) => ({ reply: mark }),
        graphqlData: (mark) => `{ reply: "${mark}" }`,
        observe: async (id) => (await rowOf('notice-comments', id))?.reply ?? null,
        outcome: (before, after, mark) => (after === mark ? 'changed' : after === before ? 'unchanged' : 'wrong'),
      },
      {
        // A status change sent with a forged history: the history gains the real change, never the forgery.
        ...moderation,
        name: 'notice-comments statusHistory',
        data: () => ({ status: 'under-review', statusHistory: FORGED }),
        graphqlData: () => `{ status: under_review, statusHistory: [{ status: "resolved", at: "${FORGED[0]?.at}" }] }`,
        observe: (id) => historyOf(id),
        outcome: (before, after) => {
          const was = before as Awaited<ReturnType<typeof historyOf>>
          const now = after as Awaited<ReturnType<typeof historyOf>>
          if (same(was, now)) return 'unchanged'
          const added = now.history.slice(was.history.length)
          const kept = same(now.history.slice(0, was.history.length), was.history)
          return now.status === 'under-review' && kept && added.length === 1 && added[0]?.status === 'under-review' && added[0].at !== FORGED[0]?.at
            ? 'changed'
            : 'wrong'
        },
      },
      // A comment published (审核通过) and hidden again (不予公开): the moderation of what the public reads.
      ...(
        [
          ['approved', 'pending', 'approved'],
          ['hidden', 'approved', 'rejected'],
        ] as const
      ).map(([name, from, status]): RecordCase => ({
        ...moderation,
        name: `notice-comments comment ${name}`,
        prepare: () => stored('comment', { status: from }),
        data: () => ({ status }),
        graphqlData: () => `{ status: ${status} }`,
        observe: async (id) => (await rowOf('notice-comments', id))?.status,
        outcome: (before, after) => (after === status ? 'changed' : after === before ? 'unchanged' : 'wrong'),
      })),
      {
        ...moderation,
        name: 'notice-comments public reply',
        prepare: () => stored('comment', { status: 'approved' }),
        data: (mark) => ({ publicReply: mark }),
        graphqlData: (mark) => `{ publicReply: "${mark}" }`,
        observe: async (id) => (await rowOf('notice-comments', id))?.publicReply ?? null,
        outcome: (before, after, mark) => (after === mark ? 'changed' : after === before ? 'unchanged' : 'wrong'),
      },
      statusWithText(moderation, 'notice-comments objection resolved', 'resolved', 'resolution'),
      ...(['comment', 'objection'] as const).map((kind): RecordCase => ({
        // Only administrators delete what a person sent (the collection's access).
        name: `notice-comments ${kind} delete`,
        collection: 'notice-comments',
        operation: 'delete',
        allowed: ['admin'],
        paths: ['REST', 'REST bulk', 'GraphQL', 'Local API'],
        prepare: () => stored(kind),
        data: () => ({}),
        graphqlData: () => '',
        observe: (id) => rowOf('notice-comments', id),
        outcome: (before, after) => (after === null ? 'changed' : same(before, after) ? 'unchanged' : 'wrong'),
      })),
      {
        // An objection taken under review, then its first version (收到) restored: a status change by another door.
        name: 'notice-comments version restored',
        collection: 'notice-comments',
        operation: 'update',
        allowed: ['notice-staff', 'admin'],
        paths: ['version restore (REST)', 'version restore (GraphQL)'],
        prepare: async () => {
          const id = await objection()
          await payload.update({ collection: 'notice-comments', id, data: { status: 'under-review' }, overrideAccess: true, context: { skipRebuild: true } })
          return id
        },
        data: () => ({}),
        graphqlData: () => '',
        observe: async (id) => (await rowOf('notice-comments', id))?.status,
        outcome: (before, after) => (after === 'received' ? 'changed' : after === before ? 'unchanged' : 'wrong'),
      },
      ...(['export CSV', 'export Excel'] as const).map((path): RecordCase => ({
        // The objections' personal data leave the CMS only for notice staff and administrators, and each export is logged.
        name: 'notice-comments objections exported',
        collection: 'notice-comments',
        operation: 'export',
        allowed: ['notice-staff', 'admin'],
        paths: [path],
        prepare: objection,
        data: () => ({}),
        graphqlData: () => '',
        observe: async () =>
          (
            await payload.count({
              collection: 'audit-log',
              where: { and: [{ action: { equals: 'personalDataExported' } }, { docId: { equals: String(noticeId) } }] },
              overrideAccess: true,
            })
          ).totalDocs,
        outcome: (before, after) => ((after as number) === (before as number) + 1 ? 'changed' : after === before ? 'unchanged' : 'wrong'),
      })),
    ]

    /** A create answers 201. */
    const createAnswer = (response: { status: number; text: string }): Answer => ({ ...restAnswer(response), refused: response.status !== 201 })

    /** Runs a case's change on a path as an actor: whether it was refused, and what was answered. */
    const runRecord = async (item: RecordCase, path: RecordPath, actor: Actor, id: number | null, mark: string): Promise<Answer> => {
      const token = tokens[actor]
      const body = item.data(mark)
      const name = graphqlNamesOf[item.collection]
      switch (path) {
        case 'REST':
          if (item.operation === 'create')
            return createAnswer(await rest.post(item.collection, { token, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }))
          if (item.operation === 'update') return restAnswer(await rest.patch(`${item.collection}/${id}`, body, token))
          return restAnswer(await rest.delete(`${item.collection}/${id}`, token))
        case 'REST bulk': {
          const query = `where[id][in][0]=${id}`
          const answer = restAnswer(
            item.operation === 'delete'
              ? await rest.delete(`${item.collection}?${query}`, token)
              : await rest.patch(`${item.collection}?${query}`, body, token),
          )
          const docs = answer.status === 200 ? ((JSON.parse(answer.text) as { docs?: { id: number }[] }).docs ?? []) : []
          return { ...answer, refused: !docs.some((doc) => doc.id === id) }
        }
        case 'REST duplicate':
          return createAnswer(await rest.post(`${item.collection}/${id}/duplicate`, { token }))
        case 'GraphQL': {
          const mutation =
            item.operation === 'create'
              ? `mutation { create${name}(data: ${item.graphqlData(mark)}) { id } }`
              : item.operation === 'update'
                ? `mutation { update${name}(id: ${id}, data: ${item.graphqlData(mark)}) { id } }`
                : `mutation { delete${name}(id: ${id}) { id } }`
          return graphqlAnswer(await rest.graphql(mutation, token))
        }
        case 'version restore (REST)':
        case 'version restore (GraphQL)': {
          // The row's first version: the one before the case's own change.
          const versions = await payload.findVersions({ collection: item.collection, where: { parent: { equals: id } }, sort: 'createdAt', limit: 1 })
          const versionId = versions.docs[0]?.id
          if (path === 'version restore (REST)') return restAnswer(await rest.post(`${item.collection}/versions/${versionId}`, { token }))
          return graphqlAnswer(await rest.graphql(`mutation { restoreVersion${name}(id: ${versionId}) { id } }`, token))
        }
        case 'export CSV':
        case 'export Excel':
          return restAnswer(await rest.get(`${item.collection}/${path === 'export CSV' ? 'export' : 'export.xlsx'}?notice=${noticeId}`, token))
        case 'Local API': {
          const user = users[actor]
          const slug = item.collection as CollectionSlug
          const call =
            item.operation === 'create'
              ? payload.create({ collection: slug, data: body as never, overrideAccess: false, user })
              : item.operation === 'update'
                ? payload.update({ collection: slug, id: id as number, data: body as never, overrideAccess: false, user })
                : payload.delete({ collection: slug, id: id as number, overrideAccess: false, user })
          return call.then(
            () => ({ refused: false, text: '' }),
            (error: { status?: number; message?: string }) => ({ refused: true, status: error.status, text: error.message ?? '' }),
          )
        }
      }
    }

    // Every case for every role (on one of its paths), and a third of the other cells (helpers/sample.ts).
    const recordCells = cases.flatMap((item, index) => item.paths.flatMap((path) => actors.map((actor) => ({ item, index, path, actor }))))
    for (const { item, path, actor } of sample.pick(recordCells, [(cell) => `${cell.index} ${cell.actor}`], 1 / 3)) {
      const allowed = item.allowed.includes(actor)
      it(`should ${allowed ? 'let' : 'refuse'} ${actor} ${item.name} through ${path}`, async () => {
        counter += 1
        const mark = `矩阵记录 ${counter}`
        const id = await item.prepare()
        const before = await item.observe(id, mark)
        const personal = item.collection === 'notice-comments' ? await personalData(id) : []
        const answer = await runRecord(item, path, actor, id, mark)
        const outcome = item.outcome(before, await item.observe(id, mark), mark)
        if (allowed) {
          expect(answer.refused, answer.text).toBe(false)
          expect(outcome, answer.text).toBe('changed')
          return
        }
        if (!item.stateOnly) {
          expect(answer.refused, answer.text).toBe(true)
          if (path === 'REST' || path === 'Local API' || path.startsWith('export')) expect(answer.status, answer.text).toBeGreaterThanOrEqual(400)
        }
        expect(outcome, answer.text).toBe('unchanged')
        // A refusal names no one: not the name or phone of the person who wrote.
        for (const value of personal) expect(answer.text).not.toContain(value)
      })
    }
  })
})
