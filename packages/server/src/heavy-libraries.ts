/**
 * Libraries that only exports, imports and documents use, loaded on first use: each adds 15–30 MB
 * to every process that loads it (and to the figures worker thread, were it to), while most
 * processes serve pages and the API all day without writing a spreadsheet or a PDF.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** exceljs (spreadsheets). */
export const exceljs = (): typeof import('exceljs') => require('exceljs');

/** pdfkit (PDF documents). */
export const pdfkit = (): typeof import('pdfkit') => require('pdfkit');
