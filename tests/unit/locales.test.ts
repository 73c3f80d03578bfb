import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';
import packIndex from '../../assets/packs/index.json';
import { KINDS } from '../../lib/core/knowledge/pack-schema';

const messages = async (lang: string) => generateChromeMessages(await parseMessagesFile(`locales/${lang}.yml`));
/** A message's name for an id: `where-and-what` is `whereAndWhat` (a message name has no hyphens). */
const camel = (id: string) => id.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());

describe('the interface strings', () => {
  it('say everything in Arabic that they say in English, and nothing more', async () => {
    const [en, ar] = await Promise.all([messages('en'), messages('ar')]);
    expect(Object.keys(ar).sort()).toEqual(Object.keys(en).sort());
    for (const [key, { message }] of Object.entries(ar)) expect(message.trim(), key).not.toBe('');
  });

  it('name every bundled pack in both languages (a pack the reader imports keeps its own name)', async () => {
    for (const lang of ['en', 'ar']) {
      const all = await messages(lang);
      for (const { id } of packIndex)
        expect(all[`options_packName_${camel(id)}`]?.message, `${lang} ${id}`).toBeTruthy();
    }
  });

  it("name every kind of card in both languages, for Backstory's own pages", async () => {
    for (const lang of ['en', 'ar']) {
      const all = await messages(lang);
      for (const kind of KINDS) expect(all[`kind_${camel(kind)}`]?.message, `${lang} ${kind}`).toBeTruthy();
    }
  });

  it('hold every message the manifest names (its name, description and keyboard commands)', async () => {
    const config = readFileSync('wxt.config.ts', 'utf8');
    const named = [...config.matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]!);
    expect(named).toEqual(expect.arrayContaining(['extName', 'commands_nextMention']));
    // No command described in one language only.
    expect(config).not.toMatch(/description: '(?!__MSG_)/);
    for (const lang of ['en', 'ar']) {
      const all = await messages(lang);
      for (const key of named) expect(all[key]?.message, `${lang} ${key}`).toBeTruthy();
    }
  });
});
