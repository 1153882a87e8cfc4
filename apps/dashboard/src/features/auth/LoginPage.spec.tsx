import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route } from 'react-router';
import { aSession, aSessionStore, renderPage, type Mock } from '../../test/render';
import { LoginDocument } from './graphql/login';
import LoginPage from './LoginPage';

const signedIn = (role: string) => ({
  data: {
    login: {
      __typename: 'Session',
      expiresAt: '2099-01-01T00:00:00.000Z',
      user: { __typename: 'User', id: 'u1', displayName: 'Maya Okafor', role, teamId: null },
    },
  },
});

const loginMock = (
  result: Mock['result'],
  email = 'maya@example.org',
  password = 'secret-pass',
): Mock => ({
  request: { query: LoginDocument, variables: { input: { email, password } } },
  result,
});

const failure = (code: string, message: string) => ({
  errors: [{ message, extensions: { code } }],
});

const landingPages = (
  <>
    <Route path="/trends/volume" element={<p>Volume page</p>} />
    <Route path="/review" element={<p>Review page</p>} />
    <Route path="/forms/pulse" element={<p>Feedback form</p>} />
  </>
);

async function signIn(email = 'maya@example.org', password = 'secret-pass') {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText('Email address'), email);
  await user.type(screen.getByLabelText('Password'), password);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
  return user;
}

describe('LoginPage', () => {
  it('signs in, keeps who signed in (the token stays in its cookie), and returns to the page that asked for it', async () => {
    const { store } = renderPage(<LoginPage />, {
      route: `/login?next=${encodeURIComponent('/trends/volume?from=2025-01')}`,
      mocks: [loginMock(signedIn('MANAGER'))],
      routes: landingPages,
    });
    await signIn();
    expect(await screen.findByText('Volume page')).toBeInTheDocument();
    expect(screen.getByTestId('location')).toHaveTextContent('/trends/volume?from=2025-01');
    expect(store.get()).toEqual({
      expiresAt: '2099-01-01T00:00:00.000Z',
      user: { id: 'u1', role: 'MANAGER', displayName: 'Maya Okafor', teamId: null },
    });
    expect(window.localStorage.length).toBe(0); // the test store uses its own storage
  });

  it('sends staff to the feedback form when no page asked', async () => {
    renderPage(<LoginPage />, {
      route: '/login',
      mocks: [loginMock(signedIn('STAFF'))],
      routes: landingPages,
    });
    await signIn();
    expect(await screen.findByText('Feedback form')).toBeInTheDocument();
  });

  it('ignores a return address on another site', async () => {
    renderPage(<LoginPage />, {
      route: `/login?next=${encodeURIComponent('//evil.example/steal')}`,
      mocks: [loginMock(signedIn('MANAGER'))],
      routes: landingPages,
    });
    await signIn();
    expect(await screen.findByText('Review page')).toBeInTheDocument();
  });

  it('says the email or password is incorrect, and clears the password', async () => {
    const { store } = renderPage(<LoginPage />, {
      route: '/login',
      mocks: [loginMock(failure('UNAUTHENTICATED', 'Email or password is incorrect'))],
    });
    await signIn();
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The email address or password is incorrect',
    );
    expect(screen.getByLabelText('Password')).toHaveValue('');
    expect(screen.getByLabelText('Email address')).toHaveValue('maya@example.org');
    expect(store.get()).toBeNull();
  });

  it('asks the user to wait when sign-in attempts are rate limited', async () => {
    renderPage(<LoginPage />, {
      route: '/login',
      mocks: [loginMock(failure('RATE_LIMITED', 'Too many requests; try again in a minute.'))],
    });
    await signIn();
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Too many sign-in attempts. Wait a minute',
    );
  });

  it('says how long to wait when repeated failures have locked the address', async () => {
    renderPage(<LoginPage />, {
      route: '/login',
      mocks: [
        loginMock({
          errors: [
            {
              message: 'Too many failed sign-ins with this e-mail address; try again in 240 s',
              extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 240 },
            },
          ],
        }),
      ],
    });
    await signIn();
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Too many sign-in attempts. Wait 4 minutes, then try again.',
    );
  });

  it('asks for both fields before sending anything', async () => {
    renderPage(<LoginPage />, { route: '/login' });
    await userEvent.setup().click(screen.getByRole('button', { name: 'Sign in' }));
    expect(screen.getByText('Enter your email address')).toBeInTheDocument();
    expect(screen.getByText('Enter your password')).toBeInTheDocument();
    expect(screen.getByLabelText('Email address')).toHaveFocus();
    expect(screen.getByLabelText('Email address')).toHaveAccessibleDescription(
      /Enter your email address/,
    );
  });

  it('explains that the session ended when it expired', () => {
    const store = aSessionStore(aSession());
    store.signOut('expired');
    renderPage(<LoginPage />, { route: '/login', store });
    expect(screen.getByRole('status')).toHaveTextContent('Your session has ended');
  });

  it('sends a signed-in visitor straight on', () => {
    renderPage(<LoginPage />, {
      route: '/login',
      store: aSessionStore(aSession({ role: 'MANAGER' })),
      routes: landingPages,
    });
    expect(screen.getByText('Review page')).toBeInTheDocument();
  });
});
