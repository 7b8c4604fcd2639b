/**
 * The one error shape of the application. Services throw `AppError` subclasses; the HTTP error
 * handler turns them into `{ error: { code, message, details, requestId } }` in the caller's
 * language, and the CLI prints the message and exits non-zero.
 */

/** A text in both languages of the product. */
export interface LocalizedText {
  id: string;
  en: string;
}

/** A detail about one field or row of the input. */
export interface ErrorDetail {
  path: string;
  message: string;
}

/** An expected failure with an HTTP status, a stable code and a message the user can act on. */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly text: LocalizedText,
    readonly details: ErrorDetail[] = [],
  ) {
    super(text.en);
    this.name = new.target.name;
  }
}

/** The input is malformed or breaks a rule. */
export class ValidationError extends AppError {
  constructor(text: LocalizedText, details: ErrorDetail[] = []) {
    super(400, 'invalid_input', text, details);
  }
}

/** The object does not exist, or the caller may not know it does. */
export class NotFoundError extends AppError {
  constructor(text: LocalizedText = { id: 'Data tidak ditemukan.', en: 'Not found.' }) {
    super(404, 'not_found', text);
  }
}

/** The request clashes with the current state (stale version, duplicate, forbidden transition). */
export class ConflictError extends AppError {
  constructor(code: string, text: LocalizedText, details: ErrorDetail[] = []) {
    super(409, code, text, details);
  }
}
