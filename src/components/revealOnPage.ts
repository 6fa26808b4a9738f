/** A stretch of the page, top and bottom in page coordinates (0 = the top of the document). */
export interface PageSpan {
  top: number;
  bottom: number;
}

/**
 * The page's scroll position (scrollY) that shows `target` after a tap changed it, or undefined
 * when it is in view already. With `above`, what lies above the target and belongs with it (on a
 * phone, the map over the kelurahan panel): both show when they fit together; otherwise the target
 * sits at the bottom of the screen under as much of `above` as fits. A target taller than the
 * screen shows from its top.
 */
export function revealScrollTop(scrollY: number, viewHeight: number, target: PageSpan, above?: PageSpan): number | undefined {
  if (target.top >= scrollY && target.bottom <= scrollY + viewHeight) return undefined;
  let top: number;
  if (above && target.bottom - above.top <= viewHeight) top = above.top;
  else if (target.bottom - target.top > viewHeight) top = target.top;
  else if (above || target.bottom > scrollY + viewHeight) top = target.bottom - viewHeight;
  else top = target.top;
  return Math.max(0, top);
}

export interface RevealOptions {
  /** Shown with the target when both fit (see `revealScrollTop`). */
  above?: HTMLElement | null;
  /** Only the target's first `lead` pixels need to show (a panel's heading, not its whole length). */
  lead?: number;
}

const spanOf = (element: HTMLElement, lead = Infinity): PageSpan => {
  const rect = element.getBoundingClientRect();
  const top = rect.top + window.scrollY;
  return { top, bottom: top + Math.min(rect.height, lead) };
};

/**
 * Scrolls the page (the window only, never a box inside it) so `target` shows. Where the page does
 * not scroll (the desktop planner fills the window), nothing moves. Glides unless the user asked for
 * reduced motion, then jumps.
 */
export function revealOnPage(target: HTMLElement, { above, lead }: RevealOptions = {}): void {
  const next = () => revealScrollTop(window.scrollY, window.innerHeight, spanOf(target, lead), above ? spanOf(above) : undefined);
  const top = next();
  if (top === undefined) return;
  const glide = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  window.scrollTo({ top, behavior: glide ? 'smooth' : 'instant' });
  if (!glide) return;
  // A glide aims where the target was when it began; the page may still be laying out (a panel's
  // charts, the list growing under it): where it ends, whatever is still out of view is put in view
  // at once. Not when the user took over the scroll on the way (it ends elsewhere): theirs wins.
  window.addEventListener('scrollend', () => {
    if (Math.abs(window.scrollY - Math.min(top, document.documentElement.scrollHeight - window.innerHeight)) > 2) return;
    const rest = next();
    if (rest !== undefined) window.scrollTo({ top: rest, behavior: 'instant' });
  }, { once: true });
}
