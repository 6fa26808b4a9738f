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
    const scrollBox = box;
    const target = () => {
      const boxRect = scrollBox.getBoundingClientRect();
      const itemRect = item.getBoundingClientRect();
      const top = itemRect.top - boxRect.top - scrollBox.clientTop + scrollBox.scrollTop;
      return nearestScrollTop(scrollBox.scrollTop, scrollBox.clientHeight, top, top + itemRect.height);
    };
    const next = target();
    if (next === undefined) return;
    scrollBox.scrollTo({ top: next, behavior: 'smooth' });
    // A smooth scroll aims where the item was when it began, and the page may still be laying
    // out (a link's selection arrives while the page loads): where it ends, the item is put in
    // view at once if it is not.
    scrollBox.addEventListener('scrollend', () => {
      const rest = target();
      if (rest !== undefined) scrollBox.scrollTo({ top: rest });
    }, { once: true });
    return;
  }
}
