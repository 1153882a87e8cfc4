import { Role } from '../src/auth/role.enum';
import { type Caller, startTestApp, type TestApp } from './support/test-app';

type Audience = 'public' | Role[];
const { ADMIN, MANAGER, PROCESS_OWNER, STAFF, INTEGRATOR } = Role;
const PEOPLE = [ADMIN, MANAGER, PROCESS_OWNER, STAFF];
const SIGNED_IN = [...PEOPLE, INTEGRATOR];
const ANALYSTS = [ADMIN, MANAGER, PROCESS_OWNER];
const ORGANISERS = [ADMIN, MANAGER];
const BULK = [ADMIN, MANAGER, INTEGRATOR];

/** Who may call each operation. A new operation fails this test until it is listed here. */
const EXPECTED: Record<string, Audience> = {
  'Query.analysisJobs': ANALYSTS,
  'Query.analysisModels': ANALYSTS,
  'Query.apiKeys': [ADMIN],
  'Query.emergingTopics': ANALYSTS,
  'Query.improvementAction': ANALYSTS,
  'Query.improvementActions': ANALYSTS,
  'Query.item': SIGNED_IN,
  'Query.items': SIGNED_IN,
  'Query.itemVolume': ANALYSTS,
  'Query.bottlenecks': ANALYSTS,
  'Query.complaintFunnel': ANALYSTS,
  'Query.drilldownItems': ANALYSTS,
  'Query.improvementImpact': ANALYSTS,
  'Query.itemExport': ANALYSTS,
  'Query.policyHotspots': ANALYSTS,
  'Query.reviewPack': ANALYSTS,
  'Query.reviewNotes': ANALYSTS,
  'Query.reviewPackExport': ANALYSTS,
  'Query.risingSignals': ANALYSTS,
  'Query.staffLoad': ANALYSTS,
  'Query.trends': ANALYSTS,
  'Query.warningSigns': ANALYSTS,
  'Query.policies': SIGNED_IN,
  'Query.serviceLevels': SIGNED_IN,
  'Query.staffingEvents': ORGANISERS,
  'Query.teams': SIGNED_IN,
  'Query.themes': SIGNED_IN,
  'Query.users': [ADMIN],
  'Query.viewer': SIGNED_IN,
  'Mutation.correctItemThemes': ANALYSTS,
  'Mutation.activateAnalysisModel': ANALYSTS,
  'Mutation.cancelReanalysis': ANALYSTS,
  'Mutation.createApiKey': [ADMIN],
  'Mutation.createImprovementAction': ANALYSTS,
  'Mutation.createPolicy': ANALYSTS,
  'Mutation.createTeam': ORGANISERS,
  'Mutation.createTheme': ANALYSTS,
  'Mutation.createUser': [ADMIN],
  'Mutation.deactivateThemeModel': ANALYSTS,
  'Mutation.importItemsCsv': BULK,
  'Mutation.login': 'public',
  'Mutation.recordItemEvent': SIGNED_IN,
  'Mutation.recordItemEvents': SIGNED_IN,
  'Mutation.recordStaffingEvent': ORGANISERS,
  'Mutation.revokeApiKey': [ADMIN],
  'Mutation.saveReviewNotes': ORGANISERS,
  'Mutation.setServiceLevel': ORGANISERS,
  'Mutation.signOut': 'public',
  'Mutation.startReanalysis': ANALYSTS,
  'Mutation.submitCustomerFeedback': 'public',
  'Mutation.submitItem': SIGNED_IN,
  'Mutation.submitItems': BULK,
  'Mutation.submitStaffPulse': PEOPLE,
  'Mutation.trainThemeModel': ANALYSTS,
  'Mutation.updateImprovementAction': ANALYSTS,
  'Mutation.updatePolicy': ANALYSTS,
  'Mutation.updateTeam': ORGANISERS,
  'Mutation.updateTheme': ANALYSTS,
  'Mutation.updateUser': [ADMIN],
};

interface TypeRef {
  kind: string;
  name: string | null;
  ofType: TypeRef | null;
}
interface InputField {
  name: string;
  type: TypeRef;
  defaultValue: string | null;
}
interface FullType {
  name: string;
  kind: string;
  fields: { name: string; args: InputField[]; type: TypeRef }[] | null;
  inputFields: InputField[] | null;
  enumValues: { name: string }[] | null;
}

