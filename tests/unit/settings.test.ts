import { describe, expect, it } from 'vitest';
import { activeOn, DEFAULT_SETTINGS, readSettings } from '../../lib/settings';

describe('settings', () => {
  it('fills in defaults and keeps every valid field', () => {
    expect(readSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(readSettings({ density: 'first', theme: 'dark' })).toEqual({ ...DEFAULT_SETTINGS, density: 'first', theme: 'dark' });
  });

  it('drops only the fields that do not validate', () => {
    expect(readSettings({ density: 'loud', dwellMs: 5, fontSize: 16, kinds: ['person', 'city'] })).toEqual({ ...DEFAULT_SETTINGS, fontSize: 16 });
  });

  it('is off on a disabled site and its subdomains, and everywhere when paused', () => {
    const s = { ...DEFAULT_SETTINGS, disabledSites: ['example.com'] };
    expect(activeOn(s, 'www.example.com')).toBe(false);
    expect(activeOn(s, 'news.example.com')).toBe(false);
    expect(activeOn(s, 'example.org')).toBe(true);
    expect(activeOn({ ...DEFAULT_SETTINGS, paused: true }, 'example.org')).toBe(false);
  });
});
