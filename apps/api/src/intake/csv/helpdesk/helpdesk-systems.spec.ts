import { resolveColumns } from '../column-mapping';
import { HELPDESK_SYSTEMS, helpdeskSystem, translateCell } from './helpdesk-systems';

describe('helpdesk systems', () => {
  it('finds a system by any of its names, without case or punctuation', () => {
    expect(helpdeskSystem('Zendesk')?.label).toBe('Zendesk');
    expect(helpdeskSystem('Help Scout')?.label).toBe('Help Scout');
    expect(helpdeskSystem('helpscout')?.label).toBe('Help Scout');
    expect(helpdeskSystem('JSM')?.label).toBe('Jira Service Management');
    expect(helpdeskSystem('jira-service-management')?.label).toBe('Jira Service Management');
    expect(helpdeskSystem('crm-export')).toBeUndefined();
  });

  it("translates a helpdesk's words, ignoring case and spacing, and leaves other words alone", () => {
    const zendesk = helpdeskSystem('zendesk');
    expect(translateCell(zendesk, 'satisfaction', ' Good ')).toEqual({ value: 5 });
    expect(translateCell(zendesk, 'satisfaction', 'bad')).toEqual({ value: 1 });
    expect(translateCell(zendesk, 'satisfaction', 'Offered')).toEqual({ value: null });
    expect(translateCell(zendesk, 'status', 'Hold')).toEqual({ value: 'waiting_internal' });
    expect(translateCell(zendesk, 'channel', 'Phone call  (incoming)')).toEqual({
      value: 'phone',
    });
    expect(translateCell(zendesk, 'satisfaction', '4')).toBeUndefined();
    expect(translateCell(undefined, 'satisfaction', 'good')).toBeUndefined();
    expect(translateCell(helpdeskSystem('freshdesk'), 'satisfaction', 'Extremely Unhappy')).toEqual(
      { value: 1 },
    );
    expect(translateCell(helpdeskSystem('help scout'), 'satisfaction', 'Not Good')).toEqual({
      value: 1,
    });
    expect(translateCell(helpdeskSystem('jsm'), 'priority', 'Highest')).toEqual({
      value: 'urgent',
    });
    expect(translateCell(helpdeskSystem('zammad'), 'priority', '2 normal')).toEqual({
      value: 'normal',
    });
  });

  it('only translates words into values Fulcrum has, on a 1 to 5 satisfaction scale', () => {
    for (const system of HELPDESK_SYSTEMS) {
      for (const words of Object.values(system.values)) {
        for (const value of Object.values(words)) {
          expect(value === null || typeof value === 'string' || (value >= 1 && value <= 5)).toBe(
            true,
          );
        }
        for (const word of Object.keys(words)) expect(word).toBe(word.toLowerCase());
      }
    }
  });

  it("looks a helpdesk's fields up by its own headers first, and never takes a column it says is absent", () => {
    const headers = ['Conversation ID', 'Subject', 'Type', 'Customer', 'Created At', 'Mailbox'];
    const columns = resolveColumns(headers, {}, helpdeskSystem('help scout')!.columns);
    expect(
      Object.fromEntries([...columns].map(([field, index]) => [field, headers[index]])),
    ).toEqual({
      externalId: 'Conversation ID',
      text: 'Subject',
      channel: 'Type',
      receivedAt: 'Created At',
      team: 'Mailbox',
    });
    // Without the system, Type is taken for the kind; a customer's name is never a customerRef.
    const generic = resolveColumns(headers, { externalId: 'Conversation ID', text: 'Subject' });
    expect(headers[generic.get('kind')!]).toBe('Type');
    expect(generic.has('customerRef')).toBe(false);
    // A report with the common headers instead of the export's still imports.
    const report = resolveColumns(
      ['Ticket ID', 'Description', 'Created'],
      {},
      helpdeskSystem('zendesk')!.columns,
    );
    expect([...report.keys()]).toEqual(['externalId', 'text', 'receivedAt']);
  });
});
