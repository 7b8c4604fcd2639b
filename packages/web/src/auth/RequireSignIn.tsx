import { type ReactNode, useEffect } from 'react';
import { LoadingState } from '../components/LoadingState';
import { signInHref } from '../lib/return-path';
import { useLocation, useNavigate } from '../router';
import { useAuth } from './AuthProvider';

/**
 * Shows `children` to a signed-in user only. Asks the server first when it does not know yet;
 * anyone not signed in goes to /masuk, which brings them back here afterwards.
 */
export function RequireSignIn({ children }: { children: ReactNode }) {
  const { state, check } = useAuth();
  const navigate = useNavigate();
  const { pathname, search, hash } = useLocation();
  const mustAsk = state.status === 'unknown' || (state.status === 'signed-out' && !state.confirmed);
  const mustLeave = state.status === 'signed-out' && state.confirmed;

  useEffect(() => {
    if (mustAsk) check();
  }, [mustAsk, check]);

  useEffect(() => {
    if (mustLeave) navigate(signInHref(pathname + search + hash), { replace: true });
  }, [mustLeave, navigate, pathname, search, hash]);

  return state.status === 'signed-in' ? children : <LoadingState />;
}
