import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, Navigate, useSearchParams } from 'react-router';
import { FulcrumMark } from '../../ui/FulcrumMark';
import { homePathFor, safeReturnPath } from '../../session/home-path';
import { PublicLayout } from '../../ui/PublicLayout';
import { describeError, fieldMessages } from '../../lib/graphql-errors';
import { useSession, useSessionStore } from '../../session/SessionProvider';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { Card } from '../../ui/Card';
import { TextField } from '../../ui/fields/TextField';
import { LoginDocument } from './graphql/login';
import './LoginPage.css';

type LoginField = 'email' | 'password';

export default function LoginPage() {
  const session = useSession();
  const store = useSessionStore();
  const [params] = useSearchParams();
  const next = safeReturnPath(params.get('next'));
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<Partial<Record<LoginField, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [login, { loading }] = useMutation(LoginDocument);

  if (session) return <Navigate to={next ?? homePathFor(session.user.role)} replace />;
  const expired = store.lastSignOutReason() === 'expired';

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (loading) return;
    const missing: Partial<Record<LoginField, string>> = {};
    if (!email.trim()) missing.email = 'Enter your email address';
    if (!password) missing.password = 'Enter your password';
    setErrors(missing);
    setFormError(null);
    if (Object.keys(missing).length > 0) {
      document.getElementById(missing.email ? 'login-email' : 'login-password')?.focus();
      return;
    }
    try {
      const { data } = await login({ variables: { input: { email: email.trim(), password } } });
      if (data) {
        // The API set the session cookie; the page keeps only who signed in, and until when.
        const { expiresAt, user } = data.login;
        store.signIn({
          expiresAt,
          user: {
            id: user.id,
            displayName: user.displayName,
            role: user.role,
            teamId: user.teamId ?? null,
          },
        });
      }
    } catch (error) {
      const described = describeError(error);
      if (described.kind === 'unauthenticated') {
        setFormError('The email address or password is incorrect. Check them and try again.');
        setPassword('');
      } else if (described.kind === 'rate-limited') {
        setFormError(
          `Too many sign-in attempts. ${waitFor(described.retryAfterSeconds)}, then try again.`,
        );
      } else {
        const { byField } = fieldMessages(described.fields, ['email', 'password'] as const);
        setErrors(byField);
        setFormError(described.message);
      }
    }
  }

  return (
    <PublicLayout aside={<LoginAside />}>
      <div className="login">
        <div className="login__intro">
          <h1 className="login__title">Sign in</h1>
          <p className="login__lede">
            Use the email address and password your administrator gave you.
          </p>
        </div>
        {expired && !formError ? (
          <Alert tone="info" role="status" title="Your session has ended">
            Sign in again to carry on where you were.
          </Alert>
        ) : null}
        {formError ? (
          <Alert tone="danger" role="alert" title="Could not sign in">
            {formError}
          </Alert>
        ) : null}
        <Card as="div">
          <form
            className="form"
            noValidate
            onSubmit={(event) => void submit(event)}
            aria-label="Sign in"
          >
            <TextField
              id="login-email"
              label="Email address"
              type="email"
              autoComplete="username"
              inputMode="email"
              spellCheck={false}
              value={email}
              onChange={setEmail}
              error={errors.email}
            />
            <TextField
              id="login-password"
              label="Password"
              type="password"
              autoComplete="current-password"
              value={password}
              onChange={setPassword}
              error={errors.password}
            />
            <div className="form__actions">
              <Button type="submit" busy={loading} className="login__submit">
                {loading ? 'Signing in…' : 'Sign in'}
              </Button>
            </div>
          </form>
        </Card>
        <p className="login__public">
          Not staff? <Link to="/feedback">Send us feedback or a request</Link> without signing in.
        </p>
      </div>
    </PublicLayout>
  );
}

/** "Wait 30 seconds", "Wait 4 minutes"; a minute when the API does not say. */
function waitFor(seconds: number | undefined): string {
  if (seconds === undefined) return 'Wait a minute';
  if (seconds < 60) return `Wait ${seconds} second${seconds === 1 ? '' : 's'}`;
  const minutes = Math.ceil(seconds / 60);
  return `Wait ${minutes} minute${minutes === 1 ? '' : 's'}`;
}

function LoginAside() {
  return (
    <>
      <p className="login-aside__brand">
        <FulcrumMark size={32} />
        Fulcrum
      </p>
      <div className="login-aside__pitch">
        <p className="login-aside__claim">
          Hear what customers and staff are telling you — and show what changed because of it.
        </p>
        <ul className="login-aside__points">
          <li>Requests, complaints and feedback in one place</li>
          <li>Where work waits, and which rules cause friction</li>
          <li>A monthly review that measures last month’s changes</li>
        </ul>
      </div>
    </>
  );
}
