import { type ArgumentsHost, BadRequestException, Logger } from '@nestjs/common';
import { describe, expect, it, vi } from 'vitest';
import { AllExceptionsFilter } from './all-exceptions.filter';
import { DomainError, NotFoundError, ValidationFailedError } from './domain-error';

function run(exception: unknown, headers: Record<string, string> = {}) {
  const res = { statusCode: 0, body: undefined as unknown };
  const response = {
    status(code: number) {
      res.statusCode = code;
      return this;
    },
    json(body: unknown) {
      res.body = body;
    },
  };
  const host = {
    switchToHttp: () => ({
      getResponse: () => response,
      getRequest: () => ({ id: 'req-1', method: 'GET', originalUrl: '/api/x', headers }),
    }),
  } as unknown as ArgumentsHost;
  new AllExceptionsFilter().catch(exception, host);
  return res;
}

/** An error that speaks both languages, as the organisation's rule violations do. */
class Bilingual extends DomainError {
  constructor(readonly locale: 'nl' | 'en' = 'nl') {
    super('squad_full', locale === 'nl' ? 'Squad is vol' : 'Squad is full', 409);
  }

  override inLocale(locale: 'nl' | 'en'): DomainError {
    return new Bilingual(locale);
  }
}

describe('AllExceptionsFilter', () => {
  it("answers in the request's language: Dutch by default, English when asked", () => {
    expect(run(new Bilingual()).body).toMatchObject({ message: 'Squad is vol' });
    expect(run(new Bilingual(), { 'accept-language': 'en-GB,en;q=0.9' }).body).toMatchObject({
      code: 'squad_full',
      message: 'Squad is full',
    });
    expect(run(new Bilingual('en'), { 'accept-language': 'fr' }).body).toMatchObject({
      message: 'Squad is vol',
    });
  });

  it('maps a domain error to its status, code and details', () => {
    const res = run(new ValidationFailedError([{ field: 'name', problems: ['must be a string'] }]));
    expect(res.statusCode).toBe(400);
    expect(res.body).toEqual({
      code: 'validation_failed',
      message: 'Invalid request: name must be a string',
      details: { fields: [{ field: 'name', problems: ['must be a string'] }] },
      requestId: 'req-1',
    });
    expect(run(new NotFoundError('job_not_found', 'No job')).statusCode).toBe(404);
  });

  it('gives Nest HTTP exceptions a code', () => {
    const res = run(new BadRequestException('Nope'));
    expect(res).toMatchObject({ statusCode: 400, body: { code: 'bad_request', message: 'Nope' } });
  });

  it('hides the details of unexpected errors', () => {
    const spy = vi.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    const res = run(new Error('connection string postgres://secret@db leaked'));
    expect(res).toEqual({
      statusCode: 500,
      body: { code: 'internal_error', message: 'Internal server error', requestId: 'req-1' },
    });
    expect(JSON.stringify(res.body)).not.toContain('secret');
    expect(spy).toHaveBeenCalledOnce();
    spy.mockRestore();
  });
});
