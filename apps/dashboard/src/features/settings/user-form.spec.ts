import { emptyUser, passwordProblem, toUpdateUserInput, validateUser } from './user-form';

describe('the user form', () => {
  it('asks a new account for a name, an e-mail address, a role and a password of 10 or more', () => {
    expect(validateUser(emptyUser(), 'create')).toEqual({
      displayName: 'Enter the person’s name',
      email: 'Enter the e-mail address they sign in with',
      role: 'Choose a role',
      password: 'A password has at least 10 characters',
    });
    expect(
      validateUser(
        {
          ...emptyUser(),
          displayName: 'Jo',
          email: 'jo@',
          role: 'STAFF',
          password: 'x'.repeat(10),
        },
        'create',
      ),
    ).toEqual({
      email: 'Enter an e-mail address like name@example.org',
    });
  });

  it('leaves the e-mail address and password alone when editing', () => {
    expect(validateUser({ ...emptyUser(), displayName: 'Jo', role: 'MANAGER' }, 'edit')).toEqual(
      {},
    );
    expect(
      toUpdateUserInput('u1', {
        displayName: ' Jo ',
        email: 'x',
        role: 'MANAGER',
        teamId: '',
        password: 'secret',
      }),
    ).toEqual({ id: 'u1', displayName: 'Jo', role: 'MANAGER', teamId: null });
  });

  it('limits passwords to the API’s 10 to 200 characters', () => {
    expect(passwordProblem('short')).toBe('A password has at least 10 characters');
    expect(passwordProblem('x'.repeat(201))).toBe('A password has at most 200 characters');
    expect(passwordProblem('long enough')).toBeNull();
  });
});
