import { toUpdatePolicyInput, validatePolicy } from './policy-form';

describe('the policy form', () => {
  it('clears a removed owner and description (null), and sends the aliases as listed', () => {
    expect(
      toUpdatePolicyInput('p1', {
        name: ' Refunds need a receipt ',
        description: '',
        owner: ' ',
        aliases: ['receipt rule'],
      }),
    ).toEqual({
      id: 'p1',
      name: 'Refunds need a receipt',
      description: null,
      owner: null,
      aliases: ['receipt rule'],
    });
  });

  it('needs a name of at most 200 characters', () => {
    const draft = { name: '', description: '', owner: '', aliases: [] };
    expect(validatePolicy(draft).name).toBe('Enter the policy’s name');
    expect(validatePolicy({ ...draft, name: 'x'.repeat(201) }).name).toBe(
      'A policy name is at most 200 characters',
    );
  });
});
