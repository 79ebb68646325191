/**
 * A per-user rate limit for Discord commands: at most `count` uses in any `windowMs` (a sliding
 * window log). Memory is bounded: each user keeps at most `count` timestamps, users whose last
 * use is older than the window are pruned (a sweep at most once a window), and the number of
 * users tracked is capped (the oldest are dropped first).
 */
import { NO_MENTIONS, type ReplyPayload } from '../reply/discord';

export interface RateLimitOptions {
  /** Uses allowed per window (default 5). */
  count: number;
  /** The window, in milliseconds (default 10,000). */
  windowMs: number;
  /** At most this many users tracked at once (default 100,000). */
  maxUsers?: number;
  /** The clock (tests). */
  now?: () => number;
}

export const DEFAULT_RATE_LIMIT = { count: 5, windowMs: 10_000 } as const;

export type RateDecision = { allowed: true } | { allowed: false; retryAfterMs: number };

export class RateLimiter {
  readonly count: number;
  readonly windowMs: number;
  private readonly maxUsers: number;
  private readonly now: () => number;
  /** Per user, the times of their recent uses, oldest first (at most `count`). Insertion order = least recently used first. */
  private readonly uses = new Map<string, number[]>();
  private lastSweep = 0;

  constructor(options: Partial<RateLimitOptions> = {}) {
    this.count = Math.max(1, Math.floor(options.count ?? DEFAULT_RATE_LIMIT.count));
    this.windowMs = Math.max(1, options.windowMs ?? DEFAULT_RATE_LIMIT.windowMs);
    this.maxUsers = Math.max(1, options.maxUsers ?? 100_000);
    this.now = options.now ?? Date.now;
  }

  /** Records a use by `user` if allowed; a refused use is not recorded (it does not extend the wait). */
  take(user: string): RateDecision {
    const now = this.now();
    this.sweep(now);
    const recent = (this.uses.get(user) ?? []).filter((t) => now - t < this.windowMs);
    if (recent.length >= this.count) {
      this.uses.set(user, recent);
      return { allowed: false, retryAfterMs: Math.max(1, recent[0]! + this.windowMs - now) };
    }
    recent.push(now);
    // Re-insert so the map stays ordered by last use (for the size cap).
    this.uses.delete(user);
    this.uses.set(user, recent);
    if (this.uses.size > this.maxUsers) this.uses.delete(this.uses.keys().next().value!);
    return { allowed: true };
  }

  /** How many users are tracked now (tests: memory stays bounded). */
  get size(): number {
    return this.uses.size;
  }

  /** Drops users with no use inside the window; runs at most once per window. */
  private sweep(now: number): void {
    if (now - this.lastSweep < this.windowMs) return;
    this.lastSweep = now;
    for (const [user, times] of this.uses) {
      if (now - times[times.length - 1]! >= this.windowMs) this.uses.delete(user);
    }
  }
}

/**
 * The friendly answer to a user over the limit: private, in English and Arabic (Arabic first for a
 * client in another language), with how long to wait.
 */
export function renderRateLimited(retryAfterMs: number, locale = 'en-US'): ReplyPayload {
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  const en = `\u200ESlow down a little: you have asked several questions in a short time. Please try again in ${seconds} s.`;
  const ar = `\u200Fمهلًا قليلًا: أرسلت أسئلة كثيرة في وقت قصير. حاول مرة أخرى بعد ${seconds} ثانية.`;
  const content = locale.toLowerCase().startsWith('en') ? `${en}\n${ar}` : `${ar}\n${en}`;
  return { content, ephemeral: true, allowedMentions: NO_MENTIONS };
}
