/**
 * Libraries most processes never use, loaded on first use: exceljs and pdfkit add 15–30 MB each
 * to a process that loads them, the S3 client, nodemailer and qrcode about 5 MB of heap together
 * (and the figures worker thread would pay again, were it to load them). Most processes serve
 * pages and the API all day without writing a spreadsheet or a PDF, storing evidence in S3,
 * sending mail or enrolling an authenticator app.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** exceljs (spreadsheets). */
export const exceljs = (): typeof import('exceljs') => require('exceljs');

/** pdfkit (PDF documents). */
export const pdfkit = (): typeof import('pdfkit') => require('pdfkit');

/** The AWS S3 client (evidence in an S3-compatible bucket). */
export const awsS3 = (): typeof import('@aws-sdk/client-s3') => require('@aws-sdk/client-s3');

/** nodemailer (SMTP, only when mail is configured). */
export const nodemailer = (): typeof import('nodemailer') => require('nodemailer');

/** qrcode (the QR code of an authenticator enrolment). */
export const qrcode = (): typeof import('qrcode') => require('qrcode');
