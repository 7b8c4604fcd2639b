/**
 * A few API calls for test set-up and cross-checks (never to drive the workflow: the browser does
 * that). Signs in like a browser, keeping the session cookie and CSRF token.
 */
import { DEMO_ACCOUNTS, DEMO_PASSWORD, type DemoRole } from './accounts';
import { signInRequest } from './staff-api';

export interface ApiSession {
  get<T>(path: string): Promise<T>;
}

/** Signs `role` in on the server at `baseUrl` and returns a client for GET requests. */
export async function apiSession(baseUrl: string, role: DemoRole): Promise<ApiSession> {
  const login = await signInRequest(baseUrl, DEMO_ACCOUNTS[role], DEMO_PASSWORD);
  if (!login.ok) throw new Error(`sign-in of ${role} failed: ${login.status} ${await login.text()}`);
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  return {
    async get<T>(path: string): Promise<T> {
      const response = await fetch(`${baseUrl}${path}`, { headers: { cookie, accept: 'application/json' } });
      if (!response.ok) throw new Error(`GET ${path}: ${response.status} ${await response.text()}`);
      return (await response.json()) as T;
    },
  };
}

interface Period {
  code: string;
  status: 'active' | 'closed';
  currentQuarter: number | null;
  quarters: { number: number; status: 'planned' | 'open' | 'closed' }[];
}

interface InstitutionTargets {
  quarter: number;
  targets: {
    targetCode: string;
    aksi: { code: string };
    output: { name: string };
    report: { id: number; state: string } | null;
  }[];
}

export interface WorkTarget {
  period: string;
  quarter: number;
  targetCode: string;
  aksiCode: string;
}

/**
 * A target of the quarter the institution works on now (the active period's current quarter, else
 * its last open one) in one of `aksi`, preferring one not started yet. Read from the API, so the
 * test follows the demo data whatever today's date is.
 */
export async function findWorkTarget(
  session: ApiSession,
  institution: string,
  aksi: readonly string[],
): Promise<WorkTarget> {
  const periods = await session.get<Period[]>('/api/periods');
  const period = periods.find((p) => p.status === 'active') ?? periods[0];
  if (!period) throw new Error('the demo has no period');
  const open = period.quarters.filter((q) => q.status === 'open');
  const quarter = period.currentQuarter ?? open[open.length - 1]?.number;
  if (!quarter) throw new Error(`period ${period.code} has no current or open quarter`);
  const data = await session.get<InstitutionTargets>(
    `/api/institutions/${institution}/targets?period=${period.code}&quarter=${quarter}`,
  );
  const candidates = data.targets.filter((t) => aksi.includes(t.aksi.code));
  const target = candidates.find((t) => t.report === null) ?? candidates.find((t) => t.report?.state === 'draft');
  if (!target)
    throw new Error(
      `institution ${institution} has no workable target of aksi ${aksi.join(',')} in quarter ${quarter}`,
    );
  return { period: period.code, quarter, targetCode: target.targetCode, aksiCode: target.aksi.code };
}

interface Performance {
  quarters: { quarter: number; verified: number; submitted: number }[];
}

/** The institution's live figures of one quarter. */
export async function quarterFigures(session: ApiSession, institution: string, period: string, quarter: number) {
  const data = await session.get<Performance>(`/api/institutions/${institution}/performance?period=${period}`);
  const figures = data.quarters.find((q) => q.quarter === quarter);
  if (!figures) throw new Error(`no figures for quarter ${quarter}`);
  return figures;
}
