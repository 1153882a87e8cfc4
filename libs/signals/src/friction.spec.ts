import { PolicyActivity, findWastefulPolicies, scoreFriction } from './friction';

const aPolicy = (overrides: Partial<PolicyActivity> & { policyId: string }): PolicyActivity => ({
  name: overrides.policyId,
  linkedItems: 100,
  complaints: 10,
  negativeItems: 20,
  exceptionsGranted: 2,
  exceptionsRefused: 2,
  hardNoes: 2,
  softNoes: 5,
  escalations: 1,
  addedWaitHours: 100,
  ...overrides,
});

describe('scoreFriction', () => {
  const receipts = aPolicy({
    policyId: 'receipts',
    name: 'Refunds need a receipt',
    linkedItems: 200,
    complaints: 120,
    exceptionsGranted: 40,
    exceptionsRefused: 10,
    hardNoes: 30,
    escalations: 25,
    negativeItems: 130,
    addedWaitHours: 800,
    trendRatio: 2.6,
  });
  const tiny = aPolicy({
    policyId: 'tiny',
    linkedItems: 3,
    complaints: 3,
    negativeItems: 3,
    addedWaitHours: 3,
  });
  const quiet = aPolicy({ policyId: 'quiet' });

  it('returns parts whose contributions add up to the score, with weights summing to 1', () => {
    for (const result of scoreFriction([receipts, tiny, quiet])) {
      const sumOfParts = result.parts.reduce((s, p) => s + p.contribution, 0);
      expect(result.score).toBeCloseTo(sumOfParts, 10);
      expect(result.parts.reduce((s, p) => s + p.weight, 0)).toBeCloseTo(1, 12);
      expect(result.score).toBeGreaterThanOrEqual(0);
      expect(result.score).toBeLessThanOrEqual(100);
    }
  });

  it('ranks the policy with most complaints, exceptions and escalations first and names its drivers', () => {
    const [first] = scoreFriction([quiet, receipts, tiny]);
    expect(first).toMatchObject({ policyId: 'receipts', rank: 1 });
    expect(first.explanation).toMatch(
      /^Refunds need a receipt: friction \d+\/100, driven mostly by complaints \(\d+ points\) and a rising trend \(\d+ points\)\.$/,
    );
  });

  it('shrinks a 3-item policy of all complaints below a 200-item policy at 60% complaints', () => {
    const results = scoreFriction([receipts, tiny, quiet]);
    const part = (id: string) =>
      results.find((r) => r.policyId === id)?.parts.find((p) => p.name === 'complaints');
    expect(part('tiny')?.raw).toBe(1);
    expect(part('receipts')?.raw).toBe(0.6);
    // Pooled complaint share 133/303; tiny: (3 + 20 × 0.439) / 23 ≈ 0.51.
    expect(part('tiny')?.adjusted).toBeCloseTo((3 + (20 * 133) / 303) / 23, 10);
    expect(part('tiny')?.value).toBeLessThan(part('receipts')?.value ?? 0);
  });

  it('scores the trend part 1 from a doubling, ½ for +41% and 0 when falling or unknown', () => {
    const results = scoreFriction([
      aPolicy({ policyId: 'double', trendRatio: 2 }),
      aPolicy({ policyId: 'some', trendRatio: Math.SQRT2 }),
      aPolicy({ policyId: 'falling', trendRatio: 0.5 }),
      aPolicy({ policyId: 'unknown' }),
    ]);
    const trend = (id: string) =>
      results.find((r) => r.policyId === id)?.parts.find((p) => p.name === 'trend')?.value;
    expect(trend('double')).toBe(1);
    expect(trend('some')).toBeCloseTo(0.5, 12);
    expect(trend('falling')).toBe(0);
    expect(trend('unknown')).toBe(0);
  });

  it('normalises custom weights so the score stays on 0–100', () => {
    const [result] = scoreFriction([receipts], {
      weights: {
        complaints: 3,
        exceptions: 0,
        hardNoes: 0,
        escalations: 0,
        negativeSentiment: 0,
        addedWait: 0,
        trend: 0,
        volume: 0,
      },
    });
    expect(result.parts.find((p) => p.name === 'complaints')?.weight).toBe(1);
    expect(result.score).toBeCloseTo(60, 10);
  });

  it('rejects more complaints than linked items, naming the policy field', () => {
    expect(() => scoreFriction([aPolicy({ policyId: 'x', complaints: 101 })])).toThrow(
      'policies[0].complaints must not exceed linkedItems (got 101)',
    );
  });
});

describe('findWastefulPolicies', () => {
  const others = [
    aPolicy({ policyId: 'a', complaints: 2 }),
    aPolicy({ policyId: 'b', complaints: 4 }),
    aPolicy({ policyId: 'c', complaints: 5 }),
  ];
  const waived = aPolicy({
    policyId: 'laptop',
    name: 'Laptop requests need director approval',
    linkedItems: 230,
    complaints: 56,
    exceptionsGranted: 32,
    exceptionsRefused: 9,
    protectiveEvents: null,
  });

  it('flags a policy that is usually waived, often cited and never recorded protecting anything, with reasons', () => {
    const [candidate, ...rest] = findWastefulPolicies([...others, waived]);
    expect(rest).toHaveLength(0);
    expect(candidate.policyId).toBe('laptop');
    expect(candidate.waiverRate.share).toBeCloseTo(32 / 41, 12);
    expect(candidate.reasons).toEqual([
      'Exceptions were granted in 78% of requests for one (32 of 41): the rule is usually waived.',
      expect.stringMatching(/^Cited in 56 complaints, more than three quarters of policies/),
      'No occasion of the rule preventing a problem is recorded.',
    ]);
  });

  it('keeps a policy whose exceptions are mostly refused', () => {
    expect(
      findWastefulPolicies([...others, { ...waived, exceptionsGranted: 9, exceptionsRefused: 32 }]),
    ).toEqual([]);
  });

  it('keeps a policy recorded preventing problems in more than 2% of its items', () => {
    expect(findWastefulPolicies([...others, { ...waived, protectiveEvents: 12 }])).toEqual([]);
    const [flagged] = findWastefulPolicies([...others, { ...waived, protectiveEvents: 1 }]);
    expect(flagged.reasons[2]).toBe(
      'Recorded preventing a problem 1 time in 230 linked items (0.4%).',
    );
  });

  it('does not judge "usually waived" on fewer than 5 decided exceptions', () => {
    expect(
      findWastefulPolicies([...others, { ...waived, exceptionsGranted: 4, exceptionsRefused: 0 }]),
    ).toEqual([]);
  });
});
