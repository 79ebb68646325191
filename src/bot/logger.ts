/**
 * Structured logs (pino, JSON lines on stdout). Secrets never reach them: known secret values are
 * scrubbed from every string logged, and secret-looking fields are redacted. Never log the client
 * object, the environment or request URLs (interaction tokens are in them).
 */
import pino, { type DestinationStream, type Logger } from 'pino';

export const LOG_LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'] as const;

export interface LoggerOptions {
  level?: string;
  /** Values to scrub from any string logged (the bot token). */
  secrets?: string[];
  /** Where to write (default stdout); tests pass a memory stream. */
  destination?: DestinationStream;
}

const REDACT = [
  'token', '*.token', 'DISCORD_TOKEN', '*.DISCORD_TOKEN', 'authorization', '*.authorization',
  'headers.authorization', '*.headers.authorization', 'env', '*.env',
];

/**
 * The secrets to scrub for a bot token: the token itself and its first and last parts (the
 * first is the bot's user id in base64, the last the signature), so neither leaks on its own.
 */
export function secretParts(secrets: string[]): string[] {
  const out = new Set<string>();
  for (const s of secrets) {
    if (!s || s.length < 6) continue;
    out.add(s);
    const parts = s.split('.');
    if (parts.length === 3) for (const part of [parts[0]!, parts[2]!]) if (part.length >= 10) out.add(part);
  }
  // Longest first, so the whole token is replaced before its parts.
  return [...out].sort((a, b) => b.length - a.length);
}

/** Interaction tokens ride in REST paths (/interactions/{id}/{token}/…, /webhooks/{app}/{token}/…). */
const INTERACTION_TOKEN_IN_PATH = /\/(interactions|webhooks)\/(\d+)\/[^/\s?#"']+/g;

/** Removes interaction tokens from any URL or path in a string. */
export function scrubInteractionTokens(text: string): string {
  return text.includes('/interactions/') || text.includes('/webhooks/') ? text.replace(INTERACTION_TOKEN_IN_PATH, '/$1/$2/[redacted]') : text;
}

function scrubber(secrets: string[]): (value: unknown) => unknown {
  const live = secretParts(secrets);
  const scrub = (value: unknown, depth: number): unknown => {
    if (typeof value === 'string') return scrubInteractionTokens(live.reduce((s, secret) => s.split(secret).join('[redacted]'), value));
    if (depth > 3 || value === null || typeof value !== 'object') return value;
    if (value instanceof Error) return value;
    if (Array.isArray(value)) return value.map((v) => scrub(v, depth + 1));
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = scrub(v, depth + 1);
    return out;
  };
  return (value) => scrub(value, 0);
}

/** What of an error is safe and useful to log: no request URLs or bodies (they hold tokens). */
export function errorInfo(err: unknown): Record<string, unknown> {
  if (!(err instanceof Error)) return { message: String(err) };
  const e = err as Error & { code?: unknown; status?: unknown; method?: unknown };
  return {
    name: e.name, message: e.message,
    ...(e.code !== undefined ? { code: e.code } : {}),
    ...(e.status !== undefined ? { status: e.status } : {}),
    ...(e.method !== undefined ? { method: e.method } : {}),
    stack: e.stack?.split('\n').slice(0, 8).join('\n'),
  };
}

export function createLogger(options: LoggerOptions = {}): Logger {
  const level = LOG_LEVELS.includes(options.level as (typeof LOG_LEVELS)[number]) ? options.level! : 'info';
  const scrub = scrubber(options.secrets ?? []);
  return pino(
    {
      level,
      base: { name: 'quote-bot' },
      redact: { paths: REDACT, censor: '[redacted]' },
      serializers: { err: (e: unknown) => scrub(errorInfo(e)) as Record<string, unknown> },
      hooks: {
        logMethod(args, method) {
          method.apply(this, args.map((a) => scrub(a)) as Parameters<typeof method>);
        },
      },
    },
    options.destination ?? pino.destination({ dest: 1, sync: true }),
  );
}
