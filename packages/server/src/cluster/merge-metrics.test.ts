import { describe, expect, it } from 'vitest';
import { mergeWorkerMetrics, withWorkerLabel } from './merge-metrics.js';

const worker = (inFlight: number, count: number) =>
  [
    '# HELP pantau_http_request_duration_seconds Time per route.',
    '# TYPE pantau_http_request_duration_seconds histogram',
    `pantau_http_request_duration_seconds_bucket{method="GET",route="/api/health",status="200",le="+Inf"} ${count}`,
    `pantau_http_request_duration_seconds_count{method="GET",route="/api/health",status="200"} ${count}`,
    '# HELP pantau_http_requests_in_flight Requests received and not yet answered.',
    '# TYPE pantau_http_requests_in_flight gauge',
    `pantau_http_requests_in_flight ${inFlight}`,
    '',
  ].join('\n');

describe('mergeWorkerMetrics', () => {
  it('keeps each family together under one HELP and TYPE, every sample labelled with its worker', () => {
    const merged = mergeWorkerMetrics(
      [
        { worker: 1, text: worker(1, 5) },
        { worker: 2, text: worker(0, 7) },
      ],
      '# TYPE pantau_worker_restarts_total counter\npantau_worker_restarts_total 0',
    );
    expect(merged).toBe(
      [
        '# HELP pantau_http_request_duration_seconds Time per route.',
        '# TYPE pantau_http_request_duration_seconds histogram',
        'pantau_http_request_duration_seconds_bucket{worker="1",method="GET",route="/api/health",status="200",le="+Inf"} 5',
        'pantau_http_request_duration_seconds_count{worker="1",method="GET",route="/api/health",status="200"} 5',
        'pantau_http_request_duration_seconds_bucket{worker="2",method="GET",route="/api/health",status="200",le="+Inf"} 7',
        'pantau_http_request_duration_seconds_count{worker="2",method="GET",route="/api/health",status="200"} 7',
        '# HELP pantau_http_requests_in_flight Requests received and not yet answered.',
        '# TYPE pantau_http_requests_in_flight gauge',
        'pantau_http_requests_in_flight{worker="1"} 1',
        'pantau_http_requests_in_flight{worker="2"} 0',
        '# TYPE pantau_worker_restarts_total counter',
        'pantau_worker_restarts_total 0',
        '',
      ].join('\n'),
    );
  });

  it('labels samples with and without labels alike', () => {
    expect(withWorkerLabel('up 1', 3)).toBe('up{worker="3"} 1');
    expect(withWorkerLabel('up{} 1', 3)).toBe('up{worker="3"} 1');
    expect(withWorkerLabel('q{queue="a"} 2', 3)).toBe('q{worker="3",queue="a"} 2');
  });
});
