/**
 * The frame every page shares (the layouts' markup outside <main>: header, menu, breadcrumb, print
 * frame, footer, and every component they render, all the way down) carries no `data-pagefind-*`
 * attribute. Pagefind reads only the `data-pagefind-body` element, and the search digest reads the
 * same (site/src/data/search-digest.ts); one such attribute outside the body makes the digest read
 * the whole page, so renaming a column in the menu would re-index every shard. The frame is found
 * by parsing the layouts with Astro's own compiler and following the components they render, so a
 * new frame component is checked without being listed here.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

import { beforeAll, describe, expect, it } from 'vitest'

const siteDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../site')
const srcDir = path.join(siteDir, 'src')
const layoutsDir = path.join(srcDir, 'layouts')

type Node = { type?: string; [key: string]: unknown }
type Parse = (source: string) => { ast: Node }

/** The compiler the site's Astro compiles its components with (not a copy of our own). */
const loadParser = async (): Promise<Parse> => {
  const fromAstro = createRequire(createRequire(path.join(siteDir, 'package.json')).resolve('astro/package.json'))
  const compiler = (await import(pathToFileURL(fromAstro.resolve('@astrojs/compiler-rs')).href)) as { parse: Parse }
  return compiler.parse
}

/** The `.astro` files a component's frontmatter imports, by the name it renders them as. */
const astroImports = (frontmatter: Node | undefined, file: string): Map<string, string> => {
  const imports = new Map<string, string>()
  const body = ((frontmatter?.program as Node | undefined)?.body as Node[] | undefined) ?? []
  for (const statement of body) {
    const source = (statement.source as { value?: string } | undefined)?.value
    if (statement.type !== 'ImportDeclaration' || !source?.endsWith('.astro')) continue
    const resolved = source.startsWith('@/') ? path.join(srcDir, source.slice(2)) : path.resolve(path.dirname(file), source)
    for (const specifier of statement.specifiers as Node[]) imports.set((specifier.local as { name: string }).name, resolved)
  }
  return imports
}

const nameOf = (name: unknown): string => {
  const node = name as { type: string; name?: string; namespace?: { name: string } }
  if (node.type === 'JSXNamespacedName') return `${node.namespace?.name}:${(node.name as unknown as { name: string }).name}`
  return node.name ?? ''
}

/** A stray attribute: the file, the element and the attribute. */
type Finding = { file: string; element: string; attribute: string }

/**
 * Walks the frame from the layouts: a layout's template outside its <main>, then each component
 * rendered there, whole. Returns what it read and every `data-pagefind-*` attribute it met.
 */
const walkFrame = (parse: Parse, layouts: string[], read: (file: string) => string): { files: string[]; findings: Finding[] } => {
  const findings: Finding[] = []
  const seen = new Set<string>()
  const queue = [...layouts]
  while (queue.length > 0) {
    const file = queue.shift() as string
    if (seen.has(file)) continue
    seen.add(file)
    const { ast } = parse(read(file))
    const components = astroImports(ast.frontmatter as Node | undefined, file)
    const isLayout = layouts.includes(file)
    const visit = (node: unknown): void => {
      if (Array.isArray(node)) return node.forEach(visit)
      if (!node || typeof node !== 'object') return
      const element = node as Node
      if (element.type === 'JSXElement') {
        const opening = element.openingElement as { name: unknown; attributes: Node[] }
        const name = nameOf(opening.name)
        // The page's own content: searched, and the pages' business.
        if (isLayout && name === 'main') return
        const component = components.get(name)
        if (component) queue.push(component)
        for (const attribute of opening.attributes) {
          const attributeName = attribute.type === 'JSXAttribute' ? nameOf(attribute.name) : ''
          if (attributeName.startsWith('data-pagefind')) findings.push({ file: path.relative(srcDir, file), element: name, attribute: attributeName })
        }
      }
      for (const [key, value] of Object.entries(element)) if (key !== 'frontmatter') visit(value)
    }
    visit(ast.body)
  }
  return { files: [...seen].map((file) => path.relative(srcDir, file)), findings }
}

describe('the frame around <main>', () => {
  let parse: Parse
  const layouts = readdirSync(layoutsDir)
    .filter((name) => name.endsWith('.astro'))
    .map((name) => path.join(layoutsDir, name))
  const onDisk = (file: string) => readFileSync(file, 'utf8')

  beforeAll(async () => {
    parse = await loadParser()
  })

  it('should carry no data-pagefind-* attribute in any layout or component it renders', () => {
    const { files, findings } = walkFrame(parse, layouts, onDisk)
    expect(findings).toEqual([])
    // The walk reached past the layouts into their components (the footer among them).
    expect(files).toContain('components/SiteFooter.astro')
  })

  it('should find a stray attribute in a frame component, and none in the pages’ content inside <main>', () => {
    const footer = path.join(srcDir, 'components/SiteFooter.astro')
    const stray = (file: string) => (file === footer ? onDisk(file).replace('<footer', '<footer data-pagefind-ignore') : onDisk(file))
    expect(walkFrame(parse, layouts, stray).findings).toEqual([{ file: 'components/SiteFooter.astro', element: 'footer', attribute: 'data-pagefind-ignore' }])
    // The layout's own attributes inside <main> (the body mark, kinds, dates) are not the frame's.
    expect(layouts.some((file) => onDisk(file).includes('data-pagefind-body'))).toBe(true)
  })
})
