import { ReanalysisWorker } from '../src/analysis/reanalysis.worker';
import { Role } from '../src/auth/role.enum';
import { AggregatesService } from '../src/insights/aggregates/aggregates.service';
import { anItem, SUBMIT_ITEM } from './support/factories';
import { type Caller, startTestApp, type TestApp } from './support/test-app';

const TOPICS = `query ($input: EmergingTopicsInput!) {
  emergingTopics(input: $input) {
    phrase items baselineItems drilldownCount examples { id displayText }
    drilldown { itemIds }
  }
}`;
const PROMOTE = `mutation ($input: PromoteEmergingTopicInput!) {
  promoteEmergingTopic(input: $input) { id name keywords examples { text } }
}`;
const ITEM_THEMES = `query ($id: ID!) { item(id: $id) { themes { name origin } } }`;
const COUNT = `query ($input: DrilldownItemsInput!) { drilldownItems(input: $input) { totalCount } }`;
/** March 2026 against the two months before it. */
const MARCH = { from: '2026-03-01T00:00:00Z', to: '2026-04-01T00:00:00Z', baselineDays: 59 };

interface Topic {
  phrase: string;
  items: number;
  baselineItems: number;
  drilldownCount: number;
  examples: { id: string; displayText: string }[];
  drilldown: { itemIds: string[] };
}

describe('emerging topics: listed with examples and drill-down, promoted to a theme that trains', () => {
  let api: TestApp;
  let manager: Caller;
  let processOwner: Caller;
  let staff: Caller;

  const submit = async (text: string, day: number, month = 3) =>
    (
      await api.graphql<{ submitItem: { item: { id: string } } }>(
        SUBMIT_ITEM,
        {
          input: anItem({
            text,
            receivedAt: `2026-0${month}-${String(day).padStart(2, '0')}T10:00:00.000Z`,
          }),
        },
        staff,
      )
    ).data!.submitItem.item.id;
  const topics = async () => {
    const response = await api.graphql<{ emergingTopics: Topic[] }>(
      TOPICS,
      { input: MARCH },
      manager,
    );
    expect(response.errors).toBeUndefined();
    return response.data!.emergingTopics;
  };
  const meterTopic = async () =>
    (await topics()).find((t) => /meter app|smart meter/.test(t.phrase));

  beforeAll(async () => {
    api = await startTestApp();
    [manager, processOwner, staff] = await Promise.all([
      api.as(Role.MANAGER),
      api.as(Role.PROCESS_OWNER),
      api.as(Role.STAFF),
    ]);
    for (let day = 1; day <= 8; day += 1)
      await submit(`My parcel was delivered to the wrong door, case ${day}.`, day, 2);
    for (let day = 2; day <= 8; day += 1)
      await submit(
        `The smart meter app keeps logging me out${day === 8 ? ', mail me at pat.lee@example.org' : ''}, attempt ${day}.`,
        day,
      );
    await submit('My parcel was delivered to the wrong door again.', 9);
    // Drill-downs read the item facts: bring them up to date rather than race the refresher.
    await api.app.get(AggregatesService).refresh();
  });
  afterAll(() => api.close());

  it('lists a new phrase with its counts, masked examples and a drill-down that opens its items', async () => {
    const topic = await meterTopic();
    expect(topic).toBeDefined();
    expect(topic!).toMatchObject({ items: 7, baselineItems: 0, drilldownCount: 7 });
    expect(topic!.drilldown.itemIds).toHaveLength(7);
    const opened = await api.graphql<{ drilldownItems: { totalCount: number } }>(
      COUNT,
      { input: { drilldown: topic!.drilldown, first: 1 } },
      manager,
    );
    expect(opened.data!.drilldownItems.totalCount).toBe(topic!.items);
    const texts = topic!.examples.map((e) => e.displayText).join(' ');
    expect(texts).not.toContain('pat.lee@example.org');
    expect(texts).toContain('[EMAIL]');
  });

  it('refuses a promotion with no items, a blank name or ids that are not ids, naming the field', async () => {
    const fieldsOf = async (input: Record<string, unknown>) =>
      (await api.graphql(PROMOTE, { input }, processOwner)).errors?.[0]?.extensions?.fields;
    const topic = (await meterTopic())!;
    const base = { name: 'Smart meter app', phrase: topic.phrase, itemIds: [topic.examples[0].id] };
    expect(await fieldsOf({ ...base, itemIds: [] })).toEqual([
      expect.objectContaining({ field: 'itemIds' }),
    ]);
    expect(await fieldsOf({ ...base, name: '   ' })).toEqual([
      expect.objectContaining({ field: 'name' }),
    ]);
    expect(await fieldsOf({ ...base, itemIds: ['not-an-id'] })).toEqual([
      expect.objectContaining({ field: 'itemIds[0]', rule: 'isUuid' }),
    ]);
  });

  it('lets neither staff nor an admin promote a topic', async () => {
    const topic = (await meterTopic())!;
    const input = {
      name: 'Smart meter app',
      phrase: topic.phrase,
      itemIds: [topic.examples[0].id],
    };
    for (const role of [Role.STAFF, Role.ADMIN]) {
      const response = await api.graphql(PROMOTE, { input }, await api.as(role));
      expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('makes a theme of it: keyword, masked examples, the items tagged, history re-analysed', async () => {
    const topic = (await meterTopic())!;
    const chosen = topic.examples.slice(0, 3).map((e) => e.id);
    const response = await api.graphql<{
      promoteEmergingTopic: {
        id: string;
        name: string;
        keywords: string[];
        examples: { text: string }[];
      };
    }>(
      PROMOTE,
      { input: { name: 'Smart meter app', phrase: topic.phrase, itemIds: chosen } },
      processOwner,
    );
    expect(response.errors).toBeUndefined();
    const theme = response.data!.promoteEmergingTopic;
    expect(theme).toMatchObject({ name: 'Smart meter app', keywords: [topic.phrase] });
    expect(theme.examples).toHaveLength(3);
    expect(theme.examples.map((e) => e.text).join(' ')).not.toContain('@example.org');
    // The chosen items carry the theme as a correction, kept by re-analysis and used in training.
    for (const id of chosen) {
      const item = await api.graphql<{ item: { themes: { name: string; origin: string }[] } }>(
        ITEM_THEMES,
        { id },
        manager,
      );
      expect(item.data!.item.themes).toContainEqual({
        name: 'Smart meter app',
        origin: 'CORRECTION',
      });
    }
    // The keyword tags the rest of history once re-analysed, so the topic is no longer emerging.
    await api.app.get(ReanalysisWorker).tick();
    const others = topic.drilldown.itemIds.filter((id) => !chosen.includes(id));
    const tagged = await api.graphql<{ item: { themes: { name: string }[] } }>(
      ITEM_THEMES,
      { id: others[0] },
      manager,
    );
    expect(tagged.data!.item.themes.map((t) => t.name)).toContain('Smart meter app');
    expect(await meterTopic()).toBeUndefined();
    // A second promotion under the same name is a conflict on the name.
    const again = await api.graphql(
      PROMOTE,
      { input: { name: 'smart meter app', phrase: topic.phrase, itemIds: chosen } },
      processOwner,
    );
    expect(again.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      fields: [{ field: 'name', rule: 'unique' }],
    });
  });
});
