import { listingPaths } from './listing'
import { loadSite } from './models'
import { keyed } from './pages'
import type { Story, Taxonomy, TopicPage } from './models'

type Kind = 'columns' | 'districts' | 'organizations'

const belongs: Record<Kind, (story: Story, term: Taxonomy) => boolean> = {
  columns: (story, term) => story.column?.href === term.href,
  districts: (story, term) => story.district?.href === term.href,
  organizations: (story, term) => story.organizations.some((org) => org.href === term.href),
}

/** Static paths for every term of a taxonomy and every page of its stories. */
export const taxonomyPaths = async (kind: Kind) => {
  const site = await loadSite()
  const paths = site[kind].flatMap((term) =>
    listingPaths(
      site.stories.filter((story) => belongs[kind](story, term)),
      term.href,
      { slug: term.slug },
    ).map((path) => ({
      ...path,
      props: {
        ...path.props,
        term,
        organizations:
          kind === 'districts' ? site.organizations.filter((org) => org.districtId === term.id).map((org) => ({ name: org.name, href: org.href })) : [],
      },
    })),
  )
  return keyed(site, paths)
}

/**
 * Static paths for every topic's page and its month archives (`/topics/<slug>/2026/11/`), the way
 * the stories' listing pages them: a new item changes its topic's page and its own month's pages
 * only. Every page carries its topic, so editing the topic itself renders them all again.
 */
export const topicPaths = (pages: readonly TopicPage[]) =>
  pages.flatMap(({ topic, items }) => listingPaths(items, topic.href, { slug: topic.slug }).map((path) => ({ ...path, props: { ...path.props, topic } })))
