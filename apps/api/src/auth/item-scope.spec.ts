import {
  itemScopeCondition,
  itemScopeOf,
  maySendStaffReports,
  mayReadRawText,
  wroteItem,
} from './item-scope';
import type { Principal } from './principal';
import { Role } from './role.enum';

const aPerson = (role: Role, id = 'user-1'): Principal => ({
  kind: 'user',
  id,
  role,
  teamId: null,
  name: 'Someone',
});
const aKey = (id = 'key-1'): Principal => ({
  kind: 'api_key',
  id,
  role: Role.INTEGRATOR,
  teamId: null,
  name: 'Helpdesk',
});
const loggedBy = (userId: string | null, apiKeyId: string | null = null) => ({
  recordedById: userId,
  recordedByApiKeyId: apiKeyId,
});

describe('item scope', () => {
  it('gives managers and process owners every item, and admins none', () => {
    expect(itemScopeOf(aPerson(Role.MANAGER))).toEqual({ kind: 'all' });
    expect(itemScopeOf(aPerson(Role.PROCESS_OWNER))).toEqual({ kind: 'all' });
    expect(itemScopeOf(aPerson(Role.ADMIN))).toEqual({ kind: 'none' });
    expect(itemScopeCondition(aPerson(Role.MANAGER), 'item')).toBeNull();
    expect(itemScopeCondition(aPerson(Role.ADMIN), 'item')?.sql).toBe('FALSE');
  });

  it('limits staff to what they logged or handled, and a key to what it wrote', () => {
    const staff = itemScopeCondition(aPerson(Role.STAFF, 'u-7'), 'i');
    expect(staff?.sql).toContain('i.id IN (');
    expect(staff?.sql).toContain('scope_item.recorded_by_id = :scopeUserId');
    expect(staff?.sql).toContain('scope_event.actor_id = :scopeUserId');
    expect(staff?.params).toEqual({ scopeUserId: 'u-7' });
    expect(itemScopeCondition(aKey('k-2'), 'i')).toEqual({
      sql: 'i.recorded_by_api_key_id = :scopeApiKeyId',
      params: { scopeApiKeyId: 'k-2' },
    });
  });

  it('knows a writer by the same person or the same key, never by an id of the other kind', () => {
    expect(wroteItem(aPerson(Role.STAFF, 'x'), loggedBy('x'))).toBe(true);
    expect(wroteItem(aKey('x'), loggedBy('x'))).toBe(false);
    expect(wroteItem(aKey('k'), loggedBy(null, 'k'))).toBe(true);
    expect(wroteItem(aPerson(Role.MANAGER, 'k'), loggedBy(null, 'k'))).toBe(false);
  });

  it('hands raw text to managers, process owners and the staff member who logged the item', () => {
    expect(mayReadRawText(aPerson(Role.MANAGER), loggedBy(null))).toBe(true);
    expect(mayReadRawText(aPerson(Role.PROCESS_OWNER), loggedBy(null))).toBe(true);
    expect(mayReadRawText(aPerson(Role.STAFF, 's'), loggedBy('s'))).toBe(true);
    expect(mayReadRawText(aPerson(Role.STAFF, 's'), loggedBy('other'))).toBe(false);
    expect(mayReadRawText(aKey('k'), loggedBy(null, 'k'))).toBe(false);
    expect(mayReadRawText(aPerson(Role.ADMIN), loggedBy(null))).toBe(false);
  });

  it('takes staff reports from people only', () => {
    expect(maySendStaffReports(aPerson(Role.STAFF))).toBe(true);
    expect(maySendStaffReports(aKey())).toBe(false);
  });
});
