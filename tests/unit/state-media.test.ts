import { describe, expect, it } from 'vitest';
import { STATE_OUTLETS, creditsStateMedia, stateOutletOf } from '../../lib/core/knowledge/state-media';

describe('state media', () => {
  it('knows an outlet by its host or a subdomain, never by a host that only contains its name', () => {
    expect(stateOutletOf('https://tass.com/politics/1')?.names[0]).toBe('TASS');
    expect(stateOutletOf('https://ar.mehrnews.com/news/1')?.state).toBe('Iran');
    expect(stateOutletOf('https://www.trtworld.com:443/article/1')?.state).toBe('Turkey');
    // "rt.com" is inside these hostnames, and none of them is RT.
    for (const url of [
      'https://www.theafricareport.com/1',
      'https://www.breitbart.com/x',
      'https://kste.iheart.com/x',
      'https://www.tellerreport.com/x',
    ])
      expect(stateOutletOf(url), url).toBeUndefined();
    expect(stateOutletOf('not a url')).toBeUndefined();
  });

  it('a text credits the outlet by a name it goes by, or says it is state media', () => {
    const tass = stateOutletOf('https://tass.com/1')!;
    expect(creditsStateMedia('The regiment went on duty, TASS reported.', [tass])).toBe(true);
    expect(creditsStateMedia("Russia's state news agency said the regiment went on duty.", [tass])).toBe(true);
    expect(creditsStateMedia('The regiment went on duty.', [tass])).toBe(false);
    // A name inside another word is no credit.
    expect(creditsStateMedia('A TASSEL hung from the flag.', [tass])).toBe(false);
  });

  it('lists each host once', () => {
    const hosts = STATE_OUTLETS.flatMap((o) => o.hosts);
    expect(new Set(hosts).size).toBe(hosts.length);
  });
});
