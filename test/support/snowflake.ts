/** Snowflake ids that discord.js can parse (timestamp since the Discord epoch, then a counter). */
const DISCORD_EPOCH = 1420070400000n;
let counter = 0n;

export function snowflake(): string {
  counter = (counter + 1n) & 0xfffn;
  return String(((BigInt(Date.now()) - DISCORD_EPOCH) << 22n) | (7n << 12n) | counter);
}
