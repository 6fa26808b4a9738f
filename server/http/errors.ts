import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import type { RowError } from '../../src/domain/errors';
import { InstallationNotFoundError, InstallationValidationError } from '../../src/domain/errors';
import { ForbiddenError } from '../auth/user';

// The error shape of docs/api.md, for every failure: ours, the schema's and Fastify's own.

export type ApiErrorCode =
  | 'bad_request' | 'unauthorized' | 'forbidden' | 'not_found' | 'conflict' | 'payload_too_large' | 'unsupported_media_type'
  | 'validation' | 'too_many_requests' | 'internal';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ApiErrorCode,
    message: string,
    readonly issues?: RowError[],
    /** More members of `error`, e.g. `current` (the saved row) on a version conflict. */
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export function errorBody(code: ApiErrorCode, message: string, issues?: RowError[], details?: Record<string, unknown>) {
  return { error: { code, message, ...(issues ? { issues } : {}), ...details } };
}

function send(reply: FastifyReply, status: number, code: ApiErrorCode, message: string, issues?: RowError[], details?: Record<string, unknown>) {
  return reply.status(status).type('application/json').send(errorBody(code, message, issues, details));
}

const FASTIFY_CODES: Record<string, [number, ApiErrorCode]> = {
  FST_ERR_CTP_BODY_TOO_LARGE: [413, 'payload_too_large'],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [415, 'unsupported_media_type'],
  FST_ERR_CTP_EMPTY_JSON_BODY: [400, 'bad_request'],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [400, 'bad_request'],
  FST_ERR_VALIDATION: [400, 'bad_request'],
};

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof ApiError) return send(reply, error.status, error.code, error.message, error.issues, error.details);
    if (error instanceof InstallationValidationError) {
      return send(reply, 422, 'validation', `${error.issues.length} problem(s); nothing was saved`, error.issues);
    }
    if (error instanceof InstallationNotFoundError) return send(reply, 404, 'not_found', error.message);
    if (error instanceof ForbiddenError) return send(reply, 403, 'forbidden', error.message);
    const known = error.code ? FASTIFY_CODES[error.code] : undefined;
    if (known) {
      const message = known[0] === 413 ? `Body is larger than this endpoint accepts (${describeLimit(request.routeOptions.config)})` : error.message;
      return send(reply, known[0], known[1], message);
    }
    if (typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500) {
      return send(reply, error.statusCode, 'bad_request', error.message);
    }
    request.log.error(error);
    return send(reply, 500, 'internal', 'The server failed; nothing was saved. The log has the details.');
  });
  app.setNotFoundHandler((request, reply) => send(reply, 404, 'not_found', `No route ${request.method} ${request.url.split('?')[0]}`));
}

function describeLimit(config: unknown): string {
  const limit = (config as { bodyLimit?: number } | undefined)?.bodyLimit;
  return limit ? `${Math.round(limit / 1024)} KiB` : 'the limit';
}

/**
 * Strict JSON: bytes that are not UTF-8 are a 400 (Node would quietly turn them into
 * U+FFFD and save mangled text), and so is a NUL character, which PostgreSQL text
 * cannot store.
 */
export function registerJsonParser(app: FastifyInstance): void {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (_request, body: Buffer, done) => {
    let text: string;
    try {
      text = decoder.decode(body);
    } catch {
      return done(new ApiError(400, 'bad_request', 'Request body is not valid UTF-8'), undefined);
    }
    if (text.trim() === '') return done(new ApiError(400, 'bad_request', 'Request body must be JSON'), undefined);
    if (/\\u0000/i.test(text)) return done(new ApiError(400, 'bad_request', 'Request body holds a NUL character (\\u0000), which cannot be stored'), undefined);
    try {
      done(null, JSON.parse(text));
    } catch {
      done(new ApiError(400, 'bad_request', 'Request body must be JSON'), undefined);
    }
  });
}
