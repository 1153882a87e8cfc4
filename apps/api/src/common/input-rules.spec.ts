import {
  GraphQLID,
  GraphQLInputObjectType,
  GraphQLList,
  GraphQLNonNull,
  GraphQLString,
} from 'graphql';
import { GraphQLISODateTime } from '@nestjs/graphql';
import { argumentProblems } from './input-rules';

const Filter = new GraphQLInputObjectType({
  name: 'Filter',
  fields: { teamIds: { type: new GraphQLList(new GraphQLNonNull(GraphQLID)) } },
});
const Input = new GraphQLInputObjectType({
  name: 'Input',
  fields: {
    text: { type: GraphQLString },
    at: { type: GraphQLISODateTime },
    filter: { type: Filter },
  },
});
const argument = (name: string, type: never) =>
  ({
    name,
    type,
    description: null,
    defaultValue: undefined,
    deprecationReason: null,
    extensions: {},
    astNode: null,
  }) as never;
const rulesOf = (problems: { field: string; rule: string }[]) =>
  problems.map(({ field, rule }) => `${field}:${rule}`);

describe('argumentProblems', () => {
  const uuid = '0b9f7b8e-3c1a-4d2e-9f00-1234567890ab';

  it('names fields inside the input argument by their own path, other arguments by theirs', () => {
    const problems = argumentProblems(
      [argument('input', Input as never), argument('id', GraphQLID as never)],
      {
        input: {
          text: 'a\u0000b',
          at: new Date('0001-01-01T00:00:00Z'),
          filter: { teamIds: [uuid, 'x'] },
        },
        id: 'nope',
      },
    );
    expect(rulesOf(problems)).toEqual([
      'text:noControlCharacters',
      'at:timeRange',
      'filter.teamIds[1]:isUuid',
      'id:isUuid',
    ]);
  });

  it('accepts tabs, line breaks, UUIDs, recent times and missing values', () => {
    const problems = argumentProblems([argument('input', Input as never)], {
      input: {
        text: 'a\tb\r\nc',
        at: new Date('2026-03-02T09:30:00Z'),
        filter: { teamIds: [uuid] },
      },
    });
    expect(problems).toEqual([]);
    expect(argumentProblems([argument('input', Input as never)], {})).toEqual([]);
  });
});
