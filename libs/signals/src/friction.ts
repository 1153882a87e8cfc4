// Policy friction: which internal rules generate complaints, exceptions, refusals, escalations
// and waiting — scored so that policies of different sizes compare fairly — and which look like
// waste (often overridden, often cited, little protective value visible).

import { quantileSorted } from './descriptive';
import { formatAmount, formatPercent } from './format';
import { Proportion, proportion } from './intervals';
import { SignalsInputError, requireCount, requireNonNegative, requirePositive } from './validate';

/** What happened around one policy in the period (or one policy × team cell). */
export interface PolicyActivity {
  policyId: string;
  name: string;
  // Items linked to the policy, explicitly or by a detected mention.
  linkedItems: number;
  // Of those, complaints, and items with negative sentiment.
  complaints: number;
  negativeItems: number;
  exceptionsGranted: number;
  exceptionsRefused: number;
  hardNoes: number;
  softNoes: number;
  escalations: number;
  // Total waiting hours attributable to the policy (e.g. time in its approval step).
  addedWaitHours: number;
  // Current ÷ usual rate of linked items (e.g. `rateRatio` of a spike test); null if unknown.
  trendRatio?: number | null;
  // Recorded occasions the policy prevented a problem (fraud caught, risk avoided); null if
  // the organisation does not record them.
  protectiveEvents?: number | null;
}

export type FrictionPartName =
  | 'complaints'
  | 'exceptions'
  | 'hardNoes'
  | 'escalations'
  | 'negativeSentiment'
  | 'addedWait'
  | 'trend'
  | 'volume';

/** Default weights (sum 1): complaints and the two kinds of override/refusal lead. */
export const DEFAULT_FRICTION_WEIGHTS: Readonly<Record<FrictionPartName, number>> = {
  complaints: 0.2,
  exceptions: 0.15,
  hardNoes: 0.15,
  escalations: 0.1,
  negativeSentiment: 0.1,
  addedWait: 0.1,
  trend: 0.1,
  volume: 0.1,
};

const PART_LABELS: Record<FrictionPartName, string> = {
  complaints: 'complaints',
  exceptions: 'exception requests',
  hardNoes: 'hard noes',
  escalations: 'escalations',
  negativeSentiment: 'negative sentiment',
  addedWait: 'added waiting time',
  trend: 'a rising trend',
  volume: 'how often it is cited',
};

/** One part of a friction score, with everything needed to show how it was reached. */
export interface FrictionPart {
  name: FrictionPartName;
  label: string;
  // The policy's own figure (a share, a rate per linked item, hours per item, a ratio or a count).
  raw: number | null;
  // The figure after shrinkage towards the average over all policies (equal to raw for trend and volume).
  adjusted: number | null;
  // On a 0–1 scale, 1 being the most friction.
  value: number;
  weight: number;
  // weight × value × 100: the points this part adds to the score.
  contribution: number;
}

export interface FrictionScore {
  policyId: string;
  name: string;
  // 0–100: Σ contributions.
  score: number;
  rank: number;
  parts: FrictionPart[];
  explanation: string;
}

export interface FrictionOptions {
  // Relative weights per part; missing parts keep their default; normalised to sum 1.
  weights?: Partial<Record<FrictionPartName, number>>;
  // How many linked items the all-policy average is worth when shrinking a policy's rates
  // (default 20): a policy with 3 items, all complaints, is not 100% complaints.
  priorStrength?: number;
}

/**
 * Scores each policy's friction 0–100 from its parts, returning the parts with weights and
 * contributions, highest first. Rates are shrunk towards the all-policy average (empirical-Bayes
 * style, prior worth `priorStrength` items) so small policies do not top the list by chance.
 * Call it on policy × team cells for the matrix.
 */
