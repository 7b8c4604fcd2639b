/** Coordination meetings: schedule and invite, answer, record attendance, minutes and follow-ups. */
import {
  attendanceRequestSchema,
  followUpRequestSchema,
  followUpSchema,
  meetingListQuerySchema,
  meetingPageSchema,
  meetingRequestSchema,
  meetingResponseRequestSchema,
  meetingSchema,
  minutesRequestSchema,
} from '@pantau/core';
import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../../context.js';
import { callerOf, callerScopeOf, idParams } from '../../http/route-kit.js';
import type { ZodApp } from '../../http/zod-app.js';
import {
  createMeeting,
  getMeeting,
  respondToMeeting,
  searchMeetings,
} from '../../services/coordination/meeting.service.js';
import { addFollowUp, recordAttendance, recordMinutes } from '../../services/coordination/meeting-record.service.js';
import { errors } from './errors.js';

const who = (request: FastifyRequest) => [callerOf(request), callerScopeOf(request)] as const;
const tags = ['meetings'];

export function meetingRoutes(app: ZodApp, context: AppContext): void {
  app.post(
    '/api/meetings',
    {
      config: { permission: 'meeting.manage' },
      schema: {
        tags,
        summary: 'Schedule a meeting (wall-clock time in WIB, WITA or WIT) and invite institutions for chosen roles',
        body: meetingRequestSchema,
        response: { 201: meetingSchema, ...errors },
      },
    },
    async (request, reply) => reply.status(201).send(await createMeeting(context, who(request)[0], request.body)),
  );

  app.get(
    '/api/meetings',
    {
      config: { permission: 'meeting.read' },
      schema: {
        tags,
        summary: 'Meetings (admin, observers: all; others: those their institution is invited to)',
        querystring: meetingListQuerySchema,
        response: { 200: meetingPageSchema, ...errors },
      },
    },
    (request) => searchMeetings(context, ...who(request), request.query),
  );

  app.get(
    '/api/meetings/:id',
    {
      config: { permission: 'meeting.read' },
      schema: {
        tags,
        summary: 'One meeting with invitees, minutes and follow-ups',
        params: idParams,
        response: { 200: meetingSchema, ...errors },
      },
    },
    (request) => getMeeting(context, ...who(request), request.params.id),
  );

  app.put(
    '/api/meetings/:id/response',
    {
      config: { permission: 'meeting.respond' },
      schema: {
        tags,
        summary: "Confirm or decline my institution's invitation (for the invited role I hold)",
        params: idParams,
        body: meetingResponseRequestSchema,
        response: { 200: meetingSchema, ...errors },
      },
    },
    (request) => respondToMeeting(context, who(request)[0], request.params.id, request.body),
  );

  app.put(
    '/api/meetings/:id/attendance',
    {
      config: { permission: 'meeting.manage' },
      schema: {
        tags,
        summary: 'Record who was present, per invited institution and role',
        params: idParams,
        body: attendanceRequestSchema,
        response: { 200: meetingSchema, ...errors },
      },
    },
    (request) => recordAttendance(context, who(request)[0], request.params.id, request.body.attendance),
  );

  app.put(
    '/api/meetings/:id/minutes',
    {
      config: { permission: 'meeting.manage' },
      schema: {
        tags,
        summary: 'Record (or correct) the minutes',
        params: idParams,
        body: minutesRequestSchema,
        response: { 200: meetingSchema, ...errors },
      },
    },
    (request) => recordMinutes(context, who(request)[0], request.params.id, request.body.minutes),
  );

  app.post(
    '/api/meetings/:id/follow-ups',
    {
      config: { permission: 'meeting.manage' },
      schema: {
        tags,
        summary: 'Add a follow-up (tindak lanjut) with an owner institution and a due date',
        params: idParams,
        body: followUpRequestSchema,
        response: { 201: followUpSchema, ...errors },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await addFollowUp(context, who(request)[0], request.params.id, request.body)),
  );
}
