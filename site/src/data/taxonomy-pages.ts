import { listingPaths } from './listing'
import { loadSite } from './models'
import { sameValue } from './memo'
import { keyed } from './pages'
import type { Story, Taxonomy, TopicPage } from './models'

type Kind = 'columns' | 'districts' | 'organizations'

/** The addresses of the terms of a kind a story is filed under. */
const filedUnder: Record<Kind, (story: Story) => (string | undefined)[]> = {
  columns: (story) => [story.column?.href],
  districts: (story) => [story.district?.href],
  organizations: (story) => story.organizations.map((org) => org.href),
}

/** Each term's stories (by its address), in the site's order: one pass over the stories, not one a term. */
const storiesByTerm = (stories: readonly Story[], kind: Kind): Map<string, Story[]> => {
  const byTerm = new Map<string, Story[]>()
  for (const story of stories)
    for (const href of new Set(filedUnder[kind](story))) {
      if (href === undefined) continue
      const list = byTerm.get(href)
      if (list) list.push(story)
      else byTerm.set(href, [story])
    }
  return byTerm
}

type Extra = { term: Taxonomy; organizations: { name: string; href: string }[] }

/**
 * A listing page's props with its term and the district's organisations, the same object as the
 * last publish's while the listing's own props object (./listing keeps it) and these are the same
 * value: its digest (./pages) is then not worked out again.
 */
const withTerm = new WeakMap<object, Extra & { props: object }>()
const propsWithTerm = <P extends object>(props: P, extra: Extra): P & Extra => {
  const last = withTerm.get(props)
  if (last && sameValue(last.term, extra.term) && sameValue(last.organizations, extra.organizations)) return last.props as P & Extra
  const next = { ...props, ...extra }
  withTerm.set(props, { ...extra, props: next })
  return next
}

/** A listing's paths with their term, by the listing's paths array (./listing keeps it while its stories are the same). */
const withTerms = new WeakMap<readonly object[], Extra & { paths: { params: Record<string, string | undefined>; props: object }[] }>()

/** Each district's organisations (by the district's id), as its pages list them: one pass, not one a district. */
const organizationsByDistrict = (organizations: readonly Taxonomy[]): Map<string, { name: string; href: string }[]> => {
  const byDistrict = new Map<string, { name: string; href: string }[]>()
  for (const org of organizations) {
    if (org.districtId === null) continue
    const list = byDistrict.get(org.districtId)
    if (list) list.push({ name: org.name, href: org.href })
    else byDistrict.set(org.districtId, [{ name: org.name, href: org.href }])
  }
  return byDistrict
}

/** Static paths for every term of a taxonomy and every page of its stories. */
export const taxonomyPaths = async (kind: Kind) => {
  const site = await loadSite()
  const byTerm = storiesByTerm(site.stories, kind)
  const byDistrict = kind === 'districts' ? organizationsByDistrict(site.organizations) : new Map<string, { name: string; href: string }[]>()
  const paths = site[kind].flatMap((term) => {
    const organizations = byDistrict.get(term.id) ?? []
    const listed = listingPaths(byTerm.get(term.href) ?? [], term.href, { slug: term.slug })
    // The listing's same paths (./listing gives them back while its stories are the same) with the same term: the same pages.
    const last = withTerms.get(listed)
    if (last && sameValue(last.term, term) && sameValue(last.organizations, organizations)) return last.paths
    const termPaths = listed.map((path) => ({ ...path, props: propsWithTerm(path.props, { term, organizations }) }))
    withTerms.set(listed, { term, organizations, paths: termPaths })
    return termPaths
  })
  return keyed(site, paths)
}

/**
 * Static paths for every topic's page and its month archives (`/topics/<slug>/2026/11/`), the way
 * the stories' listing pages them: a new item changes its topic's page and its own month's pages
 * only. Every page carries its topic, so editing the topic itself renders them all again.
 */
export const topicPaths = (pages: readonly TopicPage[]) =>
  pages.flatMap(({ topic, items }) => listingPaths(items, topic.href, { slug: topic.slug }).map((path) => ({ ...path, props: { ...path.props, topic } })))