const TYPE_REF = 'kind name ofType { kind name ofType { kind name ofType { kind name } } }';
const INTROSPECTION = `{
  __schema { types { name kind enumValues { name }
    fields { name type { ${TYPE_REF} } args { name defaultValue type { ${TYPE_REF} } } }
    inputFields { name defaultValue type { ${TYPE_REF} } } } }
}`;

const named = (type: TypeRef): TypeRef => (type.ofType ? named(type.ofType) : type);

/** A value that passes GraphQL's own type checks, so only the guard and validation can refuse it. */
function placeholder(type: TypeRef, types: Map<string, FullType>): unknown {
  if (type.kind === 'NON_NULL') return placeholder(type.ofType!, types);
  if (type.kind === 'LIST') return [];
  const full = types.get(type.name!)!;
  switch (full.kind) {
    case 'ENUM':
      return full.enumValues![0].name;
    case 'INPUT_OBJECT':
      return Object.fromEntries(
        full
          .inputFields!.filter(
            (field) => field.type.kind === 'NON_NULL' && field.defaultValue === null,
          )
          .map((field) => [field.name, placeholder(field.type, types)]),
      );
    default:
      return (
        (
          {
            ID: '00000000-0000-4000-8000-000000000000',
            Int: 1,
            Float: 1,
            Boolean: false,
            DateTime: '2026-01-01T00:00:00.000Z',
          } as Record<string, unknown>
        )[type.name!] ?? 'x'
      );
  }
}

function typeSignature(type: TypeRef): string {
  if (type.kind === 'NON_NULL') return `${typeSignature(type.ofType!)}!`;
  if (type.kind === 'LIST') return `[${typeSignature(type.ofType!)}]`;
  return type.name!;
}

describe('role matrix', () => {
  let api: TestApp;
  let operations: { key: string; document: string; variables: Record<string, unknown> }[];
  const callers = new Map<string, Caller>();

  beforeAll(async () => {
    api = await startTestApp();
    for (const role of Object.values(Role)) callers.set(role, await api.as(role));
    callers.set('anonymous', 'anonymous');
    const introspection = await api.graphql<{ __schema: { types: FullType[] } }>(
      INTROSPECTION,
      {},
      callers.get(ADMIN),
    );
    const types = new Map(introspection.data!.__schema.types.map((type) => [type.name, type]));
    operations = (['Query', 'Mutation'] as const).flatMap((root) =>
      types.get(root)!.fields!.map((field) => {
        const required = field.args.filter(
          (arg) => arg.type.kind === 'NON_NULL' && arg.defaultValue === null,
        );
        const declarations = required
          .map((arg) => `$${arg.name}: ${typeSignature(arg.type)}`)
          .join(', ');
        const argumentList = required.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
        const selection = ['OBJECT', 'INTERFACE', 'UNION'].includes(
          types.get(named(field.type).name!)!.kind,
        )
          ? ' { __typename }'
          : '';
        return {
          key: `${root}.${field.name}`,
          document: `${root.toLowerCase()}${declarations ? ` (${declarations})` : ''} { ${field.name}${argumentList ? `(${argumentList})` : ''}${selection} }`,
          variables: Object.fromEntries(
            required.map((arg) => [arg.name, placeholder(arg.type, types)]),
          ),
        };
      }),
    );
  });

  afterAll(() => api.close());

  it('lists every operation in the schema, and only those', () => {
    expect(operations.map((operation) => operation.key).sort()).toEqual(
      Object.keys(EXPECTED).sort(),
    );
  });

  it.each(['anonymous', ...Object.values(Role)])(
    'lets %s call exactly the operations its role allows',
    async (who) => {
      const outcomes: Record<string, string> = {};
      const expected: Record<string, string> = {};
      // signOut ends the caller's session, so it is called last.
      const signOutLast = [...operations].sort(
        (a, b) => Number(a.key === 'Mutation.signOut') - Number(b.key === 'Mutation.signOut'),
      );
      for (const operation of signOutLast) {
        const response = await api.graphql(
          operation.document,
          operation.variables,
          callers.get(who),
        );
        const code = response.errors?.[0]?.extensions?.code;
        const refused =
          code === 'FORBIDDEN' ||
          (code === 'UNAUTHENTICATED' && response.errors![0].message === 'Sign in to do this');
        outcomes[operation.key] = refused ? 'refused' : 'allowed';
        const audience = EXPECTED[operation.key];
        expected[operation.key] =
          audience === 'public' || (who !== 'anonymous' && audience.includes(who as Role))
            ? 'allowed'
            : 'refused';
      }
      expect(outcomes).toEqual(expected);
    },
  );
});
