/**
 * The deadline rush: N focal points, signed in, each submitting M reports of the current quarter
 * at once through the real API — open the report, upload a PDF as evidence, submit — every write
 * with an Idempotency-Key, as the web app does on a flaky connection.
 */
import { randomUUID } from 'node:crypto';
import { Client, multipart, uniquePdf } from './http.js';
import { focalPointEmail } from './national-accounts.js';

export interface RushPlan {
  period: string;
  quarter: number;
  clients: RushClient[];
}

/** One focal point and the submissions it will make. */
export interface RushClient {
  institution: string;
  client: Client;
  submissions: Submission[];
}

/** One submission with the keys it uses, so a retry after a crash repeats the same requests. */
export interface Submission {
  institution: string;
  targetCode: string;
  keys: { open: string; upload: string; submit: string };
  reportId?: number;
  version?: number;
  uploaded?: boolean;
  /** Set when the server answered the submit step with 200. */
  acknowledged?: boolean;
}

interface TargetsPage {
  targets: { targetCode: string; report: { state: string } | null }[];
}

/** Institution codes in the order the API lists them (public endpoint). */
export async function listInstitutionCodes(base: string): Promise<string[]> {
  const client = new Client(base);
  const codes: string[] = [];
  for (let offset = 0; ; offset += 100) {
    const page = await client.request<{ items: { code: string }[] }>(
      'GET',
      `/api/institutions?limit=100&offset=${offset}`,
    );
    if (page.status !== 200) throw new Error(`listing institutions failed: ${page.status}`);
    codes.push(...page.body.items.map((i) => i.code));
    if (page.body.items.length < 100) return codes;
  }
}

/**
 * Signs in `clients` focal points (institutions in turn; several clients share an institution only
 * when there are more clients than institutions) and gives each up to `perClient` targets of the
 * quarter that its institution has not submitted yet.
 */
export async function planRush(
  base: string,
  options: { clients: number; perClient: number; period: string; quarter: number; password: string },
): Promise<RushPlan> {
  // Pemda first: they carry the most outputs.
  const codes = (await listInstitutionCodes(base)).sort((a, b) => Number(/^\d/.test(b)) - Number(/^\d/.test(a)));
  const clients: RushClient[] = [];
  const available = new Map<string, string[]>();
  let next = 0;
  const signIns: Promise<void>[] = [];
  const signInNext = async (): Promise<void> => {
    while (next < options.clients) {
      const index = next++;
      const institution = codes[index % codes.length] as string;
      const share = Math.floor(index / codes.length);
      const client = await Client.signIn(base, focalPointEmail(institution), options.password);
      let open = available.get(institution);
      if (!open) {
        const page = await client.request<TargetsPage>(
          'GET',
          `/api/institutions/${encodeURIComponent(institution)}/targets?period=${options.period}&quarter=${options.quarter}`,
        );
        if (page.status !== 200)
          throw new Error(`targets of ${institution}: ${page.status} ${JSON.stringify(page.body)}`);
        open = page.body.targets
          // Reports the institution may still edit (evidence goes in before submission).
          .filter((t) => t.report === null || ['draft', 'revision_requested'].includes(t.report.state))
          .map((t) => t.targetCode);
        available.set(institution, open);
      }
      const targets = open.slice(share * options.perClient, (share + 1) * options.perClient);
      clients[index] = {
        institution,
        client,
        submissions: targets.map((targetCode) => ({
          institution,
          targetCode,
          keys: { open: randomUUID(), upload: randomUUID(), submit: randomUUID() },
        })),
      };
    }
  };
  // Sign-ins hash passwords (argon2): a few at a time, before the rush starts.
  for (let i = 0; i < 4; i++) signIns.push(signInNext());
  await Promise.all(signIns);
  return { period: options.period, quarter: options.quarter, clients };
}

export interface RushOutcome {
  submissions: number;
  acknowledged: number;
  errors: number;
  errorsByKind: Record<string, number>;
  /** Failed attempts that were retried (crash test only). */
  retriedByKind: Record<string, number>;
  seconds: number;
  submissionsPerSecond: number;
  requestsPerSecond: number;
  megabytesPerSecond: number;
  /** Milliseconds per whole submission (open + upload + submit) and per request. */
  submissionMs: number[];
  requestMs: number[];
  /** Milliseconds per request, by step (open, upload, submit). */
  stepMs: Record<string, number[]>;
}

