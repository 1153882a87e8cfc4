import { ReanalysisWorker } from '../src/analysis/reanalysis.worker';
import { Role } from '../src/auth/role.enum';
import { AggregatesService } from '../src/insights/aggregates/aggregates.service';
import { anItem, SUBMIT_ITEM } from './support/factories';
import { type Caller, startTestApp, type TestApp } from './support/test-app';

const ITEM_FLAGS = `query ($id: ID!) {
  item(id: $id) {
    flags
    analysis {
      modelVersion analysed language
      flags { type confidence evidence }
      flagReviews { type verdict evidence }
    }
  }
}`;
const REVIEW = `mutation ($input: ReviewItemFlagInput!) { reviewItemFlag(input: $input) { id flags } }`;
const WARNING_EXAMPLES = `query ($input: WarningSignsInput!) {
  warningSigns(input: $input) { signs { sign evidence { text } } }
}`;
// The customer's words raise these signs with the shipped model (checked in the first test).
const JOKE = 'The staff laughed at my joke.';
const LEAVING = "I'm closing my account and moving to another bank.";
const ELSEWHERE = "I will never shop here again, I'm taking my business elsewhere.";

describe('confirming and rejecting warning-sign flags', () => {
  let api: TestApp;
  let manager: Caller;
  let processOwner: Caller;

  const submit = async (text: string) =>
    (
      await api.graphql<{ submitItem: { item: { id: string } } }>(
        SUBMIT_ITEM,
        { input: anItem({ text }) },
        manager,
      )
    ).data!.submitItem.item.id;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- assertions walk the response
  const flagsOf = async (id: string): Promise<Record<string, any>> =>
    (await api.graphql<{ item: Record<string, unknown> }>(ITEM_FLAGS, { id }, manager)).data!.item;
  const review = (itemId: string, type: string, verdict: string, as = manager) =>
    api.graphql<{ reviewItemFlag: { flags: string[] } }>(
      REVIEW,
      { input: { itemId, type, verdict } },
      as,
    );
  const reanalyse = async () => {
    await api.graphql(
      'mutation { startReanalysis(input: { reason: "test" }) { id } }',
      {},
      manager,
    );
    await api.app.get(ReanalysisWorker).tick();
  };

  beforeAll(async () => {
    api = await startTestApp();
    [manager, processOwner] = await Promise.all([api.as(Role.MANAGER), api.as(Role.PROCESS_OWNER)]);
  });
  afterAll(() => api.close());

  it('keeps a confirmed flag at full confidence, through re-analysis', async () => {
    const id = await submit(`${ELSEWHERE} Nobody answers the phone.`);
    const before = await flagsOf(id);
    expect(before.flags).toContain('CHURN_RISK');
    const answer = await review(id, 'CHURN_RISK', 'CONFIRMED', processOwner);
    expect(answer.errors).toBeUndefined();
    await reanalyse();
    const after = await flagsOf(id);
    expect(after.analysis.flags).toContainEqual(
      expect.objectContaining({ type: 'CHURN_RISK', confidence: 1 }),
    );
    expect(after.analysis.flagReviews).toEqual([
      { type: 'CHURN_RISK', verdict: 'CONFIRMED', evidence: ['I will never shop here again'] },
    ]);
    // The first analysis trains the shipped sign model (seconds on a busy machine).
  }, 120_000);

  it('removes a rejected flag for good, and can bring it back when the verdict changes', async () => {
    const id = await submit(JOKE);
    expect((await flagsOf(id)).flags).toEqual(['STAFF_CONDUCT']);
    const rejected = await review(id, 'STAFF_CONDUCT', 'REJECTED');
    expect(rejected.data!.reviewItemFlag.flags).toEqual([]);
    await reanalyse();
    const after = await flagsOf(id);
    expect(after.flags).toEqual([]);
    expect(after.analysis.flagReviews).toEqual([
      { type: 'STAFF_CONDUCT', verdict: 'REJECTED', evidence: ['The staff laughed at my joke'] },
    ]);
    const confirmed = await review(id, 'STAFF_CONDUCT', 'CONFIRMED');
    expect(confirmed.data!.reviewItemFlag.flags).toEqual(['STAFF_CONDUCT']);
  });

  it('never shows rejected wording as a warning sign example, on any item', async () => {
    const rejectedOn = await submit(LEAVING);
    const sameWording = await submit(LEAVING);
    await submit('Please send me the form to transfer my pension out to a rival provider.');
    // Weeks of history before the period, so its rising-complaints test has weeks to compare.
    await api.graphql(
      SUBMIT_ITEM,
      { input: anItem({ text: 'Thanks for your help.', receivedAt: '2025-11-03T09:00:00.000Z' }) },
      manager,
    );
    await review(rejectedOn, 'CHURN_RISK', 'REJECTED');
    await api.app.get(AggregatesService).refresh();
    const answer = await api.graphql<{
      warningSigns: { signs: { sign: string; evidence: { text: string }[] }[] };
    }>(WARNING_EXAMPLES, { input: { from: '2026-03-01', to: '2026-04-01' } }, manager);
    expect(answer.errors).toBeUndefined();
    const churn = answer.data!.warningSigns.signs.find((sign) => sign.sign === 'LOSING_CUSTOMERS')!;
    const quotes = churn.evidence.map((quote) => quote.text);
    expect(quotes.length).toBeGreaterThan(0);
    expect(quotes.join(' | ')).not.toContain('closing my account');
    // The other item keeps its own flag: a verdict is about one item.
    expect((await flagsOf(sameWording)).flags).toContain('CHURN_RISK');
  });

  it('refuses a protocol cue, and a sign the item was never flagged with, naming the field', async () => {
    const id = await submit(JOKE.replace('joke', 'story'));
    const cue = await review(id, 'PROTOCOL_APOLOGY', 'CONFIRMED');
    expect(cue.errors![0].message).toContain('type must be a warning sign');
    const unflagged = await review(id, 'DELAY', 'REJECTED');
    expect(unflagged.errors![0].message).toContain(
      'type: the item has no delay flag to confirm or reject',
    );
    expect(unflagged.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('trains the next sign model from the verdicts, and new analyses use it', async () => {
    const trained = await api.graphql<{
      trainSignModel: {
        kind: string;
        version: string;
        active: boolean;
        exampleCount: number;
        featureSetOutdated: boolean;
      };
    }>(
      'mutation { trainSignModel(input: { activate: true }) { kind version active exampleCount featureSetOutdated } }',
      {},
      manager,
    );
    expect(trained.errors).toBeUndefined();
    const model = trained.data!.trainSignModel;
    // Stamped with the feature set it was trained on: the analysis uses it.
    expect(model).toMatchObject({ kind: 'SIGN', active: true, featureSetOutdated: false });
    expect(model.exampleCount).toBeGreaterThanOrEqual(3);
    const id = await submit('Your agent was rude and hung up on me.');
    const item = await flagsOf(id);
    expect(item.analysis.modelVersion).toContain(`signs:${model.version}`);
    expect(item.flags).toContain('STAFF_CONDUCT');
  }, 120_000);

  it('marks a text in a language it does not read as not analysed, and counts it for Settings', async () => {
    const id = await submit(
      'Ich warte seit drei Wochen auf eine Antwort von Ihnen, das ist nicht akzeptabel.',
    );
    expect((await flagsOf(id)).analysis).toMatchObject({ analysed: false, language: 'de' });
    const counts = await api.graphql<{
      notAnalysedTexts: { total: number; byLanguage: { language: string; count: number }[] };
    }>('{ notAnalysedTexts { total byLanguage { language count } } }', {}, manager);
    expect(counts.data!.notAnalysedTexts).toEqual({
      total: 1,
      byLanguage: [{ language: 'de', count: 1 }],
    });
  });
});
