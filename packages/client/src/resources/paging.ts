/** One page of a list that pages with `limit` / `offset`; `count` is the total across pages. */
export interface Page<T> {
  count: number;
  results: T[];
}

/** Page size of the iterators when the caller gives no `limit`: fewer round trips than the API's default of 10. */
const DEFAULT_PAGE_SIZE = 100;

/**
 * Every item of every page, fetching the next page only when the caller gets there. Starts at
 * `offset` (default 0) with pages of `limit` (default 100); ends after the page that reaches `count`
 * or an empty page. A list sorted newest first shifts when items are added while it is read, so a
 * page can repeat items of the one before: each id is yielded once. Only the previous page's ids
 * are kept for that, so memory stays bounded by a page however long the list.
 */
export async function* pages<T extends { id: string }>(
  fetchPage: (limit: number, offset: number) => Promise<Page<T>>,
  params: { limit?: number | undefined; offset?: number | undefined },
): AsyncGenerator<T, void, undefined> {
  const limit = params.limit ?? DEFAULT_PAGE_SIZE;
  let offset = params.offset ?? 0;
  let before = new Set<string>();
  for (;;) {
    const page = await fetchPage(limit, offset);
    const ids = new Set<string>();
    for (const item of page.results) {
      if (before.has(item.id) || ids.has(item.id)) continue;
      ids.add(item.id);
      yield item;
    }
    before = ids;
    offset += page.results.length;
    if (page.results.length === 0 || offset >= page.count) return;
  }
}
