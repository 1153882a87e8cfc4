import {
  ADMINS,
  ANALYSTS,
  ANYONE_SIGNED_IN,
  CONFIGURERS,
  FORM_USERS,
  MANAGERS,
  ORGANISERS,
  PERSON_ROLES,
  Role,
  roleNames,
} from './index';

describe('roles and their groups', () => {
  it('names roles as GraphQL does and stores them in lower case', () => {
    expect(roleNames([Role.PROCESS_OWNER, Role.ADMIN])).toEqual(['PROCESS_OWNER', 'ADMIN']);
    expect(Role.PROCESS_OWNER).toBe('process_owner');
  });

  it('keeps integrations out of the roles a person can hold', () => {
    expect(PERSON_ROLES).not.toContain(Role.INTEGRATOR);
    expect(ANYONE_SIGNED_IN).toEqual([...PERSON_ROLES, Role.INTEGRATOR]);
  });

  it('nests the groups: managers analyse, analysts configure, admins only configure and organise', () => {
    const within = (inner: readonly Role[], outer: readonly Role[]) =>
      inner.every((role) => outer.includes(role));
    expect(within(MANAGERS, ANALYSTS)).toBe(true);
    expect(within(ANALYSTS, CONFIGURERS)).toBe(true);
    expect(within(ADMINS, ORGANISERS) && within(ORGANISERS, CONFIGURERS)).toBe(true);
    expect(ANALYSTS).not.toContain(Role.ADMIN);
    expect(FORM_USERS).not.toContain(Role.INTEGRATOR);
  });

  it('refuses a value that is not a role rather than dropping it', () => {
    expect(() => roleNames(['owner' as Role])).toThrow("Unknown role 'owner'");
  });
});
