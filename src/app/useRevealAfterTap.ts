import { useCallback, useEffect, useRef, useState } from 'react';
import { revealOnPage, type RevealOptions } from '../components/revealOnPage';

/** What to bring into view, looked up once the tap's render is on the page (it may not exist before). */
export type RevealTarget = () => (RevealOptions & { target: HTMLElement | null | undefined }) | undefined;

/**
 * Brings what a tap changed into view (`revealOnPage`) after the render that shows it: on a phone the
 * panel or the map a tap in the list changes lies far above the finger. Called from event handlers
 * only, so a selection that arrives by link or by a map click does not move the page.
 */
export function useRevealAfterTap(): (find: RevealTarget) => void {
  const pending = useRef<RevealTarget>(undefined);
  // A request always renders once, even when the tap changed nothing (the same row tapped again).
  const [, setRequests] = useState(0);
  useEffect(() => {
    // Tried once, after the tap's render: a target that is not there then is not waited for.
    const request = pending.current?.();
    pending.current = undefined;
    if (request?.target) revealOnPage(request.target, request);
  });
  return useCallback((find: RevealTarget) => {
    pending.current = find;
    setRequests((count) => count + 1);
  }, []);
}
