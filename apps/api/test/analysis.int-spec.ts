import { Client } from 'pg';
import { AnalyzerService } from '../src/analysis/analyzer.service';
import { ReanalysisWorker } from '../src/analysis/reanalysis.worker';
import { Role } from '../src/auth/role.enum';
import { anItem, CREATE_POLICY, SUBMIT_ITEM } from './support/factories';
import { type Caller, startTestApp, type TestApp } from './support/test-app';

const CREATE_THEME = `mutation ($input: CreateThemeInput!) { createTheme(input: $input) { id name } }`;
const ITEM_ANALYSIS = `query ($id: ID!) {
  item(id: $id) {
    displayText sentiment flags themes { name origin }
    analysis {
      status modelVersion error
      sentiment { label score evidence { text } }
      themes { name score origin evidence { start end text } }
      flags { type eventId evidence spans { text } }
      policyMentions { policyName matched confidence evidence { text } }
    }
  }
}`;

describe('text analysis in intake, corrections, training and re-analysis', () => {
  let api: TestApp;
  let manager: Caller;
  let staff: Caller;
  let db: Client;
  let refundsThemeId: string;
  let deliveryThemeId: string;

  const submit = async (overrides: Record<string, unknown>) =>
    (
      await api.graphql<{ submitItem: { item: { id: string } } }>(
        SUBMIT_ITEM,
        { input: anItem(overrides) },
        staff,
      )
    ).data!.submitItem.item.id;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- assertions walk the whole response
  type AnyItem = Record<string, any>;
  const analysisOf = async (id: string) =>
    (await api.graphql<{ item: AnyItem }>(ITEM_ANALYSIS, { id }, manager)).data!.item;
  const drainBackgroundWork = () => api.app.get(ReanalysisWorker).tick();

  beforeAll(async () => {
    api = await startTestApp();
    [manager, staff] = await Promise.all([api.as(Role.MANAGER), api.as(Role.STAFF)]);
    db = new Client({ connectionString: api.databaseUrl });
    await db.connect();
    refundsThemeId = (
      await api.graphql<{ createTheme: { id: string } }>(
        CREATE_THEME,
        { input: { name: 'Refunds', keywords: ['refund', 'money back'] } },
        manager,
      )
    ).data!.createTheme.id;
    deliveryThemeId = (
      await api.graphql<{ createTheme: { id: string } }>(
        CREATE_THEME,
        { input: { name: 'Deliveries', keywords: ['delivery', 'parcel', 'courier'] } },
        manager,
      )
    ).data!.createTheme.id;
    await api.graphql(
      CREATE_POLICY,
      { input: { name: 'Refunds need a receipt', aliases: ['receipt rule', 'proof of purchase'] } },
      manager,
    );
    await drainBackgroundWork();
  });
  afterAll(async () => {
    await db.end();
    await api.close();
  });

  it('stores each new item with its analysis, evidence and a redacted copy of the text', async () => {
    const id = await submit({
      text: 'Still waiting for my refund after three weeks. Your receipt rule is absurd. Email me at jane.doe@example.org or I will cancel my account.',
    });
    const item = await analysisOf(id);
    expect(item.displayText).not.toContain('jane.doe@example.org');
    expect(item.analysis).toMatchObject({
      status: 'DONE',
      error: null,
      sentiment: { label: 'NEGATIVE' },
    });
    expect(item.analysis.themes).toEqual([
      expect.objectContaining({ name: 'Refunds', origin: 'ANALYSIS' }),
    ]);
    const [theme] = item.analysis.themes;
    expect(theme.evidence[0].text.toLowerCase()).toContain('refund');
    expect(item.displayText.slice(theme.evidence[0].start, theme.evidence[0].end)).toBe(
      theme.evidence[0].text,
    );
    expect(item.analysis.policyMentions).toEqual([
      expect.objectContaining({ policyName: 'Refunds need a receipt' }),
    ]);
    expect(item.flags).toEqual(expect.arrayContaining(['CHURN_RISK', 'POLICY_FRICTION']));
  });

  it('leaves a text that matches no theme untagged', async () => {
    const item = await analysisOf(
      await submit({ kind: 'COMPLIMENT', text: 'Thank you, the new opening hours are great.' }),
    );
    expect(item.analysis.themes).toEqual([]);
    expect(item.analysis.sentiment.label).toBe('POSITIVE');
  });

  it('finds excuses and protocol cues in staff replies and links them to the reply', async () => {
    const id = await submit({ text: 'My parcel never arrived.' });
    const reply = await api.graphql<{ recordItemEvent: { id: string } }>(
      'mutation ($input: RecordItemEventInput!) { recordItemEvent(input: $input) { id } }',
      {
        input: {
          itemId: id,
          type: 'STAFF_REPLY',
          text: "I'm sorry, but due to our policy there is nothing I can do. It's not my department.",
        },
      },
      staff,
    );
    const item = await analysisOf(id);
    const fromReply = item.analysis.flags.filter(
      (flag: { eventId: string }) => flag.eventId === reply.data!.recordItemEvent.id,
    );
    expect(fromReply.map((flag: { type: string }) => flag.type)).toEqual(
      expect.arrayContaining(['EXCUSE', 'PROTOCOL_APOLOGY']),
    );
  });

  it('filters items by theme, flag and sentiment', async () => {
    const response = await api.graphql<{
      items: { nodes: { themes: { name: string }[]; sentiment: string }[] };
    }>(
      `query ($filter: ItemFilterInput) { items(first: 50, filter: $filter) { nodes { sentiment themes { name } } } }`,
      { filter: { themeIds: [refundsThemeId], flags: ['CHURN_RISK'], sentiments: ['NEGATIVE'] } },
      manager,
    );
    expect(response.data!.items.nodes.length).toBeGreaterThan(0);
    for (const node of response.data!.items.nodes) {
      expect(node.sentiment).toBe('NEGATIVE');
      expect(node.themes.map((theme) => theme.name)).toContain('Refunds');
    }
  });

  it('counts a policy mention the analysis found as a link to the policy when filtering', async () => {
    const id = await submit({ text: 'The proof of purchase rule is absurd, I paid by card.' });
    const { policies } = (
      await api.graphql<{ policies: { id: string; name: string }[] }>(
        '{ policies { id name } }',
        {},
        manager,
      )
    ).data!;
    const receipt = policies.find((policy) => policy.name === 'Refunds need a receipt')!;
    const response = await api.graphql<{
      items: { nodes: { id: string; policyId: string | null }[] };
    }>(
      'query ($filter: ItemFilterInput) { items(first: 100, filter: $filter) { nodes { id policyId } } }',
      { filter: { policyIds: [receipt.id] } },
      manager,
    );
    expect(response.data!.items.nodes).toContainEqual({ id, policyId: null });
  });

  it('searches the masked text, so a search cannot reveal who wrote an e-mail address', async () => {
    await submit({ text: 'Please write to me at secret.person@example.org about the refund.' });
    const search = (words: string) =>
      api.graphql<{ items: { totalCount: number } }>(
        'query ($filter: ItemFilterInput) { items(first: 1, filter: $filter) { totalCount } }',
        { filter: { search: words } },
        manager,
      );
    expect((await search('secret.person@example.org')).data!.items.totalCount).toBe(0);
    expect((await search('write to me at')).data!.items.totalCount).toBe(1);
  });

  it("keeps a person's theme correction through re-analysis", async () => {
    const id = await submit({ text: 'The courier left my refund cheque with a neighbour.' });
    await api.graphql(
      'mutation ($input: CorrectItemThemesInput!) { correctItemThemes(input: $input) { id } }',
      { input: { itemId: id, themeIds: [deliveryThemeId] } },
      manager,
    );
    await api.graphql(
      'mutation { startReanalysis(input: { reason: "test" }) { id } }',
      {},
      manager,
    );
    await drainBackgroundWork();
    expect((await analysisOf(id)).themes).toEqual([{ name: 'Deliveries', origin: 'CORRECTION' }]);
  });

  it('re-analyses history when a theme is added, and reports the finished job', async () => {
    const id = await submit({ text: 'The boiler engineer did not turn up for the appointment.' });
    expect((await analysisOf(id)).themes).toEqual([]);
    await api.graphql(
      CREATE_THEME,
      { input: { name: 'Appointments', keywords: ['appointment', 'engineer'] } },
      manager,
    );
    await drainBackgroundWork();
    expect((await analysisOf(id)).themes).toEqual([{ name: 'Appointments', origin: 'ANALYSIS' }]);
    const jobs = await api.graphql<{
      analysisJobs: { status: string; processed: number; total: number; reason: string }[];
    }>('{ analysisJobs { status processed total reason } }', {}, manager);
    expect(jobs.data!.analysisJobs[0]).toMatchObject({
      status: 'DONE',
      reason: 'theme "Appointments" added',
    });
    expect(jobs.data!.analysisJobs[0].processed).toBe(jobs.data!.analysisJobs[0].total);
  });

  it('resumes an interrupted re-analysis from its cursor without counting an item twice', async () => {
    const { rows: items } = await db.query<{ id: string }>('SELECT id FROM items ORDER BY id');
    const middle = items[Math.floor(items.length / 2)].id;
    const done = items.filter((item) => item.id <= middle).length;
    // A worker that died half-way: running, stale heartbeat, cursor in the middle.
    await db.query(
      `INSERT INTO analysis_jobs (reason, status, total, processed, cursor, leased_by, heartbeat_at, started_at)
       VALUES ('interrupted', 'running', $1, $2, $3, 'dead-worker', now() - interval '10 minutes', now() - interval '11 minutes')`,
      [items.length, done, middle],
    );
    await db.query(`UPDATE item_analyses SET model_version = 'old' `);
    await drainBackgroundWork();
    const {
      rows: [job],
    } = await db.query(
      `SELECT status, processed, total FROM analysis_jobs WHERE reason = 'interrupted'`,
    );
    expect(job).toEqual({ status: 'done', processed: items.length, total: items.length });
    const {
      rows: [stale],
    } = await db.query(
      `SELECT count(*) FILTER (WHERE i.id > $1 AND a.model_version = 'old')::int AS after_cursor,
              count(*) FILTER (WHERE i.id <= $1 AND a.model_version = 'old')::int AS before_cursor
         FROM items i JOIN item_analyses a ON a.item_id = i.id`,
      [middle],
    );
    expect(stale).toEqual({ after_cursor: 0, before_cursor: done });
  });

  it('stores the item when its analysis fails, and retries the analysis later', async () => {
    // A theme the library cannot compile (written past the API's own check) breaks the analyzer.
    await db.query(`INSERT INTO themes (name, keywords) VALUES ('Broken', ARRAY['(unclosed'])`);
    api.app.get(AnalyzerService).invalidate(); // as if the few seconds of caching had passed
    const id = await submit({ text: 'My refund is late.' });
    expect((await analysisOf(id)).analysis).toMatchObject({
      status: 'FAILED',
      error: expect.stringContaining('unavailable'),
    });
    await db.query(`DELETE FROM themes WHERE name = 'Broken'`);
    api.app.get(AnalyzerService).invalidate();
    await db.query(
      `UPDATE item_analyses SET analysed_at = now() - interval '1 hour' WHERE item_id = $1`,
      [id],
    );
    await drainBackgroundWork();
    expect((await analysisOf(id)).analysis).toMatchObject({
      status: 'DONE',
      themes: [expect.objectContaining({ name: 'Refunds' })],
    });
  });

  it('refuses keywords the analysis cannot read, naming the field', async () => {
    const response = await api.graphql(
      CREATE_THEME,
      { input: { name: 'Odd', keywords: ['(a|b'] } },
      manager,
    );
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [expect.objectContaining({ field: 'keywords', rule: 'pattern' })],
    });
  });

  it('trains a theme model from examples and corrections, activates it and records it in new analyses', async () => {
    const examples = (words: string) =>
      Array.from({ length: 30 }, (_, index) => `${words} case ${index} for the team`);
    await api.graphql(
      'mutation ($input: UpdateThemeInput!) { updateTheme(input: $input) { id } }',
      { input: { id: refundsThemeId, examples: examples('I want my money returned') } },
      manager,
    );
    await api.graphql(
      'mutation ($input: UpdateThemeInput!) { updateTheme(input: $input) { id } }',
      { input: { id: deliveryThemeId, examples: examples('the van never brought my box') } },
      manager,
    );
    const trained = await api.graphql<{
      trainThemeModel: {
        version: string;
        active: boolean;
        exampleCount: number;
        quality: { accuracy: number } | null;
      };
    }>(
      'mutation { trainThemeModel(input: { activate: true }) { version active exampleCount quality { heldOut accuracy macroF1 keywordsAccuracy keywordsMacroF1 } } }',
      {},
      manager,
    );
    expect(trained.errors).toBeUndefined();
    const model = trained.data!.trainThemeModel;
    expect(model).toMatchObject({ active: true });
    expect(model.exampleCount).toBeGreaterThanOrEqual(60);
    expect(model.quality!.accuracy).toBeGreaterThan(0.8);
    expect(model.quality).toEqual(
      expect.objectContaining({
        keywordsAccuracy: expect.any(Number),
        keywordsMacroF1: expect.any(Number),
      }),
    );
    const id = await submit({ text: 'The van never brought my box.' });
    const item = await analysisOf(id);
    expect(item.analysis.modelVersion).toContain(model.version);
    expect(item.analysis.themes.map((theme: { name: string }) => theme.name)).toContain(
      'Deliveries',
    );
  });

  it('switches between trained models and back to keywords, re-analysing each time, and cancels waiting work', async () => {
    // New examples make a new model (the same examples would give back the same one).
    await api.graphql(
      'mutation ($input: UpdateThemeInput!) { updateTheme(input: $input) { id } }',
      {
        input: {
          id: deliveryThemeId,
          examples: Array.from({ length: 30 }, (_, index) => `parcel ${index} left in the rain`),
        },
      },
      manager,
    );
    const trained = await api.graphql<{ trainThemeModel: { id: string } }>(
      'mutation { trainThemeModel(input: { activate: false }) { id } }',
      {},
      manager,
    );
    const models = () =>
      api.graphql<{ analysisModels: { id: string; active: boolean }[] }>(
        '{ analysisModels { id active } }',
        {},
        manager,
      );
    expect(
      (await models()).data!.analysisModels.find(
        (model) => model.id === trained.data!.trainThemeModel.id,
      )?.active,
    ).toBe(false);
    await api.graphql(
      'mutation ($input: IdInput!) { activateAnalysisModel(input: $input) { id } }',
      { input: { id: trained.data!.trainThemeModel.id } },
      manager,
    );
    const active = (await models()).data!.analysisModels.filter((model) => model.active);
    expect(active.map((model) => model.id)).toEqual([trained.data!.trainThemeModel.id]);
    await api.graphql('mutation { deactivateThemeModel }', {}, manager);
    expect((await models()).data!.analysisModels.filter((model) => model.active)).toEqual([]);
    expect(
      (
        await api.graphql<{ cancelReanalysis: number }>(
          'mutation { cancelReanalysis }',
          {},
          manager,
        )
      ).data!.cancelReanalysis,
    ).toBe(1);
    const jobs = await api.graphql<{ analysisJobs: { status: string }[] }>(
      '{ analysisJobs { status } }',
      {},
      manager,
    );
    expect(jobs.data!.analysisJobs[0].status).toBe('CANCELLED');
  });

  it('refuses to train without enough examples', async () => {
    const fresh = await startTestApp();
    try {
      const response = await fresh.graphql(
        'mutation { trainThemeModel(input: { activate: true }) { id } }',
        {},
        await fresh.as(Role.MANAGER),
      );
      expect(response.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [expect.objectContaining({ rule: 'enoughExamples' })],
      });
    } finally {
      await fresh.close();
    }
  });

  it('offers phrases that are new among untagged items as candidate themes', async () => {
    for (let index = 0; index < 6; index += 1) {
      await submit({
        text: `The smart meter app keeps logging me out, attempt ${index}.`,
        receivedAt: '2026-11-19T11:00:00.000Z',
      });
    }
    const response = await api.graphql<{
      emergingTopics: { phrase: string; items: number; examples: { id: string }[] }[];
    }>(
      'query ($input: EmergingTopicsInput!) { emergingTopics(input: $input) { phrase items examples { id } } }',
      {
        input: {
          from: '2026-11-19T00:00:00.000Z',
          to: '2026-11-20T00:00:00.000Z',
        },
      },
      manager,
    );
    expect(response.errors).toBeUndefined();
    const phrases = response.data!.emergingTopics.map((topic) => topic.phrase);
    expect(phrases.some((phrase) => /smart meter|meter app|logging/.test(phrase))).toBe(true);
  });
});
