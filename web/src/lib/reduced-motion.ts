/**
 * Whether the person asked their system for less motion (`prefers-reduced-motion: reduce`, WCAG 2.1 SC 2.3.3):
 * the console then turns Ant Design's animations off (dialogs, drawers, menus and messages appear at once).
 * Followed live: changing the system setting applies without a reload.
 */
import { useSyncExternalStore } from 'react';

const QUERY = '(prefers-reduced-motion: reduce)';

function subscribe(onChange: () => void): () => void {
  if (typeof window === 'undefined' || !window.matchMedia) return () => {};
  const list = window.matchMedia(QUERY);
  list.addEventListener('change', onChange);
  return () => list.removeEventListener('change', onChange);
}

function snapshot(): boolean {
  return typeof window !== 'undefined' && !!window.matchMedia && window.matchMedia(QUERY).matches;
}

/**
 * The person's reduced-motion preference.
 *
 * @returns true when the system asks for reduced motion
 */
export function usePrefersReducedMotion(): boolean {
  return useSyncExternalStore(subscribe, snapshot, () => false);
}
