/**
 * The proofreader (校对): miswritten words (the built-in dictionary and a site's own), official
 * names written the wrong way, sensitive words, and punctuation. Pure: the CMS passes the text and
 * the lists from its settings and shows the findings.
 *
 *   const lists = compileLists(settings)            // once per version of the lists
 *   proofreadText(text, lists)                      // each call: a few milliseconds
 *
 * A whole document (document.ts): `documentContent` says which of its fields hold text, images,
 * links and the byline; `textFindings` proofreads them, `richTextParts` (lexical.ts) splits a
 * rich-text field into blocks; the CMS resolves images and links and adds their findings.
 */
export { builtInConfusions } from './dictionary'
export { CompiledLists, compileLists } from './compile'
export { contextOf, MAX_FINDINGS_PER_RULE, proofreadBlocks, proofreadText } from './text'
export * from './document'
export * from './lexical'
export * from './types'
export * from './siteLists'