export function scoreFriction(
  policies: readonly PolicyActivity[],
  options: FrictionOptions = {},
): FrictionScore[] {
  policies.forEach(validateActivity);
  const strength = options.priorStrength ?? 20;
  requirePositive(strength, 'priorStrength');
  const weights = normalisedWeights(options.weights ?? {});

  const totals = {
    linked: 0,
    complaints: 0,
    negative: 0,
    exceptions: 0,
    hardNoes: 0,
    escalations: 0,
    wait: 0,
  };
  for (const p of policies) {
    totals.linked += p.linkedItems;
    totals.complaints += p.complaints;
    totals.negative += p.negativeItems;
    totals.exceptions += p.exceptionsGranted + p.exceptionsRefused;
    totals.hardNoes += p.hardNoes;
    totals.escalations += p.escalations;
    totals.wait += p.addedWaitHours;
  }
  const pooled = (x: number) => (totals.linked > 0 ? x / totals.linked : 0);
  const medianLinked =
    quantileSorted(
      policies.map((p) => p.linkedItems).sort((a, b) => a - b),
      0.5,
    ) ?? 0;
  const pooledWait = pooled(totals.wait);

  const scored = policies.map((p) => {
    const n = p.linkedItems;
    const exceptions = p.exceptionsGranted + p.exceptionsRefused;
    // [raw, adjusted, 0–1 value] per part.
    const rateFigures = (count: number, total: number): [number | null, number, number] => {
      const shrunk = (count + strength * pooled(total)) / (n + strength);
      return [n > 0 ? count / n : null, shrunk, Math.min(1, shrunk)];
    };
    const waitPerItem = (p.addedWaitHours + strength * pooledWait) / (n + strength);
    const trend = p.trendRatio ?? null;
    const figures: Record<FrictionPartName, [number | null, number | null, number]> = {
      complaints: rateFigures(p.complaints, totals.complaints),
      exceptions: rateFigures(exceptions, totals.exceptions),
      hardNoes: rateFigures(p.hardNoes, totals.hardNoes),
      escalations: rateFigures(p.escalations, totals.escalations),
      negativeSentiment: rateFigures(p.negativeItems, totals.negative),
      // Hours per item, mapped so the all-policy average scores ½ and twice it ⅔.
      addedWait: [
        n > 0 ? p.addedWaitHours / n : null,
        waitPerItem,
        pooledWait > 0 ? waitPerItem / (waitPerItem + pooledWait) : 0,
      ],
      // log2 of the rate ratio: 0 when steady or falling, 1 from a doubling up.
      trend: [trend, trend, trend !== null && trend > 1 ? Math.min(1, Math.log2(trend)) : 0],
      // Linked items, mapped so the median policy scores ½.
      volume: [n, n, n + medianLinked > 0 ? n / (n + medianLinked) : 0],
    };
    const parts = (Object.keys(DEFAULT_FRICTION_WEIGHTS) as FrictionPartName[]).map(
      (name): FrictionPart => {
        const [raw, adjusted, value] = figures[name];
        return {
          name,
          label: PART_LABELS[name],
          raw,
          adjusted,
          value,
          weight: weights[name],
          contribution: 100 * weights[name] * value,
        };
      },
    );
    const score = parts.reduce((s, part) => s + part.contribution, 0);
    return {
      policyId: p.policyId,
      name: p.name,
      score,
      parts,
      rank: 0,
      explanation: explainFriction(p.name, score, parts),
    };
  });
  return scored.sort((a, b) => b.score - a.score).map((s, i) => ({ ...s, rank: i + 1 }));
}

export interface WasteOptions {
  // Decided exception requests needed before "usually waived" is judged (default 5).
  minDecidedExceptions?: number;
  // Share of decided exceptions granted that counts as "usually waived" (default 0.6).
  waivedShare?: number;
  // Protective events per linked item below which protection is "little" (default 0.02).
  protectiveShare?: number;
}

export interface WasteCandidate {
  policyId: string;
  name: string;
  waiverRate: Proportion;
  complaints: number;
  protectiveEvents: number | null;
  reasons: string[];
}

/**
 * Policies that look like waste: exceptions usually granted when asked (the rule is waived
 * anyway), cited in more complaints than three quarters of policies (and at least 3), and little
 * or no recorded protective effect. Each comes with the reasons in words, most complaints first.
 */
