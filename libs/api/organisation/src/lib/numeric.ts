import type { ValueTransformer } from 'typeorm';

/** PostgreSQL numeric arrives as a string; FTE shares and limits are small decimals. */
export const numeric: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};
