import { Role } from '../src/auth/role.enum';
import { CREATE_POLICY, CREATE_TEAM } from './support/factories';
import { type Caller, startTestApp, type TestApp } from './support/test-app';

describe('organisation, users and API keys', () => {
  let api: TestApp;
  let admin: Caller;
  let manager: Caller;

  beforeAll(async () => {
    api = await startTestApp();
    [admin, manager] = await Promise.all([api.as(Role.ADMIN), api.as(Role.MANAGER)]);
  });
  afterAll(() => api.close());

  const fieldsOf = (response: Awaited<ReturnType<TestApp['graphql']>>) =>
    response.errors?.[0]?.extensions?.fields?.map(({ field, rule }) => ({ field, rule }));

  it('creates and edits a team, and refuses a second team of the same name in any case', async () => {
    const created = await api.graphql<{ createTeam: { id: string } }>(
      CREATE_TEAM,
      { input: { name: 'Facilities', staffCount: 4 } },
      manager,
    );
    const id = created.data!.createTeam.id;
    const edited = await api.graphql(
      'mutation ($input: UpdateTeamInput!) { updateTeam(input: $input) { name staffCount } }',
      { input: { id, staffCount: 5 } },
      manager,
    );
    expect(edited.data).toEqual({ updateTeam: { name: 'Facilities', staffCount: 5 } });
    const duplicate = await api.graphql(
      CREATE_TEAM,
      { input: { name: 'FACILITIES ', staffCount: 1 } },
      manager,
    );
    expect(duplicate.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      fields: [{ field: 'name', rule: 'unique' }],
    });
  });

  it('rejects a negative staff count and an unknown id', async () => {
    expect(
      fieldsOf(
        await api.graphql(CREATE_TEAM, { input: { name: 'Negative', staffCount: -1 } }, manager),
      ),
    ).toEqual([{ field: 'staffCount', rule: 'min' }]);
    const missing = await api.graphql(
      'mutation { updateTeam(input: { id: "00000000-0000-4000-8000-000000000000", staffCount: 2 }) { id } }',
      {},
      manager,
    );
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('keeps policy aliases trimmed and without repeats, and names the bad alias', async () => {
    const created = await api.graphql(
      CREATE_POLICY,
      {
        input: {
          name: 'Refunds need a receipt',
          aliases: [' receipt rule', 'receipt rule', 'proof of purchase'],
        },
      },
      manager,
    );
    expect(created.data).toMatchObject({
      createPolicy: { aliases: ['receipt rule', 'proof of purchase'] },
    });
    const blank = await api.graphql(
      CREATE_POLICY,
      { input: { name: 'Another', aliases: ['ok', ' '] } },
      manager,
    );
    expect(fieldsOf(blank)).toEqual([{ field: 'aliases', rule: 'notBlank' }]);
  });

  it('sets one service level per kind and priority, replacing it on a second call', async () => {
    const set = (firstResponseMinutes: number, resolutionMinutes: number) =>
      api.graphql(
        'mutation ($input: SetServiceLevelInput!) { setServiceLevel(input: $input) { firstResponseMinutes resolutionMinutes } }',
        {
          input: { kind: 'COMPLAINT', priority: 'HIGH', firstResponseMinutes, resolutionMinutes },
        },
        manager,
      );
    await set(60, 1440);
    expect((await set(30, 480)).data).toEqual({
      setServiceLevel: { firstResponseMinutes: 30, resolutionMinutes: 480 },
    });
    const levels = await api.graphql<{ serviceLevels: unknown[] }>(
      '{ serviceLevels { kind } }',
      {},
      manager,
    );
    expect(levels.data!.serviceLevels).toHaveLength(1);
    expect(fieldsOf(await set(120, 60))).toEqual([
      { field: 'resolutionMinutes', rule: 'notLessThanFirstResponse' },
    ]);
  });

  it('records sick leave only with a number of days', async () => {
    const team = await api.graphql<{ createTeam: { id: string } }>(
      CREATE_TEAM,
      { input: { name: 'HR', staffCount: 3 } },
      manager,
    );
    const teamId = team.data!.createTeam.id;
    const record = (input: Record<string, unknown>) =>
      api.graphql(
        'mutation ($input: RecordStaffingEventInput!) { recordStaffingEvent(input: $input) { type sickDays } }',
        { input: { teamId, ...input } },
        manager,
      );
    expect(
      (await record({ type: 'SICK_LEAVE', occurredOn: '2026-02-03', sickDays: 12 })).data,
    ).toEqual({ recordStaffingEvent: { type: 'SICK_LEAVE', sickDays: 12 } });
    expect(fieldsOf(await record({ type: 'SICK_LEAVE', occurredOn: '2026-02-03' }))).toEqual([
      { field: 'sickDays', rule: 'required' },
    ]);
    expect(fieldsOf(await record({ type: 'HIRE', occurredOn: '2026-02-30' }))).toEqual([
      { field: 'occurredOn', rule: 'isPastDay' },
    ]);
  });

  it('creates an improvement action linked to a policy and refuses a done date before the start', async () => {
    const policy = await api.graphql<{ createPolicy: { id: string } }>(
      CREATE_POLICY,
      { input: { name: 'Two signatures for refunds' } },
      manager,
    );
    const create = (input: Record<string, unknown>) =>
      api.graphql(
        'mutation ($input: CreateActionInput!) { createImprovementAction(input: $input) { title status policyId } }',
        {
          input: {
            title: 'Drop the second signature',
            owner: 'Finance lead',
            policyId: policy.data!.createPolicy.id,
            ...input,
          },
        },
        manager,
      );
    expect((await create({ startedOn: '2026-01-10' })).data).toMatchObject({
      createImprovementAction: { status: 'PLANNED' },
    });
    expect(fieldsOf(await create({ startedOn: '2026-01-10', doneOn: '2026-01-01' }))).toEqual([
      { field: 'doneOn', rule: 'notBeforeStart' },
    ]);
  });

  it('signs a user in, refuses a wrong password without saying which part was wrong, and stops a deactivated user', async () => {
    const created = await api.graphql<{ createUser: { id: string } }>(
      'mutation ($input: CreateUserInput!) { createUser(input: $input) { id role } }',
      {
        input: {
          email: 'Owner@Example.org',
          displayName: 'Olu Owner',
          role: 'PROCESS_OWNER',
          password: 'long enough password',
        },
      },
      admin,
    );
    const login = (password: string) =>
      api.graphql<{ login: { token: string } }>(
        'mutation ($input: LoginInput!) { login(input: $input) { token user { email } } }',
        {
          input: { email: 'owner@example.org', password },
        },
      );
    const good = await login('long enough password');
    expect(good.data).toMatchObject({ login: { user: { email: 'owner@example.org' } } });
    const bad = await login('wrong password');
    expect(bad.errors?.[0]).toMatchObject({
      message: 'Email or password is incorrect',
      extensions: { code: 'UNAUTHENTICATED' },
    });

    const token = { token: good.data!.login.token };
    expect((await api.graphql('{ viewer { role } }', {}, token)).data).toEqual({
      viewer: { role: 'PROCESS_OWNER' },
    });
    await api.graphql(
      'mutation ($input: UpdateUserInput!) { updateUser(input: $input) { active } }',
      { input: { id: created.data!.createUser.id, active: false } },
      admin,
    );
    expect(
      (await api.graphql('{ viewer { role } }', {}, token)).errors?.[0]?.extensions?.code,
    ).toBe('UNAUTHENTICATED');
  });

  it('refuses to let an admin deactivate themselves or remove the last active admin', async () => {
    const { viewer } = (
      await api.graphql<{ viewer: { id: string } }>('{ viewer { id } }', {}, admin)
    ).data!;
    const update = (input: Record<string, unknown>) =>
      api.graphql(
        'mutation ($input: UpdateUserInput!) { updateUser(input: $input) { id } }',
        { input },
        admin,
      );
    expect(fieldsOf(await update({ id: viewer.id, active: false }))).toEqual([
      { field: 'active', rule: 'notSelf' },
    ]);
    expect(fieldsOf(await update({ id: viewer.id, role: 'MANAGER' }))).toEqual([
      { field: 'role', rule: 'lastAdmin' },
    ]);
  });

  it('refuses to give a person the integrator role and a short password', async () => {
    const response = await api.graphql(
      'mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }',
      {
        input: { email: 'x@example.org', displayName: 'X', role: 'INTEGRATOR', password: 'short' },
      },
      admin,
    );
    expect(fieldsOf(response)).toEqual([
      { field: 'role', rule: 'isIn' },
      { field: 'password', rule: 'minLength' },
    ]);
  });

  it('issues an API key whose secret works once stored and stops working when revoked', async () => {
    const created = await api.graphql<{
      createApiKey: { secret: string; apiKey: { id: string; prefix: string } };
    }>(
      'mutation { createApiKey(input: { name: "Helpdesk nightly export" }) { secret apiKey { id prefix } } }',
      {},
      admin,
    );
    const { secret, apiKey } = created.data!.createApiKey;
    expect(secret.startsWith(apiKey.prefix)).toBe(true);
    expect((await api.graphql('{ viewer { role kind } }', {}, { apiKey: secret })).data).toEqual({
      viewer: { role: 'INTEGRATOR', kind: 'api_key' },
    });
    await api.graphql(
      'mutation ($input: IdInput!) { revokeApiKey(input: $input) { revokedAt } }',
      { input: { id: apiKey.id } },
      admin,
    );
    expect(
      (await api.graphql('{ viewer { role } }', {}, { apiKey: secret })).errors?.[0]?.extensions
        ?.code,
    ).toBe('UNAUTHENTICATED');
  });

  it('refuses a malformed or expired token', async () => {
    const response = await api.graphql('{ viewer { role } }', {}, { token: 'not-a-token' });
    expect(response.errors?.[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  });
});
