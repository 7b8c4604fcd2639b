import { useAccount } from '../../auth/AuthProvider';
import { useSearchParams } from '../../router';

/**
 * Whose work units a page shows: the focal point's (or contributor's) own institution; admin and
 * observers choose one with `?instansi=`. `manage`: may change units and their assignments.
 */
export function useUnitInstitution() {
  const user = useAccount();
  const national = user.roles.includes('admin') || user.roles.includes('observer');
  const asked = useSearchParams().get('instansi');
  return {
    national,
    asked,
    code: national ? asked : (user.institution?.code ?? null),
    manage: user.roles.includes('admin') || user.roles.includes('focal_point'),
    /** May see the unit board. */
    board: national || user.roles.includes('focal_point'),
    /** The `?instansi=` to keep when moving between the unit views. */
    query: asked ? `?instansi=${encodeURIComponent(asked)}` : '',
  };
}
