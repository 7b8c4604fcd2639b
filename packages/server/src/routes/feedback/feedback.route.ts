/**
 * Citizen feedback: the public form (proof-of-work challenge, submission), follow-up by ticket, the
 * published answers; moderation by admin and answers by the institution's focal point.
 */
import {
  feedbackAnswerRequestSchema,
  feedbackChallengeSchema,
  feedbackDetailSchema,
  feedbackListQuerySchema,
  feedbackModerateRequestSchema,
  feedbackPageSchema,
  feedbackPublicationRequestSchema,
  feedbackReceiptSchema,
  feedbackSubmitRequestSchema,
  feedbackTicketParamsSchema,
  feedbackTicketSchema,
  publicFeedbackPageSchema,
  publicFeedbackQuerySchema,
} from '@pantau/core';
import type { AppContext } from '../../context.js';
import { requestLocale } from '../../http/locale.js';
import { answeredFromCache, dataVersionEtag } from '../../http/public-api.js';
import { callerOf, errorResponses, idParams } from '../../http/route-kit.js';
import { sendTable } from '../../http/table-reply.js';
import type { ZodApp } from '../../http/zod-app.js';
import {
  allPublishedFeedback,
  feedbackByTicket,
  publishedFeedback,
  submitFeedback,
} from '../../services/feedback/feedback.service.js';
import { getFeedbackForStaff, listFeedbackForStaff } from '../../services/feedback/feedback-desk.service.js';
import {
  answerFeedback,
  moderateFeedback,
  setFeedbackPublication,
} from '../../services/feedback/feedback-moderation.service.js';
import { issueChallenge } from '../../services/feedback/feedback-spam.js';
import { feedbackTable } from '../../services/public/public-tables.js';

const errors = errorResponses(400, 401, 403, 404, 409);

export function feedbackRoutes(app: ZodApp, context: AppContext): void {
  app.get(
    '/api/public/feedback/challenge',
    {
      config: { permission: 'feedback.submit', publicCache: 'none' },
      schema: {
        tags: ['feedback'],
        summary: 'A proof-of-work challenge for the feedback form (valid once, 15 minutes)',
        description:
          'Find a nonce (1–32 letters or digits) such that SHA-256 of the UTF-8 text `challenge + nonce` starts with ' +
          '`difficulty` zero bits, then send both with the form. `solveProofOfWork` in @pantau/core does it. The ' +
          "difficulty grows with the recent volume from the caller's address: PANTAU_FEEDBACK_POW_BITS (16) up to " +
          'PANTAU_FEEDBACK_PER_HOUR (5) per hour and PANTAU_FEEDBACK_PER_DAY (20) per day, then one more bit each time ' +
          'the volume doubles, at most PANTAU_FEEDBACK_POW_MAX_EXTRA_BITS (6) more.',
        response: { 200: feedbackChallengeSchema },
      },
    },
    (request) => issueChallenge(context, request.ip),
  );

  app.post(
    '/api/public/feedback',
    {
      config: { permission: 'feedback.submit' },
      schema: {
        tags: ['feedback'],
        summary: 'Send feedback (usulan or pengaduan) about an institution or action; returns the ticket code',
        description:
          'Needs a solved challenge at the difficulty the address needs now; no address is refused for volume, its ' +
          'work grows instead (400 `proof_of_work_harder`: fetch a new challenge and solve it). Name, e-mail and ' +
          'phone are optional and never shown publicly nor to the institution.',
        body: feedbackSubmitRequestSchema,
        response: { 201: feedbackReceiptSchema, ...errorResponses(400) },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await submitFeedback(context, request.body, request.ip, requestLocale(request))),
  );

  app.get(
    '/api/public/feedback/:ticket',
    {
      config: { permission: 'feedback.submit', publicCache: 'private' },
      schema: {
        tags: ['feedback'],
        summary: 'Follow feedback by its ticket: status, dates, the answer (never the sender’s details)',
        params: feedbackTicketParamsSchema,
        response: { 200: feedbackTicketSchema, ...errorResponses(404) },
      },
    },
    (request) => feedbackByTicket(context, request.params.ticket),
  );

  app.get(
    '/api/public/feedback',
    {
      config: { permission: 'public.read' },
      schema: {
        tags: ['public'],
        summary: 'Answered feedback whose answer the institution published, newest first',
        description: 'Add `?format=csv` or `?format=xlsx` to download every row.',
        querystring: publicFeedbackQuerySchema,
        response: { 200: publicFeedbackPageSchema, ...errorResponses(400, 404) },
      },
    },
    async (request, reply) => {
      const { institution, limit, offset, format } = request.query;
      if (format === 'json') return publishedFeedback(context, institution, { limit, offset });
      if (answeredFromCache(request, reply, await dataVersionEtag(context, request))) return reply;
      return sendTable(
        reply,
        feedbackTable(institution, await allPublishedFeedback(context, institution)),
        format,
        'public',
      );
    },
  );

  app.get(
    '/api/feedback',
    {
      config: { permission: 'feedback.read' },
      schema: {
        tags: ['feedback'],
        summary: 'Feedback: admin and observers all; a focal point what was forwarded to its institution',
        description:
          '`?overdue=true` lists forwarded feedback past its answer date (7 working days). `counts` gives the number ' +
          'in each state for the desk, whatever the filters.',
        querystring: feedbackListQuerySchema,
        response: { 200: feedbackPageSchema, ...errors },
      },
    },
    (request) => {
      const { limit, offset, ...query } = request.query;
      return listFeedbackForStaff(context, callerOf(request), query, { limit, offset });
    },
  );

  app.get(
    '/api/feedback/:id',
    {
      config: { permission: 'feedback.read' },
      schema: {
        tags: ['feedback'],
        summary: 'One feedback item with its history',
        params: idParams,
        response: { 200: feedbackDetailSchema, ...errors },
      },
    },
    (request) => getFeedbackForStaff(context, callerOf(request), request.params.id),
  );

  app.post(
    '/api/feedback/:id/moderate',
    {
      config: { permission: 'feedback.moderate' },
      schema: {
        tags: ['feedback'],
        summary:
          'Accept (and forward to the institution, or another one, answer due in 7 working days) or reject with a reason',
        params: idParams,
        body: feedbackModerateRequestSchema,
        response: { 200: feedbackDetailSchema, ...errors },
      },
    },
    (request) => moderateFeedback(context, callerOf(request), request.params.id, request.body),
  );

  app.post(
    '/api/feedback/:id/answer',
    {
      config: { permission: 'feedback.answer' },
      schema: {
        tags: ['feedback'],
        summary: 'Answer feedback forwarded to my institution; `publish` lists it on the portal',
        params: idParams,
        body: feedbackAnswerRequestSchema,
        response: { 200: feedbackDetailSchema, ...errors },
      },
    },
    (request) => answerFeedback(context, callerOf(request), request.params.id, request.body),
  );

  app.post(
    '/api/feedback/:id/publication',
    {
      config: { permission: 'feedback.answer' },
      schema: {
        tags: ['feedback'],
        summary: 'Publish an answer kept private, or withdraw a published one with a reason',
        params: idParams,
        body: feedbackPublicationRequestSchema,
        response: { 200: feedbackDetailSchema, ...errors },
      },
    },
    (request) => setFeedbackPublication(context, callerOf(request), request.params.id, request.body),
  );
}
