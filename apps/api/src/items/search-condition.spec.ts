import { searchCondition, searchQuery, searchTerms } from './search-condition';

describe('search terms', () => {
  it('takes quoted phrases whole and other words one by one, dropping terms without a letter or digit', () => {
    expect(searchTerms(' refund  "parcel never came" -- ')).toEqual([
      'refund',
      'parcel never came',
    ]);
    expect(searchTerms('"unclosed phrase')).toEqual(['unclosed phrase']);
    expect(searchTerms('"" !? ')).toEqual([]);
  });

  it('keeps at most ten terms', () => {
    expect(searchTerms('a b c d e f g h i j k l')).toHaveLength(10);
  });

  it('quotes every term for to_tsquery, escaping quotes and backslashes', () => {
    expect(searchQuery(['refund', "it's", 'a\\b'])).toBe(`'refund' & 'it''s' & 'a\\\\b'`);
  });
});

describe('searchCondition', () => {
  it('prefilters on each letter-or-digit run of the terms, once', () => {
    const { params } = searchCondition('Order-12345 order', 'item');
    expect(params).toEqual({
      searchQuery: `'Order-12345' & 'order'`,
      searchPiece0: '%Order%',
      searchPiece1: '%12345%',
      searchPiece2: '%order%',
    });
  });

  it('refuses a search without a word, naming the field', () => {
    expect(() => searchCondition('  !! ', 'item')).toThrow(
      expect.objectContaining({ message: expect.stringContaining('search') }),
    );
  });
});
