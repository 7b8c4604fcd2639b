import { errorResponses } from '../../http/route-kit.js';

export const errors = errorResponses(400, 401, 403, 404, 409);

/** Error answers of file downloads (the body itself is a byte stream). */
export const downloadErrors = errorResponses(401, 403, 404);
