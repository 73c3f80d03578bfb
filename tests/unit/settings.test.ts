import { describe, expect, it } from 'vitest';
import { activeOn, DEFAULT_SETTINGS, pageTheme, readSettings, siteName } from '../../lib/core/settings';

describe('settings', () => {
  it('fills in defaults and keeps every valid field', () => {
    expect(readSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(readSettings({ density: 'first', theme: 'dark' })).toEqual({
      ...DEFAULT_SETTINGS,
      density: 'first',
      theme: 'dark',
    });
  });

  it('drops only the fields, and the list entries, that do not validate', () => {
    expect(readSettings({ density: 'loud', dwellMs: 5, fontSize: 16, kinds: ['person', 'city'] })).toEqual({
      ...DEFAULT_SETTINGS,
      fontSize: 16,
      kinds: ['person'],
    });
    // One bad site does not lose the reader's list.
    expect(
      readSettings({ disabledSites: ['example.com', 'javascript:alert(1)', '<b>', 'news.example.org'] }).disabledSites,
    ).toEqual(['example.com', 'news.example.org']);
  });

  it('reads what a reader types for a site as its host name, or nothing', () => {
    expect(siteName('https://News.Example.com/world?id=1')).toBe('news.example.com');
    expect(siteName('example.com:8080/path')).toBe('example.com');
    expect(siteName('пример.рф')).toBe('xn--e1afmkfd.xn--p1ai');
    expect(siteName('[::1]')).toBe('[::1]');
    for (const bad of ['', '   ', 'javascript:alert(1)', 'a b', '<script>', 'http://', 'exa_mple.com'])
      expect(siteName(bad), bad).toBeUndefined();
  });

  it('is off on a disabled site and its subdomains, and everywhere when paused', () => {
    const s = { ...DEFAULT_SETTINGS, disabledSites: ['example.com'] };
    expect(activeOn(s, 'www.example.com')).toBe(false);
    expect(activeOn(s, 'news.example.com')).toBe(false);
    expect(activeOn(s, 'example.org')).toBe(true);
    expect(activeOn({ ...DEFAULT_SETTINGS, paused: true }, 'example.org')).toBe(false);
  });
});

describe('settings size caps', () => {
  it('keeps the first 1,000 valid sites of a stored list that is longer, instead of losing the list', () => {
    const sites = Array.from({ length: 1200 }, (_, i) => `site${i}.example`);
    const read = readSettings({ disabledSites: ['<b>', ...sites] }).disabledSites;
    expect(read).toEqual(sites.slice(0, 1000));
  });
});

describe("the theme of Backstory's own pages", () => {
  it("is the reader's choice, else the system's", () => {
    const with_ = (theme: 'auto' | 'light' | 'dark') => ({ ...DEFAULT_SETTINGS, theme });
    expect(pageTheme(with_('dark'), false)).toBe('dark');
    expect(pageTheme(with_('light'), true)).toBe('light');
    expect(pageTheme(with_('auto'), true)).toBe('dark');
    expect(pageTheme(undefined, false)).toBe('light');
  });
});
