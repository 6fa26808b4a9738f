/**
 * The scroll position that brings an item into its scroll box's view by the least movement
 * (`block: 'nearest'`), or undefined when it is in view already. Positions are the item's
 * top and bottom within the box's content (scrollTop 0 = content top).
 */
export function nearestScrollTop(scrollTop: number, boxHeight: number, itemTop: number, itemBottom: number): number | undefined {
  if (itemTop < scrollTop) return itemTop;
  if (itemBottom > scrollTop + boxHeight) return Math.min(itemTop, itemBottom - boxHeight);
  return undefined;
}

/**
 * Scrolls `item` into view inside its nearest scrolling ancestor only: never the page.
 * (`scrollIntoView` scrolls every ancestor, the window too: on a phone, where the list is
 * part of the page, a selection made elsewhere would carry the page away from the map.)
 */
export function scrollIntoViewWithin(item: HTMLElement): void {
  for (let box = item.parentElement; box && box !== document.body && box !== document.documentElement; box = box.parentElement) {
    const { overflowY } = getComputedStyle(box);
    if ((overflowY !== 'auto' && overflowY !== 'scroll') || box.scrollHeight <= box.clientHeight) continue;
    const boxRect = box.getBoundingClientRect();
    const itemRect = item.getBoundingClientRect();
    const top = itemRect.top - boxRect.top - box.clientTop + box.scrollTop;
    const next = nearestScrollTop(box.scrollTop, box.clientHeight, top, top + itemRect.height);
    if (next !== undefined) box.scrollTo({ top: next, behavior: 'smooth' });
    return;
  }
}
