import { describe, expect, it } from 'vitest';
import { generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';
import packIndex from '../../assets/packs/index.json';

const messages = async (lang: string) => generateChromeMessages(await parseMessagesFile(`locales/${lang}.yml`));

describe('the interface strings', () => {
  it('say everything in Arabic that they say in English, and nothing more', async () => {
    const [en, ar] = await Promise.all([messages('en'), messages('ar')]);
    expect(Object.keys(ar).sort()).toEqual(Object.keys(en).sort());
    for (const [key, { message }] of Object.entries(ar)) expect(message.trim(), key).not.toBe('');
  });

  it('name every bundled pack in both languages (a pack the reader imports keeps its own name)', async () => {
    const camel = (id: string) => id.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
    for (const lang of ['en', 'ar']) {
      const all = await messages(lang);
      for (const { id } of packIndex)
        expect(all[`options_packName_${camel(id)}`]?.message, `${lang} ${id}`).toBeTruthy();
    }
  });
});
