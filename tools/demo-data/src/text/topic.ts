import type { ItemKind } from '../vocabulary';
import type { RuleSource } from './grammar';

/**
 * What a team's items are about. A topic carries its own text (rules that override the team's
 * and the shared ones) and the behaviour that goes with it: how often it comes up, as which
 * kinds, against which policy, and how often it waits on someone inside the organisation.
 *
 * Rules a topic defines: `subject` (what it is about, neutrally: "refunds"), `thing` (the same as
 * staff say it to the customer: "your refund"), `request` and `complaint` (sentences, for the
 * kinds it has); optionally `suggestion`, `praise`, `info`, `option`, `waitReason`, `accept`,
 * `softNo`, `hardNo`, `blame`, `exceptionGranted`, `exceptionRefused`, `staffReport`.
 */
export interface Topic {
  key: string;
  weight: number;
  themeKeys: readonly string[];
  policyKey: string | null;
  kinds: Readonly<Partial<Record<ItemKind, number>>>;
  /** Chance that the item waits on someone inside the organisation, and the median wait. */
  internalWait: { probability: number; medianHours: number };
  rules: RuleSource;
}

export interface TeamText {
  teamKey: string;
  /** Team defaults: `teamName`, `referTo`, `info`, `option`, `waitReason`, `accept`, `softNo`, `hardNo`. */
  rules: RuleSource;
  topics: readonly Topic[];
}
