/** One page of a list that pages with `limit` / `offset`; `count` is the total across pages. */
export interface Page<T> {
  count: number;
  results: T[];
}

/** Page size of the iterators when the caller gives no `limit`: fewer round trips than the API's default of 10. */
export const DEFAULT_PAGE_SIZE = 100;

/**
 * Every item of every page, fetching the next page only when the caller gets there. Starts at
 * `offset` (default 0) with pages of `limit` (default 100); ends after the page that reaches `count`
 * or an empty page. A list sorted newest first shifts when items are added while it is read, so a
 * page can repeat items of the one before: each id is yielded once.
 */
export async function* pages<T extends { id: string }>(
  fetchPage: (limit: number, offset: number) => Promise<Page<T>>,
  params: { limit?: number | undefined; offset?: number | undefined },
): AsyncGenerator<T, void, undefined> {
  const limit = params.limit ?? DEFAULT_PAGE_SIZE;
  let offset = params.offset ?? 0;
  const seen = new Set<string>();
  for (;;) {
    const page = await fetchPage(limit, offset);
    for (const item of page.results) {
      if (seen.has(item.id)) continue;
      seen.add(item.id);
      yield item;
    }
    offset += page.results.length;
    if (page.results.length === 0 || offset >= page.count) return;
  }
}
