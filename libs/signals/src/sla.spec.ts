import { SlaItem, SlaTarget, evaluateSla } from './sla';
import { HOUR_MS } from './time';

const t0 = Date.parse('2024-03-04T09:00:00Z');
const h = (hours: number) => t0 + hours * HOUR_MS;
const targets: SlaTarget[] = [
  { kind: 'complaint', firstResponseMs: 24 * HOUR_MS, resolutionMs: 120 * HOUR_MS },
  { kind: 'complaint', priority: 'high', firstResponseMs: 4 * HOUR_MS, resolutionMs: 48 * HOUR_MS },
  { kind: 'request', resolutionMs: 72 * HOUR_MS },
];
const item = (overrides: Partial<SlaItem> & { id: string }): SlaItem => ({
  kind: 'complaint',
  receivedAt: h(0),
  ...overrides,
});

describe('evaluateSla', () => {
  it('uses the priority-specific target first and the kind default otherwise', () => {
    const report = evaluateSla(
      [
        item({ id: 'urgent', priority: 'high', firstResponseAt: h(5), resolvedAt: h(40) }),
        item({ id: 'normal', priority: 'low', firstResponseAt: h(5), resolvedAt: h(40) }),
      ],
      targets,
      h(200),
    );
    expect(report.items[0].firstResponse).toMatchObject({
      outcome: 'breached',
      targetMs: 4 * HOUR_MS,
      overdueMs: HOUR_MS,
    });
    expect(report.items[1].firstResponse).toMatchObject({ outcome: 'met', targetMs: 24 * HOUR_MS });
  });

  it('counts open items already past their target as breaches, and younger ones as pending', () => {
    const report = evaluateSla(
      [item({ id: 'old', receivedAt: h(0) }), item({ id: 'young', receivedAt: h(190) })],
      targets,
      h(200),
    );
    expect(report.resolution).toMatchObject({ met: 0, breached: 1, pending: 1 });
    expect(report.breaches).toEqual([
      { id: 'old', clock: 'first-response', overdueMs: 176 * HOUR_MS },
      { id: 'old', clock: 'resolution', overdueMs: 80 * HOUR_MS },
    ]);
  });

  it('reports attainment as met ÷ (met + breached) with a Wilson interval, per kind and priority', () => {
    const report = evaluateSla(
      [
        item({ id: '1', firstResponseAt: h(1), resolvedAt: h(10) }),
        item({ id: '2', firstResponseAt: h(2), resolvedAt: h(20) }),
        item({ id: '3', firstResponseAt: h(30), resolvedAt: h(130) }),
        item({ id: '4', kind: 'request', resolvedAt: h(10) }),
      ],
      targets,
      h(200),
    );
    expect(report.firstResponse.attainment.share).toBeCloseTo(2 / 3, 12);
    expect(report.firstResponse.noTarget).toBe(1);
    expect(report.resolution.attainment.share).toBeCloseTo(3 / 4, 12);
    expect(report.byGroup.map((g) => [g.kind, g.priority, g.resolution.met])).toEqual([
      ['complaint', null, 2],
      ['request', null, 1],
    ]);
  });

  it('treats a resolution without a recorded first response as the first response', () => {
    const report = evaluateSla([item({ id: 'x', resolvedAt: h(3) })], targets, h(10));
    expect(report.items[0].firstResponse).toMatchObject({ outcome: 'met', elapsedMs: 3 * HOUR_MS });
  });

  it('meets a target hit exactly on time', () => {
    const report = evaluateSla(
      [item({ id: 'x', firstResponseAt: h(24), resolvedAt: h(120) })],
      targets,
      h(200),
    );
    expect(report.items[0].firstResponse.outcome).toBe('met');
    expect(report.items[0].resolution.outcome).toBe('met');
  });

  it('rejects two targets for the same kind and priority', () => {
    expect(() => evaluateSla([], [targets[0], { ...targets[0] }], h(0))).toThrow(
      'targets[1] must not repeat a kind and priority already given',
    );
  });
});
