/**
 * Operational metrics in the Prometheus text format: request latency histograms per route, requests
 * in flight, the database pool, queue depths and the process. Kept in the process; gauges are read
 * when scraped. Separate `pantau serve` processes are scraped on their own; the workers of one
 * `pantau serve --workers N` answer together, each sample labelled with its worker (`cluster/`). Other parts register their own gauges with
 * `app.metrics.gauge(…)` (e.g. a job queue's depth).
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { FastifyInstance } from 'fastify';
import type { GaugeRegistry, GaugeSamples } from '../services/operations/metrics.service.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** This process's metrics, rendered by GET /metrics. */
    metrics: MetricsRegistry;
  }
}

/** Upper bounds (seconds) of the latency histogram's buckets. */
export const LATENCY_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

type Labels = Record<string, string>;

interface Histogram {
  labels: Labels;
  buckets: number[];
  sum: number;
  count: number;
}

interface Gauge {
  help: string;
  collect: () => GaugeSamples | Promise<GaugeSamples>;
}

/** Request latencies and registered gauges, rendered in the Prometheus text exposition format. */
export class MetricsRegistry implements GaugeRegistry {
  private readonly latencies = new Map<string, Histogram>();
  private readonly gauges = new Map<string, Gauge>();
  private gatherer: (() => Promise<string>) | null = null;

  /** Records one request's duration. */
  observeRequest(method: string, route: string, status: number, seconds: number): void {
    const labels = { method, route, status: String(status) };
    const key = `${method} ${route} ${status}`;
    let histogram = this.latencies.get(key);
    if (!histogram) {
      histogram = { labels, buckets: LATENCY_BUCKETS.map(() => 0), sum: 0, count: 0 };
      this.latencies.set(key, histogram);
    }
    for (let i = 0; i < LATENCY_BUCKETS.length; i++) {
      if (seconds <= (LATENCY_BUCKETS[i] as number)) histogram.buckets[i] = (histogram.buckets[i] as number) + 1;
    }
    histogram.sum += seconds;
    histogram.count++;
  }

  /** Registers a gauge read at every scrape; a name registered again replaces the earlier one. */
  gauge(name: string, help: string, collect: Gauge['collect']): void {
    this.gauges.set(name, { help, collect });
  }

  /**
   * Makes `render()` answer with what `gather` returns: a worker of `pantau serve --workers N`
   * answers a scrape with every worker's metrics, so one scrape target sees the whole server.
   */
  gatherWith(gather: () => Promise<string>): void {
    this.gatherer = gather;
  }

  /** The metrics a scrape sees: this process's, or every worker's when gathered. */
  render(): Promise<string> {
    return this.gatherer ? this.gatherer() : this.renderOwn();
  }

  /** This process's metrics in the Prometheus text format (version 0.0.4). */
  async renderOwn(): Promise<string> {
    const lines: string[] = [
      '# HELP pantau_http_request_duration_seconds Time from receiving a request to sending its response, per route.',
      '# TYPE pantau_http_request_duration_seconds histogram',
    ];
    for (const h of [...this.latencies.values()].sort(byLabels)) {
      LATENCY_BUCKETS.forEach((le, i) => {
        lines.push(
          `pantau_http_request_duration_seconds_bucket${labelText({ ...h.labels, le: String(le) })} ${h.buckets[i]}`,
        );
      });
      lines.push(`pantau_http_request_duration_seconds_bucket${labelText({ ...h.labels, le: '+Inf' })} ${h.count}`);
      lines.push(`pantau_http_request_duration_seconds_sum${labelText(h.labels)} ${h.sum}`);
      lines.push(`pantau_http_request_duration_seconds_count${labelText(h.labels)} ${h.count}`);
    }
    for (const [name, gauge] of [...this.gauges].sort(([a], [b]) => a.localeCompare(b))) {
      const samples = await gauge.collect();
      lines.push(`# HELP ${name} ${gauge.help}`, `# TYPE ${name} gauge`);
      if (typeof samples === 'number') lines.push(`${name} ${samples}`);
      else for (const sample of samples) lines.push(`${name}${labelText(sample.labels)} ${sample.value}`);
    }
    return `${lines.join('\n')}\n`;
  }
}

function byLabels(a: Histogram, b: Histogram): number {
  return labelText(a.labels).localeCompare(labelText(b.labels));
}

function labelText(labels: Labels): string {
  const parts = Object.entries(labels).map(
    ([key, value]) => `${key}="${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`,
  );
  return parts.length === 0 ? '' : `{${parts.join(',')}}`;
}

/**
 * Times every request and registers the process-wide gauges. Install before the routes; the route
 * template (not the raw URL) labels each request, so the number of series stays bounded.
 */
export function installMetrics(app: FastifyInstance): MetricsRegistry {
  const registry = new MetricsRegistry();
  app.decorate('metrics', registry);

  let inFlight = 0;
  app.addHook('onRequest', async (_request, reply) => {
    inFlight++;
    // 'close' fires for answered and abandoned requests alike, so the gauge cannot drift.
    reply.raw.once('close', () => {
      inFlight--;
    });
  });
  app.addHook('onResponse', async (request, reply) => {
    registry.observeRequest(
      request.method,
      request.routeOptions.url ?? '(unmatched)',
      reply.statusCode,
      reply.elapsedTime / 1000,
    );
  });

  const loopDelay = monitorEventLoopDelay({ resolution: 10 });
  loopDelay.enable();
  app.addHook('onClose', async () => loopDelay.disable());

  registry.gauge('pantau_http_requests_in_flight', 'Requests received and not yet answered.', () => inFlight);
  registry.gauge('pantau_process_resident_memory_bytes', 'Resident set size of this process.', () =>
    process.memoryUsage.rss(),
  );
  registry.gauge('pantau_process_heap_used_bytes', 'V8 heap in use.', () => process.memoryUsage().heapUsed);
  registry.gauge(
    'pantau_event_loop_delay_seconds',
    'Event-loop delay since the previous scrape (p50, p99, max): how long ready work waited.',
    () => {
      const samples = [
        { labels: { quantile: '0.5' }, value: loopDelay.percentile(50) / 1e9 },
        { labels: { quantile: '0.99' }, value: loopDelay.percentile(99) / 1e9 },
        { labels: { quantile: '1' }, value: loopDelay.max / 1e9 },
      ];
      loopDelay.reset();
      return samples;
    },
  );
  return registry;
}
