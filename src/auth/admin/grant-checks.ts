/**
 * Checks other modules register to run before a role is granted (the narrow port through which, e.g., the
 * security programme refuses a grant to staff whose mandatory course is not current). A check refuses by
 * throwing its own catalogued error; nothing is written then. Without registered checks a grant is decided
 * by auth alone.
 */
import type { Role } from '../../actors/roles.ts';

/** The grant about to be made, as checks see it. */
export interface GrantCheckInput {
  readonly accountId: string;
  readonly staffId: string;
  readonly unitId: string;
  readonly role: Role;
  readonly at: Date;
}

/** A check: resolves to allow, throws (a catalogued client error) to refuse. */
export type GrantCheck = (input: GrantCheckInput) => Promise<void>;

/** The checks of one app instance. */
export interface GrantCheckRegistry {
  /**
   * Registers a check.
   *
   * @param name - a short name for diagnostics
   * @param check - the check
   * @returns a function that unregisters it
   */
  register(name: string, check: GrantCheck): () => void;
  /** Runs every check in registration order; the first refusal propagates. */
  run(input: GrantCheckInput): Promise<void>;
}

/**
 * Creates an empty registry.
 *
 * @returns the registry
 */
export function createGrantCheckRegistry(): GrantCheckRegistry {
  const checks = new Map<string, GrantCheck>();
  return {
    register(name, check) {
      if (checks.has(name)) throw new Error(`grant check ${name} already registered`);
      checks.set(name, check);
      return () => {
        checks.delete(name);
      };
    },
    async run(input) {
      for (const check of checks.values()) await check(input);
    },
  };
}
