/**
 * Loads data for a page (the portal keeps TanStack Query out of its bundle): state of one request, reloaded
 * when its dependencies change, with the error kept for display.
 */
import { useCallback, useEffect, useState } from 'react';
import { PortalError } from './api';

/** State of a load. */
export interface Loaded<T> {
  readonly data: T | undefined;
  readonly error: PortalError | undefined;
  readonly loading: boolean;
  reload(): void;
}

/**
 * Runs `load` now and whenever `deps` change.
 *
 * @param load - the request
 * @param deps - what it depends on
 * @returns its state
 */
export function useLoad<T>(load: () => Promise<T>, deps: readonly unknown[]): Loaded<T> {
  const [state, setState] = useState<{ data?: T; error?: PortalError; loading: boolean }>({ loading: true });
  const [tick, setTick] = useState(0);
  useEffect(() => {
    let live = true;
    setState((s) => ({ ...s, loading: true }));
    load().then(
      (data) => live && setState({ data, loading: false }),
      (err: unknown) => live && setState({ error: err instanceof PortalError ? err : new PortalError(0, null), loading: false }),
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, tick]);
  const reload = useCallback(() => setTick((n) => n + 1), []);
  return { data: state.data, error: state.error, loading: state.loading, reload };
}
