import { digestsCsv, framedMail } from './digest-shape';

describe('digest shape', () => {
  it('writes one CSV row per digest, quoting what needs it', () => {
    const csv = digestsCsv([
      {
        id: 'd1',
        frequency: 'MONTHLY',
        subject: 'Fulcrum monthly review digest: Oct 2026',
        recipient: 'manager@example.org',
        transport: 'OUTBOX',
        sentAt: '2026-11-01T00:05:00.000Z',
        period: { from: '2026-10-01', to: '2026-11-01', label: 'Oct 2026' },
      },
    ]);
    expect(csv.split('\r\n')).toEqual([
      '\uFEFFperiod,from,to,frequency,subject,recipient,delivery,sent at',
      'Oct 2026,2026-10-01,2026-11-01,monthly,Fulcrum monthly review digest: Oct 2026,manager@example.org,Outbox,2026-11-01T00:05:00.000Z',
      '',
    ]);
  });

  it('makes the framed mail open its links in the window', () => {
    expect(framedMail('<html><head><title>x</title></head></html>')).toBe(
      '<html><head><base target="_top"><title>x</title></head></html>',
    );
  });
});
