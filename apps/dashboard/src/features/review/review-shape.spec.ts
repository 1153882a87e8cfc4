import {
  aFunnel,
  aRisingSignal,
  aWarningSign,
  receiptRule,
  refundsTheme,
  reviewKpis,
  signatureRule,
} from '../../test/insight-fixtures';
import {
  funnelRows,
  kpiTiles,
  kpiValue,
  REVIEW_TILES,
  risingRows,
  signsByUrgency,
  tileHigherIsBetter,
} from './review-shape';

describe('kpiTiles', () => {
  it('takes the review’s tiles from the pack in reading order, leaving the rest out', () => {
    const tiles = kpiTiles([...reviewKpis()].reverse() as never);
    expect(tiles.map((kpi) => kpi.key)).toEqual(REVIEW_TILES);
    expect(kpiValue(reviewKpis() as never, 'lead-time-p50')).toBe(21.3);
    expect(kpiValue([], 'items')).toBeNull();
  });

  it('treats more items received as neither good nor bad news', () => {
    expect(tileHigherIsBetter({ key: 'items', higherIsBetter: false })).toBeNull();
    expect(tileHigherIsBetter({ key: 'satisfaction', higherIsBetter: true })).toBe(true);
  });
});

describe('risingRows', () => {
  it('lists flagged rises first, then the steepest, leaving out falls and the untested', () => {
    const rows = risingRows(
      [
        aRisingSignal(refundsTheme, { severity: 'NONE', rateRatio: 3 }),
        aRisingSignal(receiptRule, { severity: 'WATCH', rateRatio: 1.5 }),
        aRisingSignal(signatureRule, { severity: 'ALERT', rateRatio: 1.2 }),
        aRisingSignal(
          { ...refundsTheme, id: 'fall', name: 'Falling' },
          { severity: 'NONE', direction: 'FALL', rateRatio: 0.5 },
        ),
        aRisingSignal({ ...refundsTheme, id: 'new', name: 'New' }, { tested: false }),
      ] as never,
      3,
    );
    expect(rows.map((row) => row.subject.name)).toEqual([
      signatureRule.name,
      receiptRule.name,
      refundsTheme.name,
    ]);
  });
});

describe('warning signs', () => {
  it('puts alerts, then watches, first, keeping the API’s order within a state', () => {
    const signs = signsByUrgency([
      aWarningSign({ sign: 'A', state: 'OK' }),
      aWarningSign({ sign: 'B', state: 'NO_DATA' }),
      aWarningSign({ sign: 'C', state: 'WATCH' }),
      aWarningSign({ sign: 'D', state: 'ALERT' }),
      aWarningSign({ sign: 'E', state: 'WATCH' }),
    ] as never);
    expect(signs.map((sign) => sign.sign)).toEqual(['D', 'C', 'E', 'A', 'B']);
  });
});

describe('funnelRows', () => {
  it('gives each protocol step its share of all complaints and those that stopped there', () => {
    const rows = funnelRows(aFunnel(300) as never);
    expect(
      rows.map((row) => [row.label, row.reached, Math.round(row.share * 100), row.stoppedHere]),
    ).toEqual([
      ['Acknowledged and apologised', 300, 100, 0],
      ['Options offered', 210, 70, 90],
      ['Followed through', 150, 50, 60],
      ['Satisfaction checked', 90, 30, 60],
      ['Feedback asked', 40, 13, 50],
    ]);
  });
});
