/** Error answers every coordination route may give. */
import { errorResponseSchema } from '@pantau/core';

export const errors = {
  400: errorResponseSchema,
  401: errorResponseSchema,
  403: errorResponseSchema,
  404: errorResponseSchema,
  409: errorResponseSchema,
};

/** Error answers of file downloads (the body itself is a byte stream). */
export const downloadErrors = { 401: errorResponseSchema, 403: errorResponseSchema, 404: errorResponseSchema };
