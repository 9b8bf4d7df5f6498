/**
 * The signed-in staff member (`GET /api/auth/me`), shared through TanStack Query.
 */
import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { ApiError, api, unwrap } from '../api/client';
import type { components } from '../api/schema';

type MeOk = NonNullable<Awaited<ReturnType<typeof fetchMe>>>;
/** The signed-in member. */
export type Me = MeOk;
/** A role name. */
export type Role = Me['roles'][number]['role'];

/** The query key of the member. */
export const ME_KEY = ['me'] as const;

async function fetchMe() {
  try {
    return await unwrap(api.GET('/api/auth/me'));
  } catch (err) {
    if (err instanceof ApiError && err.status === 401) return null;
    throw err;
  }
}

/**
 * The member, or null when signed out.
 *
 * @returns the query
 */
export function useMe(): UseQueryResult<Me | null> {
  return useQuery({ queryKey: ME_KEY, queryFn: fetchMe, staleTime: 60_000, retry: false });
}

/**
 * Whether the member holds one of the roles.
 *
 * @param me - the member
 * @param roles - roles (none: anyone signed in)
 * @returns true when allowed
 */
export function hasRole(me: Me | null | undefined, roles: readonly Role[] | undefined): boolean {
  if (!me) return false;
  if (!roles || roles.length === 0) return true;
  return me.roles.some((r) => roles.includes(r.role));
}

/** Re-exported so pages can name schema types without importing the generated file's path. */
export type Schemas = components['schemas'];
