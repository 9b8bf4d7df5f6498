/**
 * The full rule set, in id order.
 */
import type { RuleDefinition } from '../rule.ts';
import { concurrentSessions, impossibleTravel, sharedDevice } from './lent-account.ts';
import { unregisteredDevice, vpnOutsideValidity, vpnWithoutOtp } from './device-vpn.ts';
import { failuresThenSuccess, leakedCredential, passwordSpraying } from './credentials.ts';
import { offHours } from './off-hours.ts';
import { breakGlassOutsideArea, repeatedBreakGlass, repeatedDenials } from './out-of-scope.ts';
import { automationAgent, massDistinctPersons, regularCadence, sequentialLookups } from './scraping.ts';
import { decoyRead, linkedPersonRead } from './linked-persons.ts';
import { dormantAccount, inactiveAccountActivity } from './account-status.ts';
import { baselineDeviation } from './baseline-deviation.ts';
import { listedIndicatorSeen, malwareOnWorkstation } from './listed-indicators.ts';
import { riskScore } from './risk-score.ts';
import { uncoveredApplicationRead } from './uncovered-access.ts';

/** Every rule Khiên ships. */
export const ALL_RULES: readonly RuleDefinition[] = [
  concurrentSessions, sharedDevice, impossibleTravel,
  unregisteredDevice, vpnOutsideValidity, vpnWithoutOtp,
  leakedCredential, failuresThenSuccess, passwordSpraying,
  offHours,
  repeatedDenials, repeatedBreakGlass, breakGlassOutsideArea,
  massDistinctPersons, sequentialLookups, regularCadence, automationAgent,
  linkedPersonRead, decoyRead,
  dormantAccount, inactiveAccountActivity,
  baselineDeviation,
  listedIndicatorSeen, malwareOnWorkstation,
  riskScore,
  uncoveredApplicationRead,
];

/**
 * Rules confident enough to suspend the account at once (configurable; DETECTION.md). Decoy reads, activity
 * by a departed account and sequential enumeration are almost never benign. Concurrent sessions (R001) are
 * not on the list: staff with two registered devices use both at once (the evaluation's benign suspensions).
 */
export const DEFAULT_SUSPEND_RULES: readonly string[] = ['KHIEN-R019', 'KHIEN-R021', 'KHIEN-R015'];

/**
 * Finds a rule by id.
 *
 * @param id - `KHIEN-Rnnn`
 * @returns the rule or undefined
 */
export function findRule(id: string): RuleDefinition | undefined {
  return ALL_RULES.find((r) => r.id === id);
}
