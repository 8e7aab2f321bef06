import { z } from 'zod';

const bool = (name: string) =>
  z
    .string()
    .trim()
    .toLowerCase()
    .refine((v) => ['true', 'false', '1', '0', 'yes', 'no'].includes(v), {
      message: `${name} must be true or false`,
    })
    .transform((v) => ['true', '1', 'yes'].includes(v));

const port = (name: string) =>
  z
    .string()
    .trim()
    .regex(/^\d+$/, `${name} must be a port number from 1 to 65535`)
    .transform(Number)
    .refine((n) => n >= 1 && n <= 65535, `${name} must be a port number from 1 to 65535`);

const positiveInt = (name: string, max: number) =>
  z
    .string()
    .trim()
    .regex(/^\d+$/, `${name} must be a whole number from 1 to ${max}`)
    .transform(Number)
    .refine((n) => n >= 1 && n <= max, `${name} must be a whole number from 1 to ${max}`);

const url = (name: string, protocols: string[]) =>
  z
    .string()
    .trim()
    .refine(
      (v) => {
        try {
          return protocols.includes(new URL(v).protocol);
        } catch {
          return false;
        }
      },
      `${name} must be a URL starting with ${protocols.map((p) => `${p}//`).join(' or ')}`,
    );

/**
 * Every setting the processes read, with its default. `.env.example` documents each one;
 * a test keeps the two in step.
 */
export const configSchema = z.object({
  NODE_ENV: z
    .enum(['development', 'production', 'test'], {
      message: 'NODE_ENV must be one of development, production, test',
    })
    .default('production'),
  HOST: z.string().trim().min(1, 'HOST must not be empty').default('127.0.0.1'),
  PORT: port('PORT').default(3000),
  DATABASE_URL: url('DATABASE_URL', ['postgres:', 'postgresql:']).optional(),
  DB_POOL_SIZE: positiveInt('DB_POOL_SIZE', 200).default(10),
  READ_CACHE: bool('READ_CACHE').default(true),
  DATA_DIR: z.string().trim().min(1, 'DATA_DIR must not be empty').default('.data'),
  EMBEDDED_DB_PORT: port('EMBEDDED_DB_PORT').default(54329),
  REDIS_URL: url('REDIS_URL', ['redis:', 'rediss:']).default('redis://127.0.0.1:6379'),
  REDIS_PREFIX: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_.:-]+$/, 'REDIS_PREFIX may contain only letters, digits and _ . : -')
    .default('tribeworks'),
  START_REDIS: bool('START_REDIS').default(true),
  MIGRATE_ON_START: bool('MIGRATE_ON_START').default(true),
  SEED_DEMO_DATA: bool('SEED_DEMO_DATA').default(false),
  WORKER_CONCURRENCY: positiveInt('WORKER_CONCURRENCY', 64).default(4),
  SERVE_WEB: bool('SERVE_WEB').default(true),
  WEB_DIST_DIR: z.string().trim().optional(),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
      message: 'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent',
    })
    .default('info'),
  LOG_PRETTY: bool('LOG_PRETTY').default(false),
  TRUST_PROXY: bool('TRUST_PROXY').default(false),
  PUBLIC_URL: url('PUBLIC_URL', ['http:', 'https:']).optional(),
  ADMIN_EMAIL: z.email({ message: 'ADMIN_EMAIL must be an e-mail address' }).optional(),
  ADMIN_PASSWORD: z.string().optional(),
  SESSION_IDLE_MINUTES: positiveInt('SESSION_IDLE_MINUTES', 10_080).default(120),
  SESSION_ABSOLUTE_HOURS: positiveInt('SESSION_ABSOLUTE_HOURS', 8_760).default(12),
  COOKIE_SECURE: z
    .enum(['auto', 'true', 'false'], { message: 'COOKIE_SECURE must be one of auto, true, false' })
    .default('auto'),
  LOGIN_MAX_FAILURES_PER_ACCOUNT: positiveInt('LOGIN_MAX_FAILURES_PER_ACCOUNT', 1000).default(10),
  LOGIN_MAX_FAILURES_PER_IP: positiveInt('LOGIN_MAX_FAILURES_PER_IP', 100_000).default(50),
  LOGIN_FAILURE_WINDOW_MINUTES: positiveInt('LOGIN_FAILURE_WINDOW_MINUTES', 1440).default(15),
  BODY_LIMIT: z
    .string()
    .trim()
    .regex(/^\d+(b|kb|mb)$/i, 'BODY_LIMIT must be a size such as 100kb or 1mb')
    .default('1mb'),
});

export type AppConfig = z.output<typeof configSchema>;
export type ConfigKey = keyof AppConfig;

/** All setting names, in the order `.env.example` documents them. */
export const CONFIG_KEYS = Object.keys(configSchema.shape) as ConfigKey[];

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.map((p) => `Configuration error: ${p}`).join('\n'));
    this.name = 'ConfigError';
  }
}

/**
 * Reads the settings from an environment. Empty strings count as "not set", so a
 * `.env` line `PORT=` falls back to the default rather than failing.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const input: Record<string, string> = {};
  for (const key of CONFIG_KEYS) {
    const value = env[key];
    if (value !== undefined && value.trim() !== '') input[key] = value;
  }
  const parsed = configSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => {
    const key = String(issue.path[0] ?? '');
    const got = key in input ? ` (got "${input[key]}")` : '';
    const message = issue.message.startsWith(key) ? issue.message : `${key}: ${issue.message}`;
    return `${message}${got}`;
  });
  throw new ConfigError(problems);
}

/**
 * Loads the configuration or stops the process with one line per bad value.
 * Entry points call this before anything else starts.
 */
export function loadConfigOrExit(env: NodeJS.ProcessEnv = process.env): AppConfig {
  try {
    return loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}

export function requireDatabaseUrl(config: AppConfig): string {
  if (!config.DATABASE_URL) {
    throw new ConfigError([
      'DATABASE_URL must be set for this process (npm start provides an embedded database when it is absent)',
    ]);
  }
  return config.DATABASE_URL;
}
