/** Announcements: send to an audience, read one's own, follow read receipts, remind. */
import {
  announcementListQuerySchema,
  announcementPageSchema,
  announcementReceiptsSchema,
  announcementRequestSchema,
  announcementSchema,
  reminderResultSchema,
} from '@pantau/core';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { sendDownload } from '../../http/file-reply.js';
import { callerOf, callerScopeOf, idParams } from '../../http/route-kit.js';
import type { ZodApp } from '../../http/zod-app.js';
import {
  announcementAttachmentFile,
  announcementReceipts,
  getAnnouncement,
  listMyAnnouncements,
  listSentAnnouncements,
  markAnnouncementRead,
  remindUnread,
  sendAnnouncement,
} from '../../services/coordination/announcement.service.js';
import { downloadErrors, errors } from './errors.js';

const actorOf = (request: FastifyRequest) => callerOf(request);
const tags = ['announcements'];

export function announcementRoutes(app: ZodApp, context: AppContext): void {
  app.post(
    '/api/announcements',
    {
      config: { permission: 'announcement.send' },
      schema: {
        tags,
        summary: 'Send an announcement to an audience (a focal point: to its own institution only)',
        body: announcementRequestSchema,
        response: { 201: announcementSchema, ...errors },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await sendAnnouncement(context, actorOf(request), callerScopeOf(request), request.body)),
  );

  app.get(
    '/api/announcements',
    {
      config: { permission: 'announcement.read' },
      schema: {
        tags,
        summary: 'Announcements addressed to me, newest first',
        querystring: announcementListQuerySchema,
        response: { 200: announcementPageSchema, ...errors },
      },
    },
    (request) =>
      listMyAnnouncements(context, actorOf(request), {
        unreadOnly: request.query.unread === 'true',
        limit: request.query.limit,
        offset: request.query.offset,
      }),
  );

  app.get(
    '/api/announcements/sent',
    {
      config: { permission: 'announcement.send' },
      schema: {
        tags,
        summary: 'Announcements sent (admin: all; a focal point: by its institution), newest first',
        querystring: announcementListQuerySchema.pick({ limit: true, offset: true }),
        response: { 200: announcementPageSchema, ...errors },
      },
    },
    (request) => listSentAnnouncements(context, actorOf(request), callerScopeOf(request), request.query),
  );

  app.get(
    '/api/announcements/:id',
    {
      config: { permission: 'announcement.read' },
      schema: {
        tags,
        summary: 'One announcement (recipient or sender)',
        params: idParams,
        response: { 200: announcementSchema, ...errors },
      },
    },
    (request) => getAnnouncement(context, actorOf(request), request.params.id),
  );

  app.post(
    '/api/announcements/:id/read',
    {
      config: { permission: 'announcement.read' },
      schema: {
        tags,
        summary: 'Mark an announcement addressed to me as read (the read receipt of my institution)',
        params: idParams,
        response: { 200: announcementSchema, ...errors },
      },
    },
    (request) => markAnnouncementRead(context, actorOf(request), request.params.id),
  );

  app.get(
    '/api/announcements/:id/receipts',
    {
      config: { permission: 'announcement.send' },
      schema: {
        tags,
        summary: 'Read receipts per recipient institution, unread first',
        params: idParams,
        response: { 200: announcementReceiptsSchema, ...errors },
      },
    },
    (request) => announcementReceipts(context, actorOf(request), request.params.id),
  );

  app.post(
    '/api/announcements/:id/remind',
    {
      config: { permission: 'announcement.send' },
      schema: {
        tags,
        summary: 'Remind every recipient institution where nobody has read it yet',
        params: idParams,
        response: { 200: reminderResultSchema, ...errors },
      },
    },
    (request) => remindUnread(context, actorOf(request), request.params.id),
  );

  app.get(
    '/api/announcements/:id/attachments/:attachmentId',
    {
      config: { permission: 'announcement.read' },
      schema: {
        tags,
        summary: 'Download an attachment (X-Content-SHA256 carries its hash)',
        params: idParams.extend({ attachmentId: z.coerce.number().int().positive() }),
        produces: ['application/octet-stream'],
        response: downloadErrors,
      },
    },
    async (request, reply) =>
      sendDownload(
        reply,
        await announcementAttachmentFile(context, actorOf(request), request.params.id, request.params.attachmentId),
      ),
  );
}