export function findWastefulPolicies(
  policies: readonly PolicyActivity[],
  options: WasteOptions = {},
): WasteCandidate[] {
  policies.forEach(validateActivity);
  const minDecided = options.minDecidedExceptions ?? 5;
  const waivedShare = options.waivedShare ?? 0.6;
  const protectiveShare = options.protectiveShare ?? 0.02;
  requireCount(minDecided, 'minDecidedExceptions');
  requireNonNegative(waivedShare, 'waivedShare');
  requireNonNegative(protectiveShare, 'protectiveShare');
  const complaintsSorted = policies.map((p) => p.complaints).sort((a, b) => a - b);
  const citedAt = Math.max(3, quantileSorted(complaintsSorted, 0.75) ?? 0);

  const candidates: WasteCandidate[] = [];
  for (const p of policies) {
    const decided = p.exceptionsGranted + p.exceptionsRefused;
    const waiverRate = proportion(p.exceptionsGranted, decided);
    const overridden = decided >= minDecided && (waiverRate.share ?? 0) >= waivedShare;
    const cited = p.complaints >= citedAt;
    const protective = p.protectiveEvents ?? null;
    const littleProtection =
      protective === null || protective < protectiveShare * Math.max(1, p.linkedItems);
    if (!(overridden && cited && littleProtection)) continue;
    candidates.push({
      policyId: p.policyId,
      name: p.name,
      waiverRate,
      complaints: p.complaints,
      protectiveEvents: protective,
      reasons: [
        `Exceptions were granted in ${formatPercent(waiverRate.share ?? 0)} of requests for one (${p.exceptionsGranted} of ${decided}): the rule is usually waived.`,
        `Cited in ${p.complaints} complaints, more than three quarters of policies (${formatAmount(citedAt)} or more).`,
        protective === null
          ? 'No occasion of the rule preventing a problem is recorded.'
          : `Recorded preventing a problem ${protective} time${protective === 1 ? '' : 's'} in ${p.linkedItems} linked items (${formatPercent(p.linkedItems > 0 ? protective / p.linkedItems : 0)}).`,
      ],
    });
  }
  return candidates.sort((a, b) => b.complaints - a.complaints);
}

function validateActivity(p: PolicyActivity, i: number): void {
  const field = (name: string) => `policies[${i}].${name}`;
  for (const key of [
    'linkedItems',
    'complaints',
    'negativeItems',
    'exceptionsGranted',
    'exceptionsRefused',
    'hardNoes',
    'softNoes',
    'escalations',
  ] as const) {
    requireCount(p[key], field(key));
  }
  requireNonNegative(p.addedWaitHours, field('addedWaitHours'));
  if (p.complaints > p.linkedItems)
    throw new SignalsInputError(field('complaints'), 'must not exceed linkedItems', p.complaints);
  if (p.negativeItems > p.linkedItems)
    throw new SignalsInputError(
      field('negativeItems'),
      'must not exceed linkedItems',
      p.negativeItems,
    );
  if (p.trendRatio !== undefined && p.trendRatio !== null)
    requireNonNegative(p.trendRatio, field('trendRatio'));
  if (p.protectiveEvents !== undefined && p.protectiveEvents !== null)
    requireCount(p.protectiveEvents, field('protectiveEvents'));
}

function normalisedWeights(
  overrides: Partial<Record<FrictionPartName, number>>,
): Record<FrictionPartName, number> {
  const weights = { ...DEFAULT_FRICTION_WEIGHTS, ...overrides };
  let total = 0;
  for (const [name, w] of Object.entries(weights)) {
    requireNonNegative(w, `weights.${name}`);
    total += w;
  }
  if (total === 0) throw new SignalsInputError('weights', 'must not all be 0');
  return Object.fromEntries(
    Object.entries(weights).map(([name, w]) => [name, w / total]),
  ) as Record<FrictionPartName, number>;
}

function explainFriction(name: string, score: number, parts: readonly FrictionPart[]): string {
  const drivers = [...parts]
    .filter((p) => p.contribution > 0)
    .sort((a, b) => b.contribution - a.contribution)
    .slice(0, 2)
    .map((p) => `${p.label} (${Math.round(p.contribution)} points)`);
  if (drivers.length === 0) return `${name}: friction 0/100, nothing points to it.`;
  return `${name}: friction ${Math.round(score)}/100, driven mostly by ${drivers.join(' and ')}.`;
}
