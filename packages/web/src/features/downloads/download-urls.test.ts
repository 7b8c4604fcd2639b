import { describe, expect, it } from 'vitest';
import {
  importTemplateUrl,
  importUrl,
  listExportLink,
  quarterlyReportLink,
  reportCardLink,
  semesterOf,
  semesterReportLink,
} from './download-urls';

describe('download links', () => {
  it('addresses the national reports and a report card', () => {
    expect(quarterlyReportLink('2025-2026', 3, 'xlsx')).toEqual({
      url: '/api/documents/quarterly?period=2025-2026&quarter=3&format=xlsx',
      fallbackName: 'pantau-laporan-2025-2026-triwulan-3.xlsx',
    });
    expect(semesterReportLink('2025-2026', semesterOf(3), 'pdf').url).toBe(
      '/api/documents/semester?period=2025-2026&semester=2&format=pdf',
    );
    expect(reportCardLink(' 33.74 ', '2025-2026', 2)).toEqual({
      url: '/api/documents/report-card?institution=33.74&period=2025-2026&quarter=2',
      fallbackName: 'pantau-rapor-33.74-2025-2026-triwulan-2.pdf',
    });
  });

  it('pairs quarters into semesters', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8].map(semesterOf)).toEqual([1, 1, 2, 2, 3, 3, 4, 4]);
  });

  it('addresses list exports, leaving out an unset scope', () => {
    expect(listExportLink('reports', 'csv', { period: '2025-2026', quarter: 4 }).url).toBe(
      '/api/exports/reports.csv?period=2025-2026&quarter=4',
    );
    expect(listExportLink('reports', 'xlsx').url).toBe('/api/exports/reports.xlsx');
    expect(listExportLink('users', 'csv').url).toBe('/api/exports/users.csv');
    expect(listExportLink('institutions', 'xlsx').fallbackName).toBe('instansi.xlsx');
    expect(listExportLink('feedback', 'csv').url).toBe('/api/exports/feedback.csv');
    expect(listExportLink('feedback', 'xlsx').fallbackName).toBe('aduan.xlsx');
    expect(listExportLink('publicFeedback', 'xlsx').url).toBe('/api/public/feedback?format=xlsx');
  });

  it('offers no CSV template for the all-sheets import', () => {
    expect(importTemplateUrl('users', 'csv')).toBe('/api/import/templates/users.csv');
    expect(importTemplateUrl('all', 'xlsx')).toBe('/api/import/templates/all.xlsx');
    expect(importTemplateUrl('all', 'csv')).toBeNull();
    expect(importUrl('catalogue', true)).toBe('/api/import/catalogue?dryRun=true');
    expect(importUrl('catalogue', false)).toBe('/api/import/catalogue?dryRun=false');
  });
});
