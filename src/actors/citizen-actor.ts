/**
 * An insured person signed in through OpenID Connect (VNeID in production, a local provider in demo mode).
 */

/** A signed-in insured person; sees only their own data. */
export interface CitizenActor {
  readonly type: 'citizen';
  /** Internal registry id of the person. */
  readonly personId: string;
  /** Subject identifier from the identity provider. */
  readonly subject: string;
  readonly sessionId: string;
}
