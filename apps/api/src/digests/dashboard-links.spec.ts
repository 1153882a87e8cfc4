import { ItemKind } from '../items/item.enums';
import { ComplaintStep, SlaClock } from '../insights/read-model/drilldown.types';
import { DashboardLinks } from './dashboard-links';

const links = new DashboardLinks('https://fulcrum.example.org/app');

describe('DashboardLinks', () => {
  it('writes a drill-down in the Explorer URL form the dashboard reads', () => {
    const url = new URL(
      links.items(
        {
          receivedFrom: new Date('2026-11-01T00:00:00Z'),
          receivedTo: new Date('2026-12-01T00:00:00Z'),
          kinds: [ItemKind.COMPLAINT],
          slaBreached: SlaClock.FIRST_RESPONSE,
          protocolStepMissing: ComplaintStep.OPTIONS_OFFERED,
          rated: true,
          teamIds: ['0F8B0C6E-6B1E-4D7A-9E55-3C7F6C1E2A10'],
        },
        'Complaints, Nov 2026',
      ),
    );
    expect(url.origin + url.pathname).toBe('https://fulcrum.example.org/app/explorer');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      about: 'Complaints, Nov 2026',
      'd.receivedFrom': '2026-11-01',
      'd.receivedTo': '2026-12-01',
      'd.kinds': 'complaint',
      'd.slaBreached': 'first_response',
      'd.protocolStepMissing': 'options_offered',
      'd.rated': 'yes',
      'd.teamIds': '0F8B0C6E-6B1E-4D7A-9E55-3C7F6C1E2A10',
    });
  });

  it('keeps an instant that is not midnight whole', () => {
    const url = new URL(links.items({ openAt: new Date('2026-11-20T12:30:00Z') }, 'Open'));
    expect(url.searchParams.get('d.openAt')).toBe('2026-11-20T12:30:00.000Z');
  });

  it('opens the review on the months a period covers', () => {
    expect(links.review({ from: '2026-11-01', to: '2026-12-01' })).toBe(
      'https://fulcrum.example.org/app/review?from=2026-11&to=2026-11',
    );
    expect(links.review({ from: '2026-11-30', to: '2026-12-07' })).toBe(
      'https://fulcrum.example.org/app/review?from=2026-11&to=2026-12',
    );
  });
});
