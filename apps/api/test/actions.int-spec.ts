import { Clock } from '../src/common/clock';
import { Role } from '../src/auth/role.enum';
import { CREATE_POLICY } from './support/factories';
import { type Caller, startTestApp, type TestApp } from './support/test-app';

const CREATE = `mutation ($input: CreateActionInput!) {
  createImprovementAction(input: $input) { id status startedOn doneOn } }`;
const UPDATE = `mutation ($input: UpdateActionInput!) {
  updateImprovementAction(input: $input) { id status startedOn doneOn } }`;
const REVIEW_ACTIONS = `query ($input: ReviewPackInput!) { reviewPack(input: $input) { actions { id } } }`;
const OPEN = `query ($input: OpenActionsInput!) {
  openImprovementActions(input: $input) { id title status } }`;

interface Action {
  id: string;
  status: string;
  startedOn: string | null;
  doneOn: string | null;
}

describe('improvement actions', () => {
  let api: TestApp;
  let manager: Caller;
  let policyId: string;

  beforeAll(async () => {
    api = await startTestApp();
    manager = await api.as(Role.MANAGER);
    const policy = await api.graphql<{ createPolicy: { id: string } }>(
      CREATE_POLICY,
      { input: { name: 'Engineer visits are booked in four-hour windows' } },
      manager,
    );
    policyId = policy.data!.createPolicy.id;
  });
  afterAll(() => api.close());
  afterEach(() => jest.restoreAllMocks());

  const today = (day: string) =>
    jest.spyOn(api.app.get(Clock), 'now').mockReturnValue(new Date(`${day}T15:00:00Z`));

  async function create(input: Record<string, unknown>): Promise<Action> {
    const response = await api.graphql<{ createImprovementAction: Action }>(
      CREATE,
      { input: { title: 'Saturday engineer rota', owner: 'Priya Raman', ...input } },
      manager,
    );
    expect(response.errors).toBeUndefined();
    return response.data!.createImprovementAction;
  }

  async function update(input: Record<string, unknown>): Promise<Action> {
    const response = await api.graphql<{ updateImprovementAction: Action }>(
      UPDATE,
      { input },
      manager,
    );
    expect(response.errors).toBeUndefined();
    return response.data!.updateImprovementAction;
  }

  /** The months (YYYY-MM of 2026) whose review lists the action. */
  async function monthsListing(id: string): Promise<string[]> {
    const months: string[] = [];
    for (let m = 6; m <= 11; m++) {
      const from = `2026-${String(m).padStart(2, '0')}-01`;
      const to = `2026-${String(m + 1).padStart(2, '0')}-01`;
      const response = await api.graphql<{ reviewPack: { actions: { id: string }[] } }>(
        REVIEW_ACTIONS,
        { input: { from, to } },
        manager,
      );
      expect(response.errors).toBeUndefined();
      if (response.data!.reviewPack.actions.some((a) => a.id === id)) months.push(from.slice(0, 7));
    }
    return months;
  }

  describe('an abandoned action', () => {
    it('records the day it was abandoned and is reviewed only in the months it was open', async () => {
      today('2026-07-03');
      const action = await create({ status: 'IN_PROGRESS', startedOn: '2026-07-01', policyId });
      today('2026-08-20');
      const abandoned = await update({ id: action.id, status: 'ABANDONED' });

      expect(abandoned.doneOn).toBe('2026-08-20');
      expect(await monthsListing(action.id)).toEqual(['2026-07', '2026-08']);
    });

    it('keeps the end day it is given', async () => {
      today('2026-11-30');
      const action = await create({
        status: 'ABANDONED',
        startedOn: '2026-06-10',
        doneOn: '2026-06-25',
      });

      expect(action.doneOn).toBe('2026-06-25');
      expect(await monthsListing(action.id)).toEqual(['2026-06']);
    });

    it('given up before its planned start ends no earlier than that start', async () => {
      today('2026-09-01');
      const action = await create({ status: 'PLANNED', startedOn: '2026-10-05' });
      const abandoned = await update({ id: action.id, status: 'ABANDONED' });

      expect(abandoned.doneOn).toBe('2026-10-05');
    });
  });

  describe('open actions on a policy', () => {
    it('lists the planned and under-way actions on the policy, oldest first, and no others', async () => {
      today('2026-11-02');
      const policyOf = async (name: string) =>
        (
          await api.graphql<{ createPolicy: { id: string } }>(
            CREATE_POLICY,
            { input: { name } },
            manager,
          )
        ).data!.createPolicy.id;
      const rule = await policyOf('Warranty claims need product registration');
      const other = await policyOf('A late payment fee applies after 14 days');
      const planned = await create({
        title: 'Register at the till',
        status: 'PLANNED',
        policyId: rule,
      });
      const underWay = await create({
        title: 'Register by text message',
        status: 'IN_PROGRESS',
        startedOn: '2026-10-01',
        policyId: rule,
      });
      await create({
        title: 'Registration reminder',
        status: 'DONE',
        startedOn: '2026-09-01',
        doneOn: '2026-09-20',
        policyId: rule,
      });
      await create({ title: 'Online registration', status: 'ABANDONED', policyId: rule });
      await create({ title: 'Waive the fee once', status: 'PLANNED', policyId: other });

      const response = await api.graphql<{
        openImprovementActions: { id: string; title: string; status: string }[];
      }>(OPEN, { input: { policyId: rule } }, manager);

      expect(response.errors).toBeUndefined();
      expect(response.data!.openImprovementActions).toEqual([
        { id: planned.id, title: 'Register at the till', status: 'PLANNED' },
        { id: underWay.id, title: 'Register by text message', status: 'IN_PROGRESS' },
      ]);
    });

    it('names the field when the policy is unknown or not an id', async () => {
      const unknown = await api.graphql(
        OPEN,
        { input: { policyId: '00000000-0000-4000-8000-000000000000' } },
        manager,
      );
      expect(unknown.errors?.[0]?.extensions?.fields).toEqual([
        expect.objectContaining({ field: 'policyId', rule: 'exists' }),
      ]);
      const malformed = await api.graphql(OPEN, { input: { policyId: 'nope' } }, manager);
      expect(malformed.errors?.[0]?.message).toContain('policyId must be an id');
    });
  });
});
