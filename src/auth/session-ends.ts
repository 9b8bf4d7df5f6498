/**
 * Listeners told, after the change is committed, that an account's sessions were ended (suspension, including
 * a case's containment and the detector's; revocation of a device; HR events through `hr-hooks.ts`). Single
 * sign-on registers one that sends back-channel logout to the business applications. A listener handles its own
 * errors: the change it follows is already done.
 */

/** A listener: the account and why its sessions ended. */
export type SessionEndListener = (accountId: string, reason: string) => Promise<void>;

/** The listeners of one app instance. */
export interface SessionEndRegistry {
  /**
   * Registers a listener.
   *
   * @param name - a short name for diagnostics
   * @param listener - the listener
   */
  register(name: string, listener: SessionEndListener): void;
  /** Tells every listener (after commit); never throws. */
  notify(accountId: string, reason: string): Promise<void>;
  /** Names of the registered listeners. */
  names(): readonly string[];
}

/**
 * Creates an empty registry.
 *
 * @returns the registry
 */
export function createSessionEndRegistry(): SessionEndRegistry {
  const listeners = new Map<string, SessionEndListener>();
  return {
    register(name, listener) {
      if (listeners.has(name)) throw new Error(`session-end listener ${name} already registered`);
      listeners.set(name, listener);
    },
    async notify(accountId, reason) {
      for (const listener of listeners.values()) {
        try {
          await listener(accountId, reason);
        } catch {
          // The listener reports its own failures; the sessions are ended whatever it does.
        }
      }
    },
    names: () => [...listeners.keys()],
  };
}
