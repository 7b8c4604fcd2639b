/** Assignment rules of an output: list, preview, add, end (with a reason); assignments: list, end one. */
import {
  assignmentListQuerySchema,
  assignmentPageSchema,
  assignmentParamsSchema,
  assignmentPreviewSchema,
  assignmentRuleAddedSchema,
  assignmentRuleEndedSchema,
  assignmentRuleListSchema,
  assignmentRuleRequestSchema,
  assignmentViewSchema,
  outputParamsSchema,
  reasonBodySchema,
  ruleParamsSchema,
} from '@pantau/core';
import type { AppContext } from '../../context.js';
import { callerOf, errorResponses } from '../../http/route-kit.js';
import type { ZodApp } from '../../http/zod-app.js';
import {
  addOutputRule,
  endOutputAssignment,
  endOutputRule,
  listOutputAssignments,
  listOutputRules,
  previewRule,
} from '../../services/catalogue/assignment.service.js';

const errors = errorResponses(400, 401, 403, 404, 409);
const base = '/api/periods/:code/outputs/:output';

export function assignmentRoutes(app: ZodApp, context: AppContext): void {
  app.get(
    `${base}/rules`,
    {
      config: { permission: 'assignment.manage' },
      schema: {
        tags: ['assignments'],
        summary: 'Assignment rules of an output, ended ones with their reason',
        params: outputParamsSchema,
        response: { 200: assignmentRuleListSchema, ...errors },
      },
    },
    (request) => listOutputRules(context, request.params.code, request.params.output),
  );

  app.post(
    `${base}/rules/preview`,
    {
      config: { permission: 'assignment.manage' },
      schema: {
        tags: ['assignments'],
        summary: 'Which institutions a rule would assign, which are new, and which listed codes are unknown',
        params: outputParamsSchema,
        body: assignmentRuleRequestSchema,
        response: { 200: assignmentPreviewSchema, ...errors },
      },
    },
    (request) => previewRule(context, request.params.code, request.params.output, request.body.rule),
  );

  app.post(
    `${base}/rules`,
    {
      config: { permission: 'assignment.manage' },
      schema: {
        tags: ['assignments'],
        summary: 'Add a rule to an output and assign the institutions it selects (unknown listed codes refuse it)',
        params: outputParamsSchema,
        body: assignmentRuleRequestSchema,
        response: { 201: assignmentRuleAddedSchema, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await addOutputRule(
            context,
            callerOf(request),
            request.params.code,
            request.params.output,
            request.body.rule,
          ),
        ),
  );

  app.post(
    `${base}/rules/:id/end`,
    {
      config: { permission: 'assignment.manage' },
      schema: {
        tags: ['assignments'],
        summary: 'End a rule (reason required): its assignments end unless another current rule selects them',
        params: ruleParamsSchema,
        body: reasonBodySchema,
        response: { 200: assignmentRuleEndedSchema, ...errors },
      },
    },
    (request) =>
      endOutputRule(
        context,
        callerOf(request),
        request.params.code,
        request.params.output,
        request.params.id,
        request.body.reason,
      ),
  );

  app.get(
    `${base}/assignments`,
    {
      config: { permission: 'assignment.manage' },
      schema: {
        tags: ['assignments'],
        summary: 'Institutions assigned an output (with ended=true, also ended assignments and why)',
        params: outputParamsSchema,
        querystring: assignmentListQuerySchema,
        response: { 200: assignmentPageSchema, ...errors },
      },
    },
    (request) =>
      listOutputAssignments(context, request.params.code, request.params.output, request.query.ended === 'true', {
        limit: request.query.limit,
        offset: request.query.offset,
      }),
  );

  app.post(
    `${base}/assignments/:institution/end`,
    {
      config: { permission: 'assignment.manage' },
      schema: {
        tags: ['assignments'],
        summary: "End one institution's assignment to an output (reason required); the row stays",
        params: assignmentParamsSchema,
        body: reasonBodySchema,
        response: { 200: assignmentViewSchema, ...errors },
      },
    },
    (request) =>
      endOutputAssignment(
        context,
        callerOf(request),
        request.params.code,
        request.params.output,
        request.params.institution,
        request.body.reason,
      ),
  );
}
