/** Every command the bot registers and serves, and the buttons it answers. */
import type { Command } from '../src/bot/types';
import { ask } from './ask';
import { factCheck } from './factcheck';
import { help } from './help';
import { quote } from './quote';
import { search } from './search';
import { source } from './source';

export { buttons } from './buttons';

export const commands: Command[] = [ask, search, quote, source, help, factCheck];
