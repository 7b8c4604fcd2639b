/**
 * Who is signed in. Public pages ask the server only when this browser signed in before (so
 * anonymous visitors send no request bound to fail); signed-in pages always ask. Sign-in keeps
 * the CSRF token in memory; a 401 from any request sends the user to /masuk with a way back.
 */
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import { ApiError } from '../api/client';
import { apiGet, apiSend, type ResponseOf } from '../api/typed';
import { useI18n } from '../i18n/I18nProvider';
import { signInHref } from '../lib/return-path';
import { useNavigate } from '../router';
import { hasSessionHint, onUnauthorized, setCsrfToken, setSessionHint } from './session';

export type Me = ResponseOf<'/api/auth/me', 'get'>;
export type Account = Me['user'];

export type AuthState =
  | { status: 'unknown' }
  | { status: 'checking' }
  /** `confirmed`: the server said so (or the user signed out); else only assumed, for lack of a hint. */
  | { status: 'signed-out'; confirmed: boolean; expired: boolean }
  /** `mustEnrol`: the role requires two-factor sign-in and none is enrolled yet (only enrolment is open). */
  | { status: 'signed-in'; user: Account; mustEnrol: boolean };

/** What a correct password leads to: signed in, or the second step (the authenticator code). */
export type SignInResult = { kind: 'signed-in'; user: Account } | { kind: 'second-step'; challenge: string };

/** The second step's proof: the app's 6-digit code, or a recovery code. */
export type SecondStepProof = { code: string } | { recoveryCode: string };

interface Auth {
  state: AuthState;
  /** Asks the server who is signed in (once), e.g. when a signed-in page opens. */
  check: () => void;
  /** Signs in; rejects with the server's ApiError (wrong password, throttled…). */
  signIn: (email: string, password: string) => Promise<SignInResult>;
  /** Finishes a sign-in with the authenticator code; rejects with the server's ApiError. */
  completeSecondStep: (challenge: string, proof: SecondStepProof) => Promise<Account>;
  /** Asks the server again whether the account still must enrol a second factor (after enrolling). */
  refreshSecondFactor: () => Promise<void>;
  signOut: () => Promise<void>;
}

const AuthContext = createContext<Auth | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const { lang } = useI18n();
  const navigate = useNavigate();
  const [state, setState] = useState<AuthState>(() =>
    hasSessionHint() ? { status: 'unknown' } : { status: 'signed-out', confirmed: false, expired: false },
  );

  const enrolmentState = useCallback(async () => {
    try {
      const factor = await apiGet('/api/account/second-factor', {}, { lang });
      return factor.required && !factor.enrolled;
    } catch {
      return false;
    }
  }, [lang]);

  const accept = useCallback(
    async (me: Me) => {
      setCsrfToken(me.csrfToken);
      setSessionHint(true);
      setState({ status: 'signed-in', user: me.user, mustEnrol: await enrolmentState() });
    },
    [enrolmentState],
  );

  const refreshSecondFactor = useCallback(async () => {
    const mustEnrol = await enrolmentState();
    setState((current) => (current.status === 'signed-in' ? { ...current, mustEnrol } : current));
  }, [enrolmentState]);

  const forget = useCallback((expired: boolean) => {
    setCsrfToken(null);
    setSessionHint(false);
    setState({ status: 'signed-out', confirmed: true, expired });
  }, []);

  const stateRef = useRef(state);
  stateRef.current = state;
  const checking = useRef(false);

  const check = useCallback(() => {
    if (checking.current || stateRef.current.status === 'signed-in') return;
    checking.current = true;
    setState({ status: 'checking' });
    apiGet('/api/auth/me', {}, { lang }).then(
      async (me) => {
        await accept(me);
        checking.current = false;
      },
      (error: unknown) => {
        checking.current = false;
        // Not signed in (401), or the server could not say: either way, sign-in is the way on.
        forget(false);
        if (!(error instanceof ApiError && error.status === 401)) console.warn(error);
      },
    );
  }, [lang, accept, forget]);

  // A browser that signed in before: find out whether the session still holds.
  useEffect(() => {
    if (state.status === 'unknown') check();
  }, [state.status, check]);

  // The session ended under us (idle expiry, disabled account): sign-in, then back here.
  useEffect(() => {
    onUnauthorized(() => {
      // Only a session that was there can expire; a failed sign-in or check is answered where it was asked.
      if (stateRef.current.status !== 'signed-in') return;
      forget(true);
      const { pathname, search, hash } = window.location;
      if (pathname !== '/masuk') navigate(signInHref(pathname + search + hash), { replace: true });
    });
    return () => onUnauthorized(null);
  }, [forget, navigate]);

  const signIn = useCallback(
    async (email: string, password: string) => {
      const answer = await apiSend('post', '/api/auth/login', { body: { email, password } }, { lang });
      if ('secondStep' in answer) return { kind: 'second-step' as const, challenge: answer.challenge };
      await accept(answer);
      return { kind: 'signed-in' as const, user: answer.user };
    },
    [lang, accept],
  );

  const completeSecondStep = useCallback(
    async (challenge: string, proof: SecondStepProof) => {
      const me = await apiSend('post', '/api/auth/second-step', { body: { challenge, ...proof } }, { lang });
      await accept(me);
      return me.user;
    },
    [lang, accept],
  );

  const signOut = useCallback(async () => {
    try {
      await apiSend('post', '/api/auth/logout', {}, { lang });
    } finally {
      forget(false);
      navigate('/');
    }
  }, [lang, forget, navigate]);

  const value = useMemo<Auth>(
    () => ({ state, check, signIn, completeSecondStep, refreshSecondFactor, signOut }),
    [state, check, signIn, completeSecondStep, refreshSecondFactor, signOut],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth must be used inside <AuthProvider>');
  return auth;
}

/** The signed-in account; only for components rendered inside <RequireSignIn>. */
export function useAccount(): Account {
  const { state } = useAuth();
  if (state.status !== 'signed-in') throw new Error('useAccount needs a signed-in user (<RequireSignIn>)');
  return state.user;
}
