import {
  type ArgumentsHost,
  Catch,
  type ExceptionFilter,
  HttpException,
  HttpStatus,
  Logger,
} from '@nestjs/common';
import { ErrorCode } from '@tribeworks/contracts';
import type { Request, Response } from 'express';
import { localeOf } from '../http/locale';
import { DomainError } from './domain-error';
import type { ErrorBodyDto } from './error-body';

const STATUS_CODES: Partial<Record<number, string>> = {
  400: 'bad_request',
  401: 'unauthenticated',
  403: 'forbidden',
  404: ErrorCode.NotFound,
  405: 'method_not_allowed',
  409: 'conflict',
  413: ErrorCode.PayloadTooLarge,
  415: 'unsupported_media_type',
  422: 'unprocessable',
  429: 'too_many_requests',
  503: 'service_unavailable',
};

interface BodyParserError {
  type?: string;
  status?: number;
  statusCode?: number;
  expose?: boolean;
  message?: string;
}

/** Maps every error to `{ code, message, details?, requestId }`; never leaks a stack trace. */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const response = ctx.getResponse<Response>();
    const request = ctx.getRequest<Request & { id?: string }>();
    const { status, body } = this.toBody(
      exception instanceof DomainError
        ? exception.inLocale(localeOf(request.headers['accept-language']))
        : exception,
    );
    if (status >= 500) {
      this.logger.error(
        { err: exception, path: request.originalUrl, requestId: request.id },
        `Unhandled error on ${request.method} ${request.originalUrl}`,
      );
    }
    response.status(status).json({ ...body, requestId: request.id });
  }

  private toBody(exception: unknown): { status: number; body: ErrorBodyDto } {
    if (exception instanceof DomainError) {
      return {
        status: exception.status,
        body: { code: exception.code, message: exception.message, details: exception.details },
      };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const res = exception.getResponse();
      const message =
        typeof res === 'string'
          ? res
          : typeof (res as { message?: unknown }).message === 'string'
            ? (res as { message: string }).message
            : exception.message;
      return { status, body: { code: STATUS_CODES[status] ?? ErrorCode.HttpError, message } };
    }
    const parserError = exception as BodyParserError;
    const parserStatus = parserError?.status ?? parserError?.statusCode;
    if (parserError?.expose && parserStatus && parserStatus < 500) {
      if (parserError.type === 'entity.too.large') {
        return {
          status: HttpStatus.PAYLOAD_TOO_LARGE,
          body: { code: ErrorCode.PayloadTooLarge, message: 'Request body is too large' },
        };
      }
      return {
        status: parserStatus,
        body: {
          code: STATUS_CODES[parserStatus] ?? ErrorCode.HttpError,
          message: parserError.message ?? 'Bad request',
        },
      };
    }
    return {
      status: HttpStatus.INTERNAL_SERVER_ERROR,
      body: { code: ErrorCode.InternalError, message: 'Internal server error' },
    };
  }
}