/**
 * Runs the plan: every client works through its submissions one after another, all clients at
 * once — as fast as they can, or at a fixed total `rate` of submissions per second. `retry` keeps retrying a failed step with the same Idempotency-Key until `until()` is
 * false (the crash test); otherwise a failed submission counts as an error and the client moves on.
 */
export async function runRush(
  plan: RushPlan,
  options: {
    fileBytes: number;
    /** Submissions started per second in all (open loop); absent: every client as fast as it can. */
    rate?: number | undefined;
    retry?: { until: () => boolean; pauseMs: number };
  },
): Promise<RushOutcome> {
  const submissionMs: number[] = [];
  const requestMs: number[] = [];
  const errorsByKind: Record<string, number> = {};
  const retriedByKind: Record<string, number> = {};
  const stepMs: Record<string, number[]> = {};
  let requests = 0;
  let uploadedBytes = 0;
  const started = performance.now();

  const step = async <T>(
    call: () => Promise<{ status: number; body: T; ms: number }>,
    ok: (status: number) => boolean,
    name: string,
  ): Promise<T | null> => {
    for (;;) {
      let failure: string;
      try {
        const response = await call();
        requests++;
        requestMs.push(response.ms);
        stepMs[name] = [...(stepMs[name] ?? []), response.ms];
        if (ok(response.status)) return response.body;
        failure = `${name} ${response.status}`;
      } catch (error) {
        failure = `${name} ${(error as { cause?: { code?: string } }).cause?.code ?? (error as Error).name}`;
      }
      if (!options.retry?.until()) {
        errorsByKind[failure] = (errorsByKind[failure] ?? 0) + 1;
        return null;
      }
      retriedByKind[failure] = (retriedByKind[failure] ?? 0) + 1;
      await new Promise((resolve) => setTimeout(resolve, options.retry?.pauseMs));
    }
  };

  const submit = async (client: Client, s: Submission): Promise<boolean> => {
    if (s.reportId === undefined) {
      const report = await step(
        () =>
          client.request<{ id: number; version: number }>('POST', '/api/reports', {
            json: { period: plan.period, targetCode: s.targetCode },
            headers: { 'idempotency-key': s.keys.open },
          }),
        (status) => status === 200 || status === 201,
        'open',
      );
      if (!report) return false;
      s.reportId = report.id;
      s.version = report.version;
    }
    if (!s.uploaded) {
      const file = multipart(`bukti-${s.targetCode}.pdf`, uniquePdf(options.fileBytes));
      const uploaded = await step(
        () =>
          client.request('POST', `/api/reports/${s.reportId}/evidence?checklistIndex=0`, {
            body: file.body,
            headers: { ...file.headers, 'idempotency-key': s.keys.upload },
          }),
        (status) => status === 201,
        'upload',
      );
      if (uploaded === null) return false;
      s.uploaded = true;
      uploadedBytes += file.body.length;
    }
    const submitted = await step(
      () =>
        client.request('POST', `/api/reports/${s.reportId}/transitions`, {
          json: { action: 'submit', version: s.version },
          headers: { 'idempotency-key': s.keys.submit },
        }),
      (status) => status === 200,
      'submit',
    );
    if (submitted === null) return false;
    s.acknowledged = true;
    return true;
  };

  const clientCount = plan.clients.length;
  await Promise.all(
    plan.clients.map(async ({ client, submissions }, c) => {
      for (const [j, s] of submissions.entries()) {
        let began = performance.now();
        if (options.rate) {
          // Open loop: submission j of client c is due at a fixed time, busy server or not, and its
          // latency counts from then (a client that falls behind waits in the queue it would see).
          const due = started + ((j * clientCount + c) / options.rate) * 1000;
          if (due > began) await new Promise((resolve) => setTimeout(resolve, due - began));
          began = due;
        }
        if (await submit(client, s)) submissionMs.push(performance.now() - began);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const all = plan.clients.flatMap((c) => c.submissions);
  const acknowledged = all.filter((s) => s.acknowledged).length;
  return {
    submissions: all.length,
    acknowledged,
    errors: Object.values(errorsByKind).reduce((sum, n) => sum + n, 0),
    errorsByKind,
    retriedByKind,
    seconds: Math.round(seconds * 100) / 100,
    submissionsPerSecond: Math.round((acknowledged / seconds) * 10) / 10,
    requestsPerSecond: Math.round((requests / seconds) * 10) / 10,
    megabytesPerSecond: Math.round((uploadedBytes / 1_048_576 / seconds) * 10) / 10,
    submissionMs,
    requestMs,
    stepMs,
  };
}
