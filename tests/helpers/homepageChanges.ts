/**
 * The changes of 首页版块 an editor makes in the admin (a slide added, blocks reordered, a 友情链接
 * added), for the publishing invariant (tests/e2e/incremental.e2e.ts). Each saves the whole global
 * as the admin's form does; first it mends what other changes of the sequence may have emptied (a
 * deleted story leaves its 头条 or slide without one, and the global would not save).
 */
type Block = Record<string, unknown> & { blockType: string }
type Api = (method: string, pathname: string, body?: unknown) => Promise<Record<string, unknown>>

export type HomepageChangeTools = {
  api: Api
  next: () => number
  /** Ids of the published stories and of the pictures published content shows. */
  publishedStories: () => Promise<number[]>
  pictures: () => Promise<number[]>
}

const pickFrom = <T>(list: T[], next: () => number): T => list[Math.floor(next() * list.length)] as T

/** The stored blocks with every emptied story reference filled in again, as an editor would. */
const mended = (blocks: Block[], stories: number[], next: () => number): Block[] =>
  blocks.map((block) => {
    if (block.blockType === 'headline' && typeof block.story !== 'number') return { ...block, story: pickFrom(stories, next) }
    if (block.blockType !== 'carousel') return block
    const slides = (block.slides as Record<string, unknown>[]).map((slide) =>
      slide.linkType === 'story' && typeof slide.story !== 'number' ? { ...slide, story: pickFrom(stories, next) } : slide,
    )
    return { ...block, slides }
  })

const blocksOf = async (api: Api): Promise<Block[]> => ((await api('GET', 'globals/homepage?depth=0')).blocks ?? []) as Block[]

export const homepageChanges = ({ api, next, publishedStories, pictures }: HomepageChangeTools): Record<string, () => Promise<string>> => {
  const save = async (change: (blocks: Block[]) => Block[] | null): Promise<boolean> => {
    const changed = change(mended(await blocksOf(api), await publishedStories(), next))
    if (!changed) return false
    await api('POST', 'globals/homepage', { blocks: changed })
    return true
  }
  return {
    'add a slide to the 焦点图': async () => {
      const [stories, images] = [await publishedStories(), await pictures()]
      const caption = `新焦点图${Math.floor(next() * 1e6)}`
      const slide = next() < 0.5 ? { linkType: 'story', story: pickFrom(stories, next) } : { linkType: 'url', url: '/galleries/' }
      const saved = await save((blocks) => {
        const carousel = blocks.find((block) => block.blockType === 'carousel')
        if (!carousel) return [{ blockType: 'carousel', slides: [0, 1, 2].map(() => ({ image: pickFrom(images, next), caption, ...slide })) }, ...blocks]
        // At most six slides: the oldest goes when the strip is full.
        const slides = [...(carousel.slides as unknown[]), { image: pickFrom(images, next), caption, ...slide }].slice(-6)
        return blocks.map((block) => (block === carousel ? { ...block, slides } : block))
      })
      return saved ? `added the slide ${caption}` : 'no slide added'
    },
    'reorder the home page blocks': async () => {
      const saved = await save((blocks) => {
        if (blocks.length < 2) return null
        const from = Math.floor(next() * blocks.length)
        const moved = blocks.filter((_, index) => index !== from)
        moved.splice(Math.floor(next() * moved.length), 0, blocks[from] as Block)
        return moved
      })
      return saved ? 'reordered the home page blocks' : 'no two blocks to reorder'
    },
    'add a 友情链接': async () => {
      const label = `友情链接${Math.floor(next() * 1e6)}`
      const link = { label, url: `https://example.org/${Math.floor(next() * 1e6)}` }
      await save((blocks) => {
        const friends = blocks.find((block) => block.blockType === 'friendLinks')
        if (!friends) return [...blocks, { blockType: 'friendLinks', links: [link] }]
        const links = [...(friends.links as unknown[]), link].slice(-40)
        return blocks.map((block) => (block === friends ? { ...block, links } : block))
      })
      return `added the 友情链接 ${label}`
    },
  }
}
