import { characterCount, isBlank, optionalText } from './text';

describe('characterCount', () => {
  it('counts an emoji as one character, as people (and the API) do', () => {
    expect('👍'.length).toBe(2);
    expect(characterCount('ok 👍')).toBe(4);
  });
});

describe('optional text', () => {
  it('sends blank answers as "not given", never as an empty string the API would reject', () => {
    expect(isBlank('  \n ')).toBe(true);
    expect(optionalText('  \n ')).toBeNull();
    expect(optionalText('  Weekend lines  ')).toBe('Weekend lines');
  });
});
