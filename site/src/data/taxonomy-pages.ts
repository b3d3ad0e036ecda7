import { listingPaths } from './listing'
import { loadSite } from './models'
import { keyed } from './pages'
import type { Story, Taxonomy } from './models'

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
