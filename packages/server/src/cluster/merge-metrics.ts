/**
 * One Prometheus text answer from several workers' answers. The exposition format wants every
 * sample of a metric family together under one HELP and TYPE, so the workers' texts cannot simply
 * be joined: samples are regrouped by family and each one is labelled `worker="<n>"`.
 */

/** One worker's own metrics text. */
export interface WorkerMetrics {
  /** The worker's number (1…N), stable across its restarts. */
  worker: number;
  text: string;
}

interface Family {
  help: string | null;
  type: string | null;
  samples: string[];
}

const NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*/;

/** `line` with `worker="<n>"` as its first label. */
export function withWorkerLabel(line: string, worker: number): string {
  const name = NAME.exec(line)?.[0];
  if (!name) return line;
  const rest = line.slice(name.length);
  const label = `worker="${worker}"`;
  if (rest.startsWith('{}')) return `${name}{${label}}${rest.slice(2)}`;
  if (rest.startsWith('{')) return `${name}{${label},${rest.slice(1)}`;
  return `${name}{${label}}${rest}`;
}

/**
 * Merges the workers' texts, families in the order first seen, then appends `extra` (the
 * supervisor's own families, already in the exposition format and unlabelled).
 */
export function mergeWorkerMetrics(answers: readonly WorkerMetrics[], extra = ''): string {
  const families = new Map<string, Family>();
  const family = (name: string): Family => {
    let found = families.get(name);
    if (!found) {
      found = { help: null, type: null, samples: [] };
      families.set(name, found);
    }
    return found;
  };
  for (const { worker, text } of answers) {
    let current: string | null = null;
    for (const line of text.split('\n')) {
      if (line.trim() === '') continue;
      const comment = /^# (HELP|TYPE) (\S+) ?(.*)$/.exec(line);
      if (comment) {
        const [, kind, name, value] = comment as unknown as [string, string, string, string];
        current = name;
        const target = family(name);
        if (kind === 'HELP') target.help ??= value;
        else target.type ??= value;
        continue;
      }
      if (line.startsWith('#')) continue;
      const name = NAME.exec(line)?.[0] ?? '';
      // A histogram's _bucket, _sum and _count samples belong to the family named in its TYPE line.
      const owner = current !== null && name.startsWith(current) ? current : name;
      family(owner).samples.push(withWorkerLabel(line, worker));
    }
  }
  const lines: string[] = [];
  for (const [name, { help, type, samples }] of families) {
    if (help !== null) lines.push(`# HELP ${name} ${help}`);
    if (type !== null) lines.push(`# TYPE ${name} ${type}`);
    lines.push(...samples);
  }
  const tail = extra.trim();
  return `${[...lines, ...(tail ? [tail] : [])].join('\n')}\n`;
}
