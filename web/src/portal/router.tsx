/**
 * The portal's few addresses under `/portal/`, without a router library (bundle size): the path in state,
 * `navigate` pushes history, links are real `<a href>` so that opening in a new tab and reading aloud work.
 */
import { useEffect, useState, type MouseEvent, type ReactNode } from 'react';

/** The portal's base path. */
export const BASE = '/portal';

const listeners = new Set<() => void>();

/**
 * Goes to an address of the portal.
 *
 * @param to - a path under `/portal` (e.g. `/portal/card`)
 */
export function navigate(to: string): void {
  window.history.pushState(null, '', to);
  window.scrollTo(0, 0);
  for (const l of listeners) l();
}

/**
 * The current path (without the query), following navigation.
 *
 * @returns the path
 */
export function usePath(): string {
  const [path, setPath] = useState(window.location.pathname);
  useEffect(() => {
    const update = (): void => setPath(window.location.pathname);
    listeners.add(update);
    window.addEventListener('popstate', update);
    return () => {
      listeners.delete(update);
      window.removeEventListener('popstate', update);
    };
  }, []);
  return path;
}

/**
 * A link inside the portal.
 *
 * @param props - target, content, current-page marking and class
 */
export function Link(props: { to: string; children: ReactNode; current?: boolean; className?: string; testId?: string }): React.JSX.Element {
  const onClick = (e: MouseEvent<HTMLAnchorElement>): void => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    navigate(props.to);
  };
  return (
    <a href={props.to} onClick={onClick} aria-current={props.current ? 'page' : undefined} className={props.className} data-testid={props.testId}>
      {props.children}
    </a>
  );
}
