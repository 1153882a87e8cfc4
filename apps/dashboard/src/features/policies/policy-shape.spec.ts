import {
  aDrilldown,
  aHotspot,
  care,
  receiptRule,
  repairs,
  signatureRule,
} from '../../test/insight-fixtures';
import { activityFigures, heatMap, heatStep, newActionUrl } from './policy-shape';

const cell = (
  policy: typeof receiptRule,
  team: typeof care,
  score: number,
  linkedItems: number,
) => ({
  __typename: 'PolicyTeamCell' as const,
  policy,
  team,
  score,
  linkedItems,
  complaints: 1,
  exceptions: 1,
  drilldown: aDrilldown() as never,
});

describe('heatMap', () => {
  it('lays the matrix out by policy rank and busiest team, gaps as null', () => {
    const map = heatMap({
      policies: [aHotspot(1, receiptRule), aHotspot(2, signatureRule)] as never,
      teams: [repairs, care, { __typename: 'NamedRef', id: 'idle', name: 'Idle team' }] as never,
      matrix: [cell(receiptRule, care, 35, 500), cell(signatureRule, repairs, 20, 40)] as never,
    });
    expect(map.teams.map((team) => team.name)).toEqual([
      'Customer Care',
      'Repairs & Installations',
    ]);
    expect(map.rows.map((row) => row.cells.map((c) => c?.score ?? null))).toEqual([
      [35, null],
      [null, 20],
    ]);
  });
});

describe('heatStep', () => {
  it('darkens with the score and turns the text white on the dark steps', () => {
    expect(heatStep(5).color).toBe('var(--heat-1)');
    expect(heatStep(36).color).toBe('var(--heat-3)');
    expect(heatStep(80).text).toBe('var(--color-text-inverse)');
  });
});

describe('activityFigures', () => {
  it('narrows the policy’s items to those behind each figure', () => {
    const figures = activityFigures(aHotspot(1, receiptRule) as never);
    const complaints = figures.find((figure) => figure.label === 'Complaints');
    expect(complaints?.drilldown).toEqual({
      receivedFrom: '2026-10-01T00:00:00.000Z',
      receivedTo: '2026-11-01T00:00:00.000Z',
      linkedPolicyIds: [receiptRule.id],
      kinds: ['COMPLAINT'],
    });
    expect(figures.find((figure) => figure.label === 'Cited in the text')?.drilldown).toBeNull();
  });
});

it('opens a new action about the policy', () => {
  expect(newActionUrl(receiptRule.id)).toBe(`/actions/new?policy=${receiptRule.id}`);
});
