/** A minimal Lexical editor state with one paragraph per string. */
export const richText = (...paragraphs: string[]) => ({
  root: {
    type: 'root',
    version: 1,
    format: '' as const,
    indent: 0,
    direction: 'ltr' as const,
    children: paragraphs.map((text) => ({ type: 'paragraph', version: 1, children: [{ type: 'text', version: 1, text }] })),
  },
})
