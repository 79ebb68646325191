/**
 * A stand-in Discord on 127.0.0.1 for driving a real discord.js client: REST over node:http and
 * the gateway over `ws`, on one random port. It follows ../shared/DESIGN.md ("Facts about
 * Discord"): GET /gateway/bot gives the ws url; HELLO (op 10); IDENTIFY → READY (guilds: [] so
 * the client does not wait); heartbeats ACKed (op 11); INTERACTION_CREATE dispatches; interaction
 * callbacks, @original edits (answered with a message object), follow-ups.
 *
 * Everything is recorded with timestamps (`requests`, `gatewayLog`) for assertions. Hooks for
 * fault tests: `fault()` overrides a route's answer (status, body, headers, delay; for N times),
 * `route()` adds or replaces a route, `sendGateway()` / `dispatch()` send any gateway payload,
 * `closeGateway()` closes sessions with any code, `options.onIdentify` decides how IDENTIFY is
 * answered (READY, a close code, or nothing), `options.shards` sets the recommended shard count.
 */
import { once } from 'node:events';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import { WebSocket, WebSocketServer } from 'ws';
import { snowflake } from './snowflake';

export interface RecordedRequest {
  method: string;
  /** Full path without the query, e.g. /api/v10/interactions/1/abc/callback. */
  path: string;
  /** Path after /api/v{n}, decoded, e.g. /webhooks/1/abc/messages/@original. */
  route: string;
  query: Record<string, string>;
  headers: IncomingMessage['headers'];
  /** Parsed JSON body (undefined when empty or not JSON). */
  body: any;
  rawBody: string;
  /** Token from `Authorization: Bot <token>`, if any. */
  token?: string;
  /** When it arrived (ms since epoch), and what the stand-in answered. */
  at: number;
  status?: number;
}

export interface FakeResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Wait this long before answering. */
  delayMs?: number;
}

export type RouteHandler = (req: RecordedRequest, params: string[]) => FakeResponse | Promise<FakeResponse>;

export interface FaultRule {
  method?: string;
  /** Matched against `route` (string: exact or prefix with trailing *; RegExp: test). */
  path: string | RegExp;
  /** How many requests to answer with the fault (default: every one until removed). */
  times?: number;
}

export type IdentifyDecision = 'ready' | 'ignore' | { close: number; reason?: string };

export interface FakeDiscordOptions {
  /** Whether a bot token is accepted (REST 401 / gateway 4004 when not). Default: all. */
  acceptToken?: (token: string) => boolean;
  /** How IDENTIFY is answered (after the token check). Default: READY. */
  onIdentify?: (payload: any, session: GatewaySession) => IdentifyDecision;
  /** Recommended shard count in GET /gateway/bot (default 1). */
  shards?: number;
  /**
   * `session_start_limit.max_concurrency` in GET /gateway/bot (default 1). discord.js waits 5 s
   * between IDENTIFYs of shards in the same bucket (shard id % max_concurrency): 2 lets two shards
   * of one process identify at once.
   */
  maxConcurrency?: number;
  heartbeatIntervalMs?: number;
}

export interface GatewaySession {
  id: number;
  ws: WebSocket;
  sessionId: string;
  token?: string;
  shard?: [number, number];
  identified: boolean;
  seq: number;
  openedAt: number;
  closed?: { code: number; reason: string; at: number };
}

export interface GatewayLogEntry {
  at: number;
  session: number;
  direction: 'in' | 'out' | 'close';
  payload: any;
}

/** An interaction sent to the bot, to look up its answers by. */
export interface SentInteraction {
  id: string;
  token: string;
  payload: any;
  sentAt: number;
}

/** The bot's answer to one interaction. */
export interface InteractionResponse {
  /** The callback (POST /interactions/{id}/{token}/callback). */
  callback: RecordedRequest;
  /** Callback type: 4 message, 5 deferred, 6 deferred update, 7 update, 8 autocomplete. */
  type: number;
  deferred: boolean;
  ephemeral: boolean;
  /** The message the user ends up seeing (callback data, or the edit of a deferred reply). */
  message?: any;
  /** For autocomplete. */
  choices?: Array<{ name: string; value: string | number }>;
  /** The request that carried `message` (callback, PATCH @original or a follow-up). */
  messageRequest?: RecordedRequest;
}

const MESSAGE_FLAG_EPHEMERAL = 64;

export class FakeDiscord {
  readonly applicationId = snowflake();
  readonly botUser = { id: this.applicationId, username: 'QuoteBot', discriminator: '0000', global_name: null, avatar: null, bot: true };
  readonly guildId = snowflake();
  readonly channelId = snowflake();

