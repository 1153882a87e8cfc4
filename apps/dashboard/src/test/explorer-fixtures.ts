import type {
  ExplorerExportQuery,
  ExplorerRowFieldsFragment,
  FlagType,
  FlagVerdict,
  ItemDetailFieldsFragment,
} from '../graphql/generated/graphql';

// Items as the Explorer's documents return them, named for what they mean.

export const careTeam = { __typename: 'Team' as const, id: 'team-care', name: 'Customer Care' };
export const receiptPolicy = {
  __typename: 'Policy' as const,
  id: 'policy-receipt',
  name: 'Refunds need a receipt',
};

export const aThemeTag = (
  themeId: string,
  name: string,
  overrides: Partial<{ score: number; origin: 'ANALYSIS' | 'CORRECTION' }> = {},
) => ({
  __typename: 'ItemThemeTag' as const,
  themeId,
  name,
  score: 0.9,
  origin: 'ANALYSIS' as const,
  ...overrides,
});

export const refundsTag = aThemeTag('theme-refunds', 'Refunds and returns', { score: 0.94 });
export const attitudeTag = aThemeTag('theme-attitude', 'Staff attitude and helpfulness', {
  score: 0.6,
});

export function aRow(overrides: Partial<ExplorerRowFieldsFragment> = {}) {
  return {
    __typename: 'Item' as const,
    id: 'item-1',
    kind: 'COMPLAINT' as const,
    source: 'EXTERNAL_CUSTOMER' as const,
    channel: 'WEB_FORM' as const,
    status: 'IN_PROGRESS' as const,
    receivedAt: '2026-11-20T20:23:22.991Z',
    displayText: 'I was told your proof of purchase policy means you cannot help.',
    sentiment: 'NEGATIVE' as const,
    flags: ['POLICY_FRICTION' as const],
    team: careTeam,
    themes: [refundsTag],
    ...overrides,
  };
}

export function aPage(
  nodes: ReturnType<typeof aRow>[],
  overrides: Partial<{
    totalCount: number;
    totalCountIsLowerBound: boolean;
    endCursor: string | null;
    hasNextPage: boolean;
  }> = {},
) {
  return {
    __typename: 'ItemPage' as const,
    totalCount: nodes.length,
    totalCountIsLowerBound: false,
    endCursor: nodes.length > 0 ? `cursor-${nodes[nodes.length - 1].id}` : null,
    hasNextPage: false,
    nodes,
    ...overrides,
  };
}

const span = (text: string, start: number) => ({
  __typename: 'TextSpan' as const,
  start,
  end: start + text.length,
  text,
});

/** A sentiment word: a span with its contribution. */
const weighted = (text: string, start: number, weight: number) => ({
  ...span(text, start),
  weight,
});

/** The detailed complaint: a theme, a flag and a policy mention on the same words. */
export const COMPLAINT_TEXT =
  'I was told your proof of purchase policy means you cannot help. Awful.';

export function anItemDetail(overrides: Partial<ItemDetailFieldsFragment> = {}) {
  const item = {
    ...aRow({ displayText: COMPLAINT_TEXT, themes: [refundsTag] }),
    priority: 'NORMAL' as const,
    satisfaction: null,
    viability: 'HARD_NO' as const,
    customerRef: 'C-002513',
    externalSource: 'demo',
    externalId: 'DEMO-1',
    anonymous: false,
    createdAt: '2026-11-20T20:23:22.991Z',
    firstResponseAt: '2026-11-21T08:15:46.785Z',
    resolvedAt: null,
    closedAt: null,
    policy: receiptPolicy,
    events: [
      {
        __typename: 'ItemEvent' as const,
        id: 'event-1',
        type: 'STATUS_CHANGED' as const,
        occurredAt: '2026-11-20T20:23:22.991Z',
        status: 'NEW' as const,
        displayText: null,
        escalatedTo: null,
        satisfaction: null,
        policyId: null,
      },
      {
        __typename: 'ItemEvent' as const,
        id: 'event-2',
        type: 'STAFF_REPLY' as const,
        occurredAt: '2026-11-21T13:06:33.192Z',
        status: null,
        displayText: "I'm afraid that's due to our policy.",
        escalatedTo: null,
        satisfaction: null,
        policyId: null,
      },
    ],
    analysis: {
      __typename: 'ItemAnalysisView' as const,
      status: 'DONE' as const,
      error: null,
      modelVersion: 'fulcrum-analysis-1/themes:keywords',
      analysedAt: '2026-11-22T19:57:00.000Z',
      sentiment: {
        __typename: 'SentimentView' as const,
        label: 'NEGATIVE' as const,
        score: -0.875,
        method: 'lexicon',
        confidence: 0.9,
        evidence: [weighted('Awful', 64, -3)],
      },
      themes: [{ ...refundsTag, evidence: [span('proof of purchase', 16)] }],
      flags: [
        {
          __typename: 'ItemFlagTag' as const,
          type: 'POLICY_FRICTION' as const,
          eventId: null,
          confidence: 0.6,
          evidence: ['proof of purchase policy'],
          spans: [span('proof of purchase policy', 16)],
        },
        {
          __typename: 'ItemFlagTag' as const,
          type: 'EXCUSE' as const,
          eventId: 'event-2',
          confidence: 0.7,
          evidence: ['due to our policy'],
          spans: [],
        },
      ],
      flagReviews: [] as {
        type: FlagType;
        verdict: FlagVerdict;
        evidence: string[];
      }[],
      language: 'en' as string | null,
      analysed: true,
      policyMentions: [
        {
          __typename: 'PolicyMentionTag' as const,
          policyId: receiptPolicy.id,
          policyName: receiptPolicy.name,
          matched: 'proof of purchase policy',
          confidence: 1,
          evidence: [span('proof of purchase policy', 16)],
        },
      ],
    },
  };
  return { ...item, ...overrides } as typeof item;
}

export function anExportNode(
  overrides: Partial<ExplorerExportQuery['items']['nodes'][number]> = {},
) {
  return {
    __typename: 'Item' as const,
    id: 'item-1',
    receivedAt: '2026-11-20T20:23:22.991Z',
    kind: 'COMPLAINT' as const,
    source: 'EXTERNAL_CUSTOMER' as const,
    channel: 'WEB_FORM' as const,
    status: 'IN_PROGRESS' as const,
    priority: 'NORMAL' as const,
    displayText: 'I was told your proof of purchase policy means you cannot help.',
    sentiment: 'NEGATIVE' as const,
    satisfaction: null,
    customerRef: 'C-002513',
    flags: ['POLICY_FRICTION' as const],
    firstResponseAt: '2026-11-21T08:15:46.785Z',
    resolvedAt: null,
    closedAt: null,
    team: careTeam,
    policy: receiptPolicy,
    themes: [refundsTag, attitudeTag],
    ...overrides,
  };
}

export const explorerOptions = {
  teams: [careTeam, { __typename: 'Team' as const, id: 'team-it', name: 'IT Service Desk' }],
  policies: [receiptPolicy],
  themes: [
    {
      __typename: 'Theme' as const,
      id: 'theme-refunds',
      name: 'Refunds and returns',
      description: 'Getting money back.',
    },
    {
      __typename: 'Theme' as const,
      id: 'theme-billing',
      name: 'Billing errors',
      description: 'Wrong bills.',
    },
    {
      __typename: 'Theme' as const,
      id: 'theme-attitude',
      name: 'Staff attitude and helpfulness',
      description: null,
    },
  ],
};
