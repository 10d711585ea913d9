/**
 * Collections that grow without bound answer a JSON array of at most `limit` items; a `Link`
 * header with `rel="next"` (RFC 8288) carries the cursor of the next page when there is one.
 */
export const PAGE_LIMIT_DEFAULT = 50;
export const PAGE_LIMIT_MAX = 200;
