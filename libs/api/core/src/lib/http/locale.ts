import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { DEFAULT_LOCALE, isLocale, type Locale } from '@tribeworks/contracts';
import type { Request } from 'express';

/**
 * The language of a request from its Accept-Language header: the first supported language
 * by preference (`en-GB,en;q=0.9` → en), Dutch when none is supported or the header is absent.
 */
export function localeOf(header: string | string[] | undefined): Locale {
  const value = Array.isArray(header) ? header.join(',') : (header ?? '');
  const ranked = value
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { lang: tag.trim().toLowerCase().split('-')[0], q: q ? Number(q.slice(2)) : 1, index };
    })
    .filter((r) => r.lang && r.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return ranked.map((r) => r.lang).find(isLocale) ?? DEFAULT_LOCALE;
}

/** The request's language as a handler parameter: `@RequestLocale() locale: Locale`. */
export const RequestLocale = createParamDecorator((_: unknown, ctx: ExecutionContext): Locale =>
  localeOf(ctx.switchToHttp().getRequest<Request>().headers['accept-language']),
);
