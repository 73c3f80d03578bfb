import { describe, expect, it } from 'vitest';
import { CARD_CACHE_SIZE, CardCache } from '../../lib/core/page/card-cache';

interface FakeCard {
  id: string;
  n: number;
}

/** A fake card source whose answers arrive only when the test says so. */
function fakeSource() {
  const asked: string[] = [];
  const waiting = new Map<string, ((card: FakeCard | undefined) => void)[]>();
  const load = (id: string) =>
    new Promise<FakeCard | undefined>((resolve) => {
      asked.push(id);
      waiting.set(id, [...(waiting.get(id) ?? []), resolve]);
    });
  /** Answers the oldest request for `id` still open (undefined: no such card). */
  const answer = async (id: string, card: FakeCard | undefined) => {
    const queue = waiting.get(id) ?? [];
    queue.shift()?.(card);
    // Let the cache's then/finally run.
    await new Promise((r) => setTimeout(r, 0));
  };
  return { asked, load, answer };
}

/** A source that answers at once, counting the requests. */
function instantSource() {
  const asked: string[] = [];
  const load = async (id: string): Promise<FakeCard | undefined> => {
    asked.push(id);
    return { id, n: asked.length };
  };
  return { asked, load };
}

describe('card cache', () => {
  it('asks once for a card already on its way, and keeps it once it came', async () => {
    const source = fakeSource();
    const cache = new CardCache(source.load);
    const first = cache.get('s-400');
    const second = cache.get('s-400');
    expect(source.asked).toEqual(['s-400']);
    await source.answer('s-400', { id: 's-400', n: 1 });
    expect(await first).toEqual(await second);
    expect(await cache.get('s-400')).toBe(await first);
    expect(source.asked).toEqual(['s-400']);
  });

  it('keeps the last ten fetched: the one fetched longest ago makes room', async () => {
    const source = instantSource();
    const cache = new CardCache(source.load);
    expect(CARD_CACHE_SIZE).toBe(10);
    for (let i = 0; i <= CARD_CACHE_SIZE; i++) await cache.get(`card-${i}`);
    expect(cache.size).toBe(CARD_CACHE_SIZE);
    // card-1 … card-10 are kept; card-0 is asked for again.
    await cache.get('card-10');
    await cache.get('card-1');
    expect(source.asked).toHaveLength(CARD_CACHE_SIZE + 1);
    await cache.get('card-0');
    expect(source.asked).toHaveLength(CARD_CACHE_SIZE + 2);
    expect(source.asked.at(-1)).toBe('card-0');
  });

  it('keeps nothing for an id without a card, and asks again next time', async () => {
    const source = fakeSource();
    const cache = new CardCache(source.load);
    const none = cache.get('gone');
    await source.answer('gone', undefined);
    expect(await none).toBeUndefined();
    expect(cache.size).toBe(0);
    void cache.get('gone');
    expect(source.asked).toEqual(['gone', 'gone']);
  });

  it('forget() drops the cards kept', async () => {
    const source = instantSource();
    const cache = new CardCache(source.load);
    await cache.get('pkk');
    cache.forget();
    expect(cache.size).toBe(0);
    await cache.get('pkk');
    expect(source.asked).toEqual(['pkk', 'pkk']);
  });

  it('an answer that arrives after forget() serves its asker but is not kept', async () => {
    const source = fakeSource();
    const cache = new CardCache(source.load);
    const stale = cache.get('ypg');
    cache.forget();
    await source.answer('ypg', { id: 'ypg', n: 1 });
    expect(await stale).toEqual({ id: 'ypg', n: 1 });
    expect(cache.size).toBe(0);
    // Asked for again: the stale answer was not kept.
    const fresh = cache.get('ypg');
    expect(source.asked).toEqual(['ypg', 'ypg']);
    await source.answer('ypg', { id: 'ypg', n: 2 });
    expect(await fresh).toEqual({ id: 'ypg', n: 2 });
    expect(await cache.get('ypg')).toEqual({ id: 'ypg', n: 2 });
    expect(source.asked).toHaveLength(2);
  });

  it('a stale answer arriving after a fresh request neither is kept nor disowns the fresh one', async () => {
    const source = fakeSource();
    const cache = new CardCache(source.load);
    const stale = cache.get('f-35');
    cache.forget();
    const fresh = cache.get('f-35');
    // The fresh request is still the one on its way: asking again joins it.
    await source.answer('f-35', { id: 'f-35', n: 1 });
    expect(await stale).toEqual({ id: 'f-35', n: 1 });
    expect(cache.get('f-35')).toBe(fresh);
    expect(cache.size).toBe(0);
    await source.answer('f-35', { id: 'f-35', n: 2 });
    expect(await cache.get('f-35')).toEqual({ id: 'f-35', n: 2 });
    expect(source.asked).toEqual(['f-35', 'f-35']);
  });

  it('a failed request is not kept and is asked for again', async () => {
    let calls = 0;
    const cache = new CardCache<FakeCard>(async (id) => {
      calls++;
      if (calls === 1) throw new Error('background stopped');
      return { id, n: calls };
    });
    await expect(cache.get('s-400')).rejects.toThrow('background stopped');
    expect(await cache.get('s-400')).toEqual({ id: 's-400', n: 2 });
  });
});
