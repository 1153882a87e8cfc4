import { readableKeywordProblem, toUpdateThemeInput, validateTheme } from './theme-form';

describe('the theme form', () => {
  it('names the keyword the analysis cannot read, and why', () => {
    expect(
      readableKeywordProblem(
        'keywords: theme "theme": keyword pattern "no-show": "no-show" must be a single word',
      ),
    ).toBe('The analysis cannot read the keyword “no-show”: it must be a single word.');
  });

  it('keeps the API’s words when they are not about one keyword', () => {
    expect(readableKeywordProblem('keywords: something else went wrong')).toBe(
      'Something else went wrong.',
    );
  });

  it('needs a name and a keyword or an example to recognise the theme by', () => {
    expect(validateTheme({ name: '', description: '', keywords: [], examples: [] })).toEqual({
      name: 'Enter the theme’s name',
      keywords: 'Add at least one keyword or example, so the analysis can recognise the theme',
    });
    expect(
      validateTheme({ name: 'Refunds', description: '', keywords: [], examples: ['x'] }),
    ).toEqual({});
  });

  it('sends the whole list of examples, since the API replaces it', () => {
    expect(
      toUpdateThemeInput('t1', {
        name: 'Refunds',
        description: '',
        keywords: ['refund'],
        examples: ['a', 'b'],
      }),
    ).toEqual({
      id: 't1',
      name: 'Refunds',
      description: null,
      keywords: ['refund'],
      examples: ['a', 'b'],
    });
  });
});
