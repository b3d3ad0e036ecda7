/**
 * Text and attribute values put into HTML or XML the CMS and the site write themselves (mails,
 * the preview page, rendered rich text, sitemaps): `& < > " '` as character references, the rest
 * as it is (the pages are UTF-8).
 */
export { escapeUTF8 as escapeHtml } from 'entities'
