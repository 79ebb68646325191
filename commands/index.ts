/** Every command the bot registers and serves, and the buttons it answers. */
import type { Command } from '../src/bot/types';
import { ask } from './ask';
import { check } from './check';
import { factCheck } from './factcheck';
import { help } from './help';
import { quote } from './quote';
import { search } from './search';
import { source } from './source';

export { buttons } from './buttons';

export const commands: Command[] = [ask, search, check, quote, source, help, factCheck];
