import { useEffect } from 'react';
import { useLocation } from '../../router';

/** Once `ready`, brings the element the address's #hash names into view (it did not exist at navigation). */
export function useScrollToHash(ready: boolean): void {
  const { hash } = useLocation();
  useEffect(() => {
    if (ready && hash.length > 1) document.getElementById(decodeURIComponent(hash.slice(1)))?.scrollIntoView();
  }, [ready, hash]);
}
