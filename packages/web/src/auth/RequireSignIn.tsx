import { type ReactNode, useEffect } from 'react';
import { LoadingState } from '../components/LoadingState';
import { signInHref } from '../lib/return-path';
import { useLocation, useNavigate } from '../router';
import { useAuth } from './AuthProvider';
import { hasSessionHint } from './session';

/** Where an account enrols its authenticator app (two-factor sign-in). */
export const SECOND_FACTOR_PATH = '/kerja/akun/dua-langkah';

/**
 * Shows `children` to a signed-in user only. Asks the server first when this browser signed in
 * before and it does not know yet; anyone not signed in goes to /masuk, which brings them back here afterwards.
 */
export function RequireSignIn({ children }: { children: ReactNode }) {
  const { state, check } = useAuth();
  const navigate = useNavigate();
  const { pathname, search, hash } = useLocation();
  // A browser that never signed in (a link from an e-mail, say) goes straight to sign-in: asking
  // the server would only be answered 401, which the browser reports as an error.
  const neverSignedIn = state.status === 'signed-out' && !state.confirmed && !hasSessionHint();
  const mustAsk = state.status === 'unknown' || (state.status === 'signed-out' && !state.confirmed && !neverSignedIn);
  const mustLeave = state.status === 'signed-out' && (state.confirmed || neverSignedIn);

  useEffect(() => {
    if (mustAsk) check();
  }, [mustAsk, check]);

  useEffect(() => {
    if (mustLeave) navigate(signInHref(pathname + search + hash), { replace: true });
  }, [mustLeave, navigate, pathname, search, hash]);

  // An admin or verifier without a second factor can do nothing but enrol: the server refuses the rest.
  const mustEnrol = state.status === 'signed-in' && state.mustEnrol && pathname !== SECOND_FACTOR_PATH;
  useEffect(() => {
    if (mustEnrol) navigate(SECOND_FACTOR_PATH, { replace: true });
  }, [mustEnrol, navigate]);

  return state.status === 'signed-in' && !mustEnrol ? children : <LoadingState />;
}
