/** A user's notifications and notification preferences. */
import {
  notificationListQuerySchema,
  notificationPageSchema,
  notificationPreferencesSchema,
  notificationPreferencesUpdateSchema,
  notificationSchema,
} from '@pantau/core';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { callerOf, errorResponses } from '../../http/route-kit.js';
import type { ZodApp } from '../../http/zod-app.js';
import {
  getPreferences,
  listNotifications,
  readAllNotifications,
  readNotification,
  updatePreferences,
} from '../../services/notifications/notification.service.js';

const errors = errorResponses(400, 401, 403, 404);
const tags = ['notifications'];

export function notificationRoutes(app: ZodApp, context: AppContext): void {
  app.get(
    '/api/notifications',
    {
      config: { permission: 'notification.own' },
      schema: {
        tags,
        summary: 'My in-app notifications, newest first, with the unread count',
        querystring: notificationListQuerySchema,
        response: { 200: notificationPageSchema, ...errors },
      },
    },
    (request) => listNotifications(context, callerOf(request), request.query),
  );

  app.post(
    '/api/notifications/:id/read',
    {
      config: { permission: 'notification.own' },
      schema: {
        tags,
        summary: 'Mark one of my notifications read',
        params: z.object({ id: z.coerce.number().int().positive() }),
        response: { 200: notificationSchema, ...errors },
      },
    },
    (request) => readNotification(context, callerOf(request), request.params.id),
  );

  app.post(
    '/api/notifications/read-all',
    {
      config: { permission: 'notification.own' },
      schema: {
        tags,
        summary: 'Mark all my notifications read',
        response: { 200: z.object({ updated: z.number().int() }), ...errors },
      },
    },
    (request) => readAllNotifications(context, callerOf(request)),
  );

  app.get(
    '/api/notifications/preferences',
    {
      config: { permission: 'notification.own' },
      schema: {
        tags,
        summary: 'My channel (e-mail, in-app, both, none) and daily-digest choice per notification kind',
        response: { 200: notificationPreferencesSchema, ...errors },
      },
    },
    (request) => getPreferences(context, callerOf(request)),
  );

  app.put(
    '/api/notifications/preferences',
    {
      config: { permission: 'notification.own' },
      schema: {
        tags,
        summary: 'Change my choices for the kinds given (invitations and password resets always go by e-mail)',
        body: notificationPreferencesUpdateSchema,
        response: { 200: notificationPreferencesSchema, ...errors },
      },
    },
    (request) => updatePreferences(context, callerOf(request), request.body.items),
  );
}