  readonly requests: RecordedRequest[] = [];
  readonly gatewayLog: GatewayLogEntry[] = [];
  readonly sessions: GatewaySession[] = [];
  readonly interactions = new Map<string, SentInteraction & { callbacks: number; messages: Map<string, any> }>();

  private readonly server: http.Server;
  private readonly wss: WebSocketServer;
  private readonly faults: Array<FaultRule & { respond: FakeResponse | ((req: RecordedRequest) => FakeResponse | undefined); left: number }> = [];
  private readonly routes: Array<{ method: string; pattern: RegExp; handler: RouteHandler }> = [];
  private readonly waiters = new Set<() => void>();
  private nextSessionId = 1;
  port = 0;

  private constructor(readonly options: FakeDiscordOptions) {
    this.server = http.createServer((req, res) => void this.onHttp(req, res));
    this.wss = new WebSocketServer({ server: this.server });
    this.wss.on('connection', (ws) => this.onGateway(ws));
    this.installDefaultRoutes();
  }

  static async start(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
    const fake = new FakeDiscord(options);
    fake.server.listen(0, '127.0.0.1');
    await once(fake.server, 'listening');
    fake.port = (fake.server.address() as AddressInfo).port;
    return fake;
  }

  get baseUrl(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** What DISCORD_API_URL / discord.js `rest.api` should be. */
  get apiUrl(): string {
    return `${this.baseUrl}/api`;
  }

  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.port}`;
  }

  // ---------------------------------------------------------------- hooks

  /**
   * Answers matching requests with `respond` instead of the normal route (for `times` requests,
   * or until the returned function is called). A function may return undefined to pass through.
   */
  fault(rule: FaultRule, respond: FakeResponse | ((req: RecordedRequest) => FakeResponse | undefined)): () => void {
    const entry = { ...rule, respond, left: rule.times ?? Infinity };
    this.faults.push(entry);
    return () => {
      const i = this.faults.indexOf(entry);
      if (i >= 0) this.faults.splice(i, 1);
    };
  }

  /** Adds a route (checked before the default ones). The pattern is matched against `route`. */
  route(method: string, pattern: RegExp, handler: RouteHandler): void {
    this.routes.unshift({ method: method.toUpperCase(), pattern, handler });
  }

  /** Sends any payload on the gateway (every open session, or one shard's). */
  sendGateway(payload: unknown, target: { shard?: number } = {}): void {
    for (const s of this.openSessions(target.shard)) this.send(s, payload as object);
  }

  /** Sends a dispatch (op 0) with the next sequence number. */
  dispatch(t: string, d: unknown, target: { shard?: number } = {}): void {
    for (const s of this.openSessions(target.shard)) {
      s.seq += 1;
      this.send(s, { op: 0, t, s: s.seq, d });
    }
  }

  /** Closes gateway sessions with a close code (4000, 4004, …); 1006 terminates without a close frame. */
  closeGateway(code: number, reason = '', target: { shard?: number } = {}): void {
    for (const s of this.openSessions(target.shard)) {
      if (code === 1006) s.ws.terminate();
      else s.ws.close(code, reason);
    }
  }

  /** Sessions that have identified and are still open (optionally only one shard's). */
  openSessions(shard?: number): GatewaySession[] {
    return this.sessions.filter((s) => !s.closed && s.identified && (shard === undefined || (s.shard?.[0] ?? 0) === shard));
  }

  // ---------------------------------------------------------------- interactions

  /** Sends an INTERACTION_CREATE (fills id, token, application_id, entitlements if missing). */
  interact(partial: Record<string, unknown>, target: { shard?: number } = {}): SentInteraction {
    const payload = {
      id: snowflake(),
      token: `itok-${randomBytes(16).toString('hex')}`,
      application_id: this.applicationId,
      version: 1,
      entitlements: [],
      ...partial,
    } as any;
    const sent = { id: payload.id as string, token: payload.token as string, payload, sentAt: Date.now() };
    this.interactions.set(sent.token, { ...sent, callbacks: 0, messages: new Map() });
    this.dispatch('INTERACTION_CREATE', payload, target);
    return sent;
  }

  /** Resolves with the first recorded request that satisfies `match` (already recorded or to come). */
  waitForRequest(match: (r: RecordedRequest) => boolean, timeoutMs = 20000, what = 'a request'): Promise<RecordedRequest> {
    return this.waitFor(() => this.requests.find((r) => r.status !== undefined && match(r)), timeoutMs, what);
  }

  /** The bot's answer to an interaction: waits through a deferral to the edit or follow-up. */
  async waitForResponse(ix: SentInteraction, timeoutMs = 20000): Promise<InteractionResponse> {
    const isCallback = (r: RecordedRequest) => r.method === 'POST' && r.route === `/interactions/${ix.id}/${ix.token}/callback`;
    const callback = await this.waitForRequest(isCallback, timeoutMs, `the callback of interaction ${ix.id}`);
    const type = callback.body?.type as number;
    const flags = (callback.body?.data?.flags ?? 0) as number;
    const base = { callback, type, deferred: type === 5 || type === 6, ephemeral: (flags & MESSAGE_FLAG_EPHEMERAL) !== 0 };
    if (type === 8) return { ...base, choices: callback.body.data?.choices ?? [] };
    if (type === 4 || type === 7) return { ...base, message: callback.body.data, messageRequest: callback };
    const prefix = `/webhooks/${this.applicationId}/${ix.token}`;
    const edit = await this.waitForRequest(
      (r) => (r.method === 'PATCH' && r.route === `${prefix}/messages/@original`) || (r.method === 'POST' && r.route === prefix),
      timeoutMs,
      `the reply to deferred interaction ${ix.id}`,
    );
    const editFlags = (edit.body?.flags ?? 0) as number;
    return { ...base, ephemeral: base.ephemeral || (editFlags & MESSAGE_FLAG_EPHEMERAL) !== 0, message: edit.body, messageRequest: edit };
  }

  /** Every request made with an interaction's token (callback, edits, follow-ups, deletes). */
  requestsFor(ix: SentInteraction): RecordedRequest[] {
    return this.requests.filter((r) => r.route.includes(`/${ix.token}`));
  }

  async close(): Promise<void> {
    for (const s of this.sessions) if (!s.closed) s.ws.terminate();
    for (const client of this.wss.clients) client.terminate();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
    for (const wake of this.waiters) wake();
  }

  // ---------------------------------------------------------------- messages

  /** A message object as Discord returns it (what an @original edit answers with). */
  message(fields: Record<string, any> = {}): any {
    return {
      id: snowflake(),
      type: 0,
      channel_id: this.channelId,
      author: { id: snowflake(), username: 'someone', discriminator: '0', global_name: 'Someone', avatar: null },
      content: '',
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: [],
      embeds: [],
      components: [],
      pinned: false,
      flags: 0,
      ...fields,
    };
  }

  // ---------------------------------------------------------------- internals

  private waitFor<T>(find: () => T | undefined, timeoutMs: number, what: string): Promise<T> {
    const found = find();
    if (found !== undefined) return Promise.resolve(found);
    return new Promise<T>((resolve, reject) => {
      const check = () => {
        const hit = find();
        if (hit === undefined) return;
        clearTimeout(timer);
        this.waiters.delete(check);
        resolve(hit);
      };
      const timer = setTimeout(() => {
        this.waiters.delete(check);
        reject(new Error(`stand-in Discord: timed out after ${timeoutMs} ms waiting for ${what}`));
      }, timeoutMs);
      this.waiters.add(check);
    });
  }

  private notify(): void {
    for (const wake of [...this.waiters]) wake();
  }

  private async onHttp(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const rawBody = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', this.baseUrl);
    let body: unknown;
    if (rawBody && String(req.headers['content-type'] ?? '').includes('json')) {
      try { body = JSON.parse(rawBody); } catch { body = undefined; }
    }
    const auth = String(req.headers.authorization ?? '');
    const record: RecordedRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      route: decodeURIComponent(url.pathname.replace(/^\/api(?:\/v\d+)?/, '')),
      query: Object.fromEntries(url.searchParams),
      headers: req.headers,
      body,
      rawBody,
      ...(auth.startsWith('Bot ') ? { token: auth.slice(4) } : {}),
      at: Date.now(),
    };
    this.requests.push(record);
    let answer: FakeResponse;
    try {
      answer = await this.answer(record);
    } catch (err) {
      answer = { status: 500, body: { message: `stand-in error: ${(err as Error).message}`, code: 0 } };
    }
    if (answer.delayMs) await new Promise((r) => setTimeout(r, answer.delayMs));
    record.status = answer.status;
    const headers: Record<string, string> = { ...(answer.headers ?? {}) };
    if (answer.body !== undefined) headers['content-type'] ??= 'application/json';
    if (!res.destroyed) {
      res.writeHead(answer.status, headers);
      res.end(answer.body === undefined ? undefined : JSON.stringify(answer.body));
    }
    this.notify();
  }

  private async answer(req: RecordedRequest): Promise<FakeResponse> {
    for (const f of this.faults) {
      if (f.left <= 0 || (f.method && f.method.toUpperCase() !== req.method) || !matches(f.path, req.route)) continue;
      const response = typeof f.respond === 'function' ? f.respond(req) : f.respond;
      if (!response) continue;
      f.left -= 1;
      return response;
    }
    const needsAuth = !/^\/(interactions|webhooks)\//.test(req.route);
    if (needsAuth && req.token !== undefined && this.options.acceptToken && !this.options.acceptToken(req.token)) {
      return { status: 401, body: { message: '401: Unauthorized', code: 0 } };
    }
    for (const r of this.routes) {
      if (r.method !== req.method) continue;
      const m = r.pattern.exec(req.route);
      if (m) return r.handler(req, m.slice(1));
    }
    return { status: 404, body: { message: '404: Not Found', code: 0 } };
  }

  private installDefaultRoutes(): void {
    const route = (method: string, pattern: RegExp, handler: RouteHandler) => this.routes.push({ method, pattern, handler });
    const unknownInteraction = { status: 404, body: { message: 'Unknown interaction', code: 10062 } };
    const unknownWebhook = { status: 404, body: { message: 'Unknown Webhook', code: 10015 } };
    const botMessage = (ix: { messages: Map<string, any> }, body: any, key = snowflake()) => {
      const previous = ix.messages.get(key) ?? {};
      const message = this.message({
        ...previous,
        id: previous.id ?? (key === '@original' ? snowflake() : key),
        author: this.botUser,
        application_id: this.applicationId,
        webhook_id: this.applicationId,
        ...(body ?? {}),
      });
      delete message.allowed_mentions;
      ix.messages.set(key, message);
      return message;
    };

    route('GET', /^\/gateway\/bot$/, () => ({
      status: 200,
      body: {
        url: this.gatewayUrl,
        shards: this.options.shards ?? 1,
        session_start_limit: { total: 1000, remaining: 999, reset_after: 14400000, max_concurrency: this.options.maxConcurrency ?? 1 },
      },
    }));
    route('GET', /^\/gateway$/, () => ({ status: 200, body: { url: this.gatewayUrl } }));
    route('GET', /^\/users\/@me$/, () => ({ status: 200, body: this.botUser }));

    route('POST', /^\/interactions\/(\d+)\/([^/]+)\/callback$/, (req, [id, token]) => {
      const ix = this.interactions.get(token!);
      if (!ix || ix.id !== id) return unknownInteraction;
      ix.callbacks += 1;
      if (ix.callbacks > 1) return { status: 400, body: { message: 'Interaction has already been acknowledged.', code: 40060 } };
      const type = req.body?.type;
      if (type === 4 || type === 5) botMessage(ix, { ...(req.body?.data ?? {}), ...(type === 5 ? { content: '', flags: (req.body?.data?.flags ?? 0) | 128 } : {}) }, '@original');
      if (req.query.with_response !== 'true') return { status: 204 };
      const original = ix.messages.get('@original');
      return {
        status: 200,
        body: {
          interaction: { id, type: ix.payload.type, activity_instance_id: null, response_message_id: original?.id ?? null, response_message_loading: type === 5, response_message_ephemeral: false },
          ...(original ? { resource: { type, message: original } } : {}),
        },
      };
    });
    route('GET', /^\/webhooks\/(\d+)\/([^/]+)\/messages\/(@original|\d+)$/, (_req, [, token, mid]) => {
      const message = this.interactions.get(token!)?.messages.get(mid!);
      return message ? { status: 200, body: message } : { status: 404, body: { message: 'Unknown Message', code: 10008 } };
    });
    route('PATCH', /^\/webhooks\/(\d+)\/([^/]+)\/messages\/(@original|\d+)$/, (req, [app, token, mid]) => {
      const ix = this.interactions.get(token!);
      if (!ix || app !== this.applicationId) return unknownWebhook;
      if (mid === '@original' && ix.callbacks === 0) return unknownWebhook;
      const message = botMessage(ix, { ...(req.body ?? {}), edited_timestamp: new Date().toISOString() }, mid);
      if (mid === '@original' && message.flags & 128) message.flags &= ~128;
      return { status: 200, body: message };
    });
    route('DELETE', /^\/webhooks\/(\d+)\/([^/]+)\/messages\/(@original|\d+)$/, (_req, [, token, mid]) => {
      const ix = this.interactions.get(token!);
      if (!ix || !ix.messages.delete(mid!)) return { status: 404, body: { message: 'Unknown Message', code: 10008 } };
      return { status: 204 };
    });
    route('POST', /^\/webhooks\/(\d+)\/([^/]+)$/, (req, [app, token]) => {
      const ix = this.interactions.get(token!);
      if (!ix || app !== this.applicationId || ix.callbacks === 0) return unknownWebhook;
      return { status: 200, body: botMessage(ix, req.body) };
    });
    const putCommands: RouteHandler = (req) => ({
      status: 200,
      body: (Array.isArray(req.body) ? req.body : []).map((c: any) => ({ id: snowflake(), application_id: this.applicationId, version: snowflake(), ...c })),
    });
    route('PUT', /^\/applications\/(\d+)\/commands$/, putCommands);
    route('PUT', /^\/applications\/(\d+)\/guilds\/(\d+)\/commands$/, putCommands);
  }

  private onGateway(ws: WebSocket): void {
    const session: GatewaySession = {
      id: this.sessions.length + 1,
      ws,
      sessionId: `session-${this.nextSessionId++}`,
      identified: false,
      seq: 0,
      openedAt: Date.now(),
    };
    this.sessions.push(session);
    ws.on('message', (raw) => {
      let payload: any;
      try { payload = JSON.parse(String(raw)); } catch { return; }
      this.gatewayLog.push({ at: Date.now(), session: session.id, direction: 'in', payload: redactIdentify(payload) });
      this.onGatewayPayload(session, payload);
      this.notify();
    });
    ws.on('close', (code, reason) => {
      session.closed = { code, reason: String(reason), at: Date.now() };
      this.gatewayLog.push({ at: Date.now(), session: session.id, direction: 'close', payload: { code, reason: String(reason) } });
      this.notify();
    });
    ws.on('error', () => undefined);
    this.send(session, { op: 10, d: { heartbeat_interval: this.options.heartbeatIntervalMs ?? 41250 }, s: null, t: null });
  }

  private onGatewayPayload(session: GatewaySession, payload: any): void {
    switch (payload?.op) {
      case 1: // heartbeat
        this.send(session, { op: 11, d: null, s: null, t: null });
        break;
      case 2: { // identify
        session.token = String(payload.d?.token ?? '').replace(/^Bot /, '');
        if (Array.isArray(payload.d?.shard)) session.shard = payload.d.shard;
        if (this.options.acceptToken && !this.options.acceptToken(session.token)) {
          session.ws.close(4004, 'Authentication failed.');
          break;
        }
        const decision = this.options.onIdentify?.(payload, session) ?? 'ready';
        if (decision === 'ignore') break;
        if (typeof decision === 'object') {
          session.ws.close(decision.close, decision.reason ?? '');
          break;
        }
        session.identified = true;
        session.seq += 1;
        this.send(session, {
          op: 0, t: 'READY', s: session.seq,
          d: {
            v: 10,
            user: this.botUser,
            guilds: [],
            session_id: session.sessionId,
            resume_gateway_url: this.gatewayUrl,
            application: { id: this.applicationId, flags: 0 },
            ...(session.shard ? { shard: session.shard } : {}),
          },
        });
        break;
      }
      case 6: { // resume
        session.token = String(payload.d?.token ?? '').replace(/^Bot /, '');
        session.identified = true;
        session.seq = Number(payload.d?.seq ?? 0) + 1;
        this.send(session, { op: 0, t: 'RESUMED', s: session.seq, d: {} });
        break;
      }
      default:
        break;
    }
  }

  private send(session: GatewaySession, payload: object): void {
    if (session.ws.readyState !== WebSocket.OPEN) return;
    this.gatewayLog.push({ at: Date.now(), session: session.id, direction: 'out', payload });
    session.ws.send(JSON.stringify(payload));
  }
}

function matches(pattern: string | RegExp, route: string): boolean {
  if (pattern instanceof RegExp) return pattern.test(route);
  return pattern.endsWith('*') ? route.startsWith(pattern.slice(0, -1)) : route === pattern;
}

/** The gateway log keeps no tokens. */
function redactIdentify(payload: any): any {
  if ((payload?.op === 2 || payload?.op === 6) && payload.d?.token) return { ...payload, d: { ...payload.d, token: '[redacted]' } };
  return payload;
}
