import { DataSource } from 'typeorm';
import { Role } from '../src/auth/role.enum';
import { newItemAnalysis } from '../src/analysis/analyse-texts';
import { AnalyzerService } from '../src/analysis/analyzer.service';
import { analysingDistinctInputs } from '../src/analysis/distinct-inputs';
import { Channel, ItemKind, ItemSource, ItemStatus, Priority } from '../src/items/item.enums';
import { insertAnalysed, type NewItem } from '../src/items/item-writer';
import { startTestApp, type TestApp } from './support/test-app';

const TEXTS = [
  'I was promised a refund three weeks ago and nobody has called me back. I will cancel my account.',
  'Thanks, that is sorted now.',
  'The engineer never turned up for the repair and I took a day off work for it.',
  'Thanks, that is sorted now.',
  'I was promised a refund three weeks ago and nobody has called me back. I will cancel my account.',
];

const item = (
  text: string,
  source: ItemSource,
  externalId: string,
  externalSource = 'distinct-inputs-spec',
): NewItem => ({
  kind: ItemKind.COMPLAINT,
  source,
  channel: Channel.EMAIL,
  teamId: null,
  policyId: null,
  text,
  customerRef: null,
  priority: Priority.NORMAL,
  status: ItemStatus.NEW,
  viability: null,
  satisfaction: null,
  receivedAt: new Date('2026-06-01T09:00:00Z'),
  firstResponseAt: null,
  resolvedAt: null,
  closedAt: null,
  externalId,
  externalSource,
  recordedById: null,
  recordedByApiKeyId: null,
  anonymous: false,
});

/** Everything stored about an item's analysis, by its external id, without ids and times. */
async function storedAnalyses(dataSource: DataSource, prefix: string) {
  return dataSource.query(
    `SELECT substr(i.external_id, length($1) + 1) AS n, a.status, a.model_version, a.sentiment,
            a.sentiment_score, a.redacted_text, a.details, a.error,
            (SELECT array_agg(t.theme_id::text || ':' || t.score ORDER BY t.theme_id) FROM item_themes t WHERE t.item_id = i.id) AS themes,
            (SELECT array_agg(f.type || ':' || f.confidence || ':' || f.evidence::text ORDER BY f.type, f.confidence) FROM item_flags f WHERE f.item_id = i.id) AS flags,
            (SELECT array_agg(m.policy_id::text ORDER BY m.policy_id) FROM item_policy_mentions m WHERE m.item_id = i.id) AS mentions
       FROM items i JOIN item_analyses a ON a.item_id = i.id
      WHERE i.external_id LIKE $1 || '%'
      ORDER BY n`,
    [prefix],
  );
}

describe('analysing distinct inputs once', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp();
  });

  afterAll(async () => {
    await api.close();
  });

  it('stores exactly what the plain analyzer stores, for repeated texts too', async () => {
    const dataSource = api.app.get(DataSource);
    const built = await api.app.get(AnalyzerService).get();
    const items = (prefix: string) =>
      [...TEXTS, TEXTS[1]].map((text, index) =>
        item(
          text,
          index === 5 ? ItemSource.STAFF : ItemSource.EXTERNAL_CUSTOMER,
          `${prefix}${index}`,
        ),
      );
    const distinct = analysingDistinctInputs(built);

    await insertAnalysed(dataSource.manager, newItemAnalysis(built), items('plain-'));
    await insertAnalysed(dataSource.manager, newItemAnalysis(distinct), items('distinct-'), {
      staged: true,
    });
    // A second call answered from what the first one analysed.
    await insertAnalysed(dataSource.manager, newItemAnalysis(distinct), items('again-'));

    const plain = await storedAnalyses(dataSource, 'plain-');
    expect(plain).toHaveLength(6);
    expect(plain.some((row: { flags: string[] | null }) => row.flags?.length)).toBe(true);
    expect(await storedAnalyses(dataSource, 'distinct-')).toEqual(plain);
    expect(await storedAnalyses(dataSource, 'again-')).toEqual(plain);
  });

  it('is what a CSV import analyses with: each distinct text once, across imports, with the same results', async () => {
    const dataSource = api.app.get(DataSource);
    const analyzers = api.app.get(AnalyzerService);
    const built = await analyzers.get();
    const system = 'distinct-inputs-csv';
    await insertAnalysed(
      dataSource.manager,
      newItemAnalysis(built),
      TEXTS.map((text, index) => item(text, ItemSource.EXTERNAL_CUSTOMER, `plain-csv-${index}`)),
    );
    const analysed = jest.spyOn(built, 'analyseAll');
    const csv = (prefix: string) =>
      [
        'id,created at,type,source,channel,text',
        ...TEXTS.map(
          (text, index) =>
            `${prefix}${index},2026-06-01T09:00:00Z,complaint,external_customer,email,"${text}"`,
        ),
      ].join('\n');
    const integrator = await api.as(Role.INTEGRATOR);
    const importCsv = (prefix: string) =>
      api.graphql<{ importItemsCsv: { imported: number } }>(
        `mutation ($input: ImportItemsCsvInput!) { importItemsCsv(input: $input) { imported } }`,
        { input: { system, csv: csv(prefix) } },
        integrator,
      );

    const first = await importCsv('csv-first-');
    // The same texts again, as `fulcrum import` sends a large file in parts.
    const second = await importCsv('csv-again-');

    expect(first.errors).toBeUndefined();
    expect(first.data?.importItemsCsv.imported).toBe(5);
    expect(second.data?.importItemsCsv.imported).toBe(5);
    // Five rows, three distinct texts: analysed once each, and not at all the second time.
    const texts = analysed.mock.calls.flatMap(([inputs]) => inputs.map((input) => input.text));
    expect(texts.sort()).toEqual([...new Set(TEXTS)].sort());
    const plain = await storedAnalyses(dataSource, 'plain-csv-');
    expect(plain).toHaveLength(5);
    expect(await storedAnalyses(dataSource, 'csv-first-')).toEqual(plain);
    expect(await storedAnalyses(dataSource, 'csv-again-')).toEqual(plain);
    analysed.mockRestore();
  });
});
