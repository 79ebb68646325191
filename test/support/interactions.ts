/**
 * INTERACTION_CREATE payloads as Discord sends them, for the stand-in to dispatch: slash
 * commands, autocomplete, buttons, message context-menu commands. Guild interactions by default
 * (member.user); pass `dm: true` for a DM (user).
 */
import type { FakeDiscord } from './fakeDiscord';
import { snowflake } from './snowflake';

export const LEARNER = { id: snowflake(), username: 'learner', discriminator: '0', global_name: 'Learner', avatar: null };

export interface Common {
  locale?: string;
  dm?: boolean;
  user?: typeof LEARNER;
}

type OptionValue = string | number | boolean;

const APPLICATION_COMMAND = 2;
const MESSAGE_COMPONENT = 3;
const AUTOCOMPLETE = 4;
const OPTION_TYPES: Record<string, number> = { string: 3, number: 10, boolean: 5 };

function optionType(value: OptionValue): number {
  if (typeof value === 'number') return Number.isInteger(value) ? 4 : 10;
  return OPTION_TYPES[typeof value]!;
}

function common(fake: FakeDiscord, c: Common = {}) {
  const user = c.user ?? LEARNER;
  const channel = { id: fake.channelId, type: c.dm ? 1 : 0, name: 'study', ...(c.dm ? {} : { guild_id: fake.guildId }), flags: 0 };
  const place = c.dm
    ? { user, context: 1, authorizing_integration_owners: { 0: fake.guildId } }
    : {
      guild_id: fake.guildId,
      guild: { id: fake.guildId, locale: 'en-US', features: [] },
      guild_locale: 'en-US',
      member: {
        user, roles: [], nick: null, avatar: null, premium_since: null, pending: false, mute: false, deaf: false,
        joined_at: new Date(0).toISOString(), flags: 0, permissions: '2248473465835073',
      },
      context: 0,
      authorizing_integration_owners: { 0: fake.guildId },
    };
  return {
    channel_id: fake.channelId,
    channel,
    locale: c.locale ?? 'en-US',
    app_permissions: '2248473465835073',
    attachment_size_limit: 10485760,
    ...place,
  };
}

/** A slash command, e.g. chatInput(fake, 'ask', { question: '…' }). */
export function chatInput(fake: FakeDiscord, name: string, options: Record<string, OptionValue> = {}, c?: Common) {
  return {
    type: APPLICATION_COMMAND,
    data: {
      id: snowflake(), name, type: 1,
      options: Object.entries(options).map(([n, value]) => ({ name: n, type: optionType(value), value })),
    },
    ...common(fake, c),
  };
}

/** Autocomplete while typing `focused` (its value is what has been typed so far). */
export function autocomplete(fake: FakeDiscord, name: string, focused: string, options: Record<string, OptionValue>, c?: Common) {
  return {
    type: AUTOCOMPLETE,
    data: {
      id: snowflake(), name, type: 1,
      options: Object.entries(options).map(([n, value]) => ({
        name: n, type: optionType(value), value, ...(n === focused ? { focused: true } : {}),
      })),
    },
    ...common(fake, c),
  };
}

/** A click on a button of `message` (a message object, e.g. the bot's reply). */
export function buttonClick(fake: FakeDiscord, customId: string, message: any, c?: Common) {
  return {
    type: MESSAGE_COMPONENT,
    data: { custom_id: customId, component_type: 2 },
    message: { ...fake.message(), ...message, channel_id: fake.channelId },
    ...common(fake, c),
  };
}

/** A message context-menu command (right-click → Apps → name) on a message with `content`. */
export function messageCommand(fake: FakeDiscord, name: string, content: string, c?: Common) {
  const target = fake.message({ content });
  return {
    type: APPLICATION_COMMAND,
    data: { id: snowflake(), name, type: 3, target_id: target.id, resolved: { messages: { [target.id]: target } } },
    ...common(fake, c),
  };
}

/** Every custom id in a message's components. */
export function customIds(message: any): string[] {
  return (message?.components ?? []).flatMap((row: any) => (row.components ?? []).map((c: any) => c.custom_id)).filter(Boolean);
}
