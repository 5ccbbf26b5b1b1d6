/**
 * The item whose range holds `offset`, among items in text order that do not overlap (lines, paragraphs): a binary
 * search. `rangeOf` gives an item's first offset and its last, inclusive (a line's includes its line break).
 */
export function itemHolding<T>(items: readonly T[], offset: number, rangeOf: (item: T) => { first: number; last: number }): T | undefined {
  let lo = 0;
  let hi = items.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const { first, last } = rangeOf(items[mid]);
    if (offset < first) hi = mid - 1;
    else if (offset > last) lo = mid + 1;
    else return items[mid];
  }
  return undefined;
}
