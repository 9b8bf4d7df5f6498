/**
 * What a page of the console declares: its URL, who may open it, where it sits in the navigation. Each area
 * of the console lists its pages in `pages/<area>/pages.ts` (default export: `readonly PageDef[]`); the
 * registry (`registry.ts`) collects every area's list, so adding an area or a page touches only that area.
 */
import type { ComponentType } from 'react';
import type { Role } from '../lib/session';

/** Navigation groups, in menu order. */
export const NAV_GROUPS = ['work', 'head', 'security', 'audit', 'admin', 'posture', 'govern', 'me'] as const;
/** A navigation group. */
export type NavGroup = (typeof NAV_GROUPS)[number];

/** One page. */
export interface PageDef {
  /** Route path under `/` (react-router syntax: `persons/:personId`). */
  readonly path: string;
  /** The page component, loaded on demand (its own chunk). */
  readonly load: () => Promise<{ default: ComponentType }>;
  /** Shown without sign-in, outside the shell (sign-in steps). */
  readonly public?: boolean;
  /** Roles of which one is needed (none: anyone signed in). The server decides again on every call. */
  readonly roles?: readonly Role[];
  /** Menu entry: catalogue key of its label and its group; pages without one are reached by links. */
  readonly nav?: { readonly label: string; readonly group: NavGroup };
}

/** Roles that read personal data in the registry. */
export const READERS: readonly Role[] = ['staff', 'unit_head', 'security_officer', 'central_security_admin', 'auditor'];
/** Unit heads. */
export const HEAD: readonly Role[] = ['unit_head'];
