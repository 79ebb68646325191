/**
 * Follows the answers to many interactions at once from the stand-in Discord's request log,
 * incrementally (each request looked at once), for the load test and `npm run bench:load`.
 * (`FakeDiscord.waitForResponse` scans the whole log per waiter: fine for one question, quadratic
 * for a burst of 500.)
 */
import type { FakeDiscord, RecordedRequest, SentInteraction } from '../../test/support/fakeDiscord';

export interface Outcome {
  /** When the acknowledgement (first 2xx callback) reached Discord. */
  ackAt?: number;
  /** Callback type of the acknowledgement: 4 reply, 5 deferred, 8 autocomplete… */
  ackType?: number;
  /** When the message the user sees arrived (the reply, or the edit of a deferred reply). */
  answerAt?: number;
  /** That message. */
  message?: any;
  /** Requests for this interaction Discord refused (non-2xx). */
  refused: number;
}

const CALLBACK = /^\/interactions\/\d+\/([^/]+)\/callback$/;
const EDIT = /^\/webhooks\/\d+\/([^/]+)\/messages\/@original$/;
const FOLLOW_UP = /^\/webhooks\/\d+\/([^/]+)$/;

export class ResponseTracker {
  readonly outcomes = new Map<string, Outcome>();
  private next = 0;
  private pending: RecordedRequest[] = [];

  constructor(private readonly fake: FakeDiscord) {}

  /** Starts following an interaction (by its token). */
  follow(ix: SentInteraction): void {
    this.outcomes.set(ix.token, { refused: 0 });
  }

  /** Looks at the requests answered since the last call. */
  update(): void {
    const fresh = this.fake.requests.slice(this.next);
    this.next = this.fake.requests.length;
    const waiting = [...this.pending, ...fresh];
    this.pending = [];
    for (const r of waiting) {
      if (r.status === undefined) this.pending.push(r);
      else this.record(r);
    }
  }

  /** True once every followed interaction has its answer. */
  get done(): boolean {
    this.update();
    for (const o of this.outcomes.values()) if (o.answerAt === undefined) return false;
    return true;
  }

  get answered(): number {
    let n = 0;
    for (const o of this.outcomes.values()) if (o.answerAt !== undefined) n += 1;
    return n;
  }

  /** Forgets everything, including the stand-in's own log (between batches of a long run). */
  reset(): void {
    this.outcomes.clear();
    this.pending = [];
    this.fake.requests.length = 0;
    this.fake.interactions.clear();
    this.fake.gatewayLog.length = 0;
    this.next = 0;
  }

  private record(r: RecordedRequest): void {
    const ok = r.status! >= 200 && r.status! < 300;
    let m = r.method === 'POST' ? CALLBACK.exec(r.route) : null;
    if (m) {
      const o = this.outcomes.get(m[1]!);
      if (!o) return;
      if (!ok) { o.refused += 1; return; }
      if (o.ackAt === undefined) {
        o.ackAt = r.at;
        o.ackType = r.body?.type;
        if (o.ackType === 4 || o.ackType === 7) { o.answerAt = r.at; o.message = r.body?.data; }
        if (o.ackType === 8) { o.answerAt = r.at; o.message = r.body?.data; }
      }
      return;
    }
    m = (r.method === 'PATCH' ? EDIT.exec(r.route) : null) ?? (r.method === 'POST' ? FOLLOW_UP.exec(r.route) : null);
    if (m) {
      const o = this.outcomes.get(m[1]!);
      if (!o) return;
      if (!ok) { o.refused += 1; return; }
      if (o.answerAt === undefined) { o.answerAt = r.at; o.message = r.body; }
    }
  }
}

/** The q-th quantile (0..1) of numbers, nearest rank. */
export function quantile(values: number[], q: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}
