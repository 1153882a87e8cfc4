// Settings records as the API returns them, for the settings pages' tests.

export const aTeam = (
  id: string,
  name: string,
  staffCount = 5,
  description: string | null = null,
) => ({
  __typename: 'Team' as const,
  id,
  name,
  description,
  staffCount,
});

export const aTheme = (
  id: string,
  name: string,
  keywords: string[] = [],
  examples: string[] = [],
) => ({
  __typename: 'Theme' as const,
  id,
  name,
  description: null,
  keywords,
  examples: examples.map((text, index) => ({
    __typename: 'ThemeExample' as const,
    id: `${id}-example-${index}`,
    text,
  })),
});

export const aUser = (
  id: string,
  displayName: string,
  overrides: Partial<{
    email: string;
    role: 'ADMIN' | 'MANAGER' | 'PROCESS_OWNER' | 'STAFF';
    teamId: string | null;
    active: boolean;
  }> = {},
) => ({
  __typename: 'User' as const,
  id,
  displayName,
  email: `${displayName.toLowerCase().replace(/\s+/g, '.')}@example.org`,
  role: 'STAFF' as const,
  teamId: null,
  active: true,
  ...overrides,
});

export const anApiKey = (
  id: string,
  name: string,
  overrides: Partial<{ revokedAt: string | null; lastUsedAt: string | null }> = {},
) => ({
  __typename: 'ApiKey' as const,
  id,
  name,
  prefix: 'fk_AbCdEfGh',
  createdAt: '2026-11-01T10:00:00.000Z',
  lastUsedAt: null,
  revokedAt: null,
  ...overrides,
});

export const aJob = (
  id: string,
  status: 'QUEUED' | 'RUNNING' | 'DONE' | 'FAILED' | 'CANCELLED',
  processed: number,
  total: number,
  overrides: Partial<{
    reason: string;
    error: string | null;
    startedAt: string | null;
    finishedAt: string | null;
  }> = {},
) => ({
  __typename: 'AnalysisJob' as const,
  id,
  status,
  processed,
  total,
  reason: 'theme "Waiting times" changed',
  createdAt: '2026-11-22T10:00:00.000Z',
  startedAt: status === 'QUEUED' ? null : '2026-11-22T10:00:01.000Z',
  finishedAt: status === 'DONE' ? '2026-11-22T10:02:00.000Z' : null,
  error: null,
  ...overrides,
});

export const aModel = (
  id: string,
  version: string,
  overrides: Partial<{
    active: boolean;
    exampleCount: number;
    quality: { heldOut: number; accuracy: number; macroF1: number } | null;
    kind: 'THEME' | 'SENTIMENT' | 'SIGN';
    featureSetOutdated: boolean;
  }> = {},
) => {
  const { quality, ...rest } = overrides;
  return {
    __typename: 'AnalysisModel' as const,
    id,
    kind: 'THEME' as 'THEME' | 'SENTIMENT' | 'SIGN',
    version,
    active: false,
    exampleCount: 120,
    trainedAt: '2026-11-20T09:00:00.000Z',
    featureSetOutdated: false,
    quality:
      quality === undefined
        ? { __typename: 'ModelQuality' as const, heldOut: 24, accuracy: 0.75, macroF1: 0.7 }
        : quality && { __typename: 'ModelQuality' as const, ...quality },
    ...rest,
  };
};
