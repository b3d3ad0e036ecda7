/** Reading a package's source tree: its files and the import graph between them (for shape tests). */
import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'

const SOURCE = /\.(ts|tsx|mts|js|mjs|astro)$/
/** The source files below a folder (TypeScript, JavaScript, Astro components). */
export const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && SOURCE.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))

/** The relative modules a file imports or re-exports (`from './x'`, `import './x'`), type imports included. */
export const relativeImports = (text: string): string[] =>
  [...text.matchAll(/(?:\bfrom|^\s*import)\s+['"](\.{1,2}\/[^'"]+)['"]/gm)].map((match) => match[1] as string)

const resolveImport = (from: string, specifier: string, known: Set<string>): string | null => {
  const base = path.resolve(path.dirname(from), specifier)
  for (const candidate of [base, `${base}.ts`, `${base}.astro`, `${base}.js`, path.join(base, 'index.ts')]) if (known.has(candidate)) return candidate
  return null
}

/** Every cycle of a graph's nodes, each as the path that closes it (first node repeated at the end). */
export const cyclesOf = (graph: Map<string, string[]>): string[][] => {
  const cycles: string[][] = []
  const state = new Map<string, 'open' | 'done'>()
  const stack: string[] = []
  const visit = (node: string): void => {
    state.set(node, 'open')
    stack.push(node)
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 'open') cycles.push([...stack.slice(stack.indexOf(next)), next])
      else if (!state.has(next)) visit(next)
    }
    stack.pop()
    state.set(node, 'done')
  }
  for (const node of graph.keys()) if (!state.has(node)) visit(node)
  return cycles
}

/** The import graph of the source files below a folder, between those files alone. */
export const importGraph = (dir: string): Map<string, string[]> => {
  const files = sourceFiles(dir)
  const known = new Set(files)
  return new Map(
    files.map((file) => [
      path.relative(dir, file),
      relativeImports(readFileSync(file, 'utf8'))
        .map((specifier) => resolveImport(file, specifier, known))
        .filter((target): target is string => target !== null)
        .map((target) => path.relative(dir, target)),
    ]),
  )
}
