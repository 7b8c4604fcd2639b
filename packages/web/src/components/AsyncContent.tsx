import type { ReactNode } from 'react';
import type { AsyncState } from '../api/useApi';
import { ErrorState } from './ErrorState';
import { LoadingState } from './LoadingState';

interface AsyncContentProps<T> {
  state: AsyncState<T>;
  children: (data: T) => ReactNode;
  /** Extra ways out shown beside the retry button on error. */
  errorActions?: ReactNode;
}

/**
 * Renders loading, error (with retry) or the data, so no page can leave a visitor stuck on
 * a blank screen. Data already shown stays visible while it reloads.
 */
export function AsyncContent<T>({ state, children, errorActions }: AsyncContentProps<T>) {
  if (state.data !== undefined) {
    return <div aria-busy={state.loading}>{children(state.data)}</div>;
  }
  if (state.error !== undefined) {
    return (
      <ErrorState error={state.error} onRetry={state.retry}>
        {errorActions}
      </ErrorState>
    );
  }
  return <LoadingState />;
}
