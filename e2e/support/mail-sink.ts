/**
 * The SMTP sink the server tests use (a real SMTP server on 127.0.0.1 keeping what it receives),
 * for browser tests that follow the links of e-mails.
 */
export { type ReceivedMail, type SmtpSink, startSmtpSink } from '../../packages/server/src/test-support/smtp-sink';
