/**
 * /check and the Fact-check menu give verdicts, end to end through the real discord.js client
 * and the stand-in Discord: supported, contradicted (saying what differs), unverified.
 */
import { startHarness, type Harness } from '../support/botHarness';
import { chatInput, messageCommand } from '../support/interactions';

let h: Harness;
beforeAll(async () => { h = await startHarness(); }, 60000);
afterAll(async () => { await h?.stop(); });

async function reply(payload: Record<string, unknown>): Promise<any> {
  const ix = h.fake.interact(payload);
  return (await h.fake.waitForResponse(ix)).message;
}

describe('/check', () => {
  test('a true claim is supported, with the evidence and its citation', async () => {
    const message = await reply(chatInput(h.fake, 'check', { claim: 'حجم التجارة السنوية بين روسيا وأذربيجان يزيد على 4 مليارات دولار' }));
    expect(message.content).toContain('صحيح: يقول المقال ذلك');
    expect(message.content).toContain('يزيد على 4 مليارات دولار');
    expect(message.content).toContain('وكالة الأناضول');
    expect(message.allowed_mentions).toEqual({ parse: [] });
  }, 60000);

  test('an altered figure is contradicted, and the reply says what differs', async () => {
    const message = await reply(chatInput(h.fake, 'check', { claim: 'Trade between Russia and Azerbaijan exceeds 5 billion dollars' }));
    expect(message.content).toContain('Contradicted: the article says something else');
    expect(message.content).toMatch(/the article says [^;]*4[^;]*; the claim says [^;]*5/);
    expect(message.content).toContain('paragraph 11'); // English claim: English labels
  }, 60000);

  test('a claim the article does not cover is unverified', async () => {
    const message = await reply(chatInput(h.fake, 'check', { claim: 'فازت الأرجنتين بكأس العالم 2022' }));
    expect(message.content).toContain('لم يتحقق: لا يتناول المقال ذلك');
  }, 60000);

  test('an unknown article gets a clear message', async () => {
    const message = await reply(chatInput(h.fake, 'check', { claim: 'claim', article: 'no-such-article' }));
    expect(message.content).toContain('no-such-article');
  }, 60000);
});

describe('Fact-check menu', () => {
  test('gives the verdict on the message it is used on', async () => {
    const message = await reply(messageCommand(h.fake, 'Fact-check', 'أعلنت أذربيجان في 24 يونيو استعادة 3 قرى من أرمينيا'));
    expect(message.content).toContain('غير صحيح: يقول المقال غير ذلك');
    expect(message.content).toContain('مايو');
  }, 60000);
});
