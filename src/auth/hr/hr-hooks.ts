/**
 * Hooks other modules register to run inside the transaction that applies an HR event (DESIGN.md invariant 4:
 * an HR exit revokes all of a person's access in one transaction). The access module registers one that ends
 * the person's assignments; if any hook throws, the whole HR event is rolled back.
 */
import type { Tx } from '../../db/tx-context.ts';
import type { HrEventKind } from '../../org/hr.schema.ts';

/** What an HR event changes, as hooks see it. */
export interface HrChange {
  readonly accountId: string;
  readonly staffId: string;
  readonly kind: HrEventKind;
  /** Destination unit of a transfer. */
  readonly newUnitId?: string;
  readonly at: Date;
}

/** A hook run inside the HR transaction; `tx` is the transaction (pass it to the recorder to record in it). */
export type HrLifecycleHook = (tx: Tx, change: HrChange) => Promise<void>;

/** The hooks of one app instance. */
export interface HrHookRegistry {
  /**
   * Registers a hook.
   *
   * @param name - a short name for diagnostics
   * @param hook - the hook
   * @returns a function that unregisters it
   */
  register(name: string, hook: HrLifecycleHook): () => void;
  /** Runs every hook in registration order; the first failure propagates (and rolls back the transaction). */
  run(tx: Tx, change: HrChange): Promise<void>;
  /** Names of the registered hooks. */
  names(): readonly string[];
}

/**
 * Creates an empty registry.
 *
 * @returns the registry
 */
export function createHrHookRegistry(): HrHookRegistry {
  const hooks = new Map<string, HrLifecycleHook>();
  return {
    register(name, hook) {
      if (hooks.has(name)) throw new Error(`HR hook ${name} already registered`);
      hooks.set(name, hook);
      return () => {
        hooks.delete(name);
      };
    },
    async run(tx, change) {
      for (const hook of hooks.values()) await hook(tx, change);
    },
    names: () => [...hooks.keys()],
  };
}
