/** `content-disposition` of a download: an ASCII name for old clients, and the Chinese one (RFC 6266). */
export const attachment = (ascii: string, name: string): string => `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`
