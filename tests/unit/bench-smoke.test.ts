import { describe, expect, it } from 'vitest';
import { runBench } from '../../bench/matcher-bench';

// The full benchmark is `npm run bench`; this quick run only proves it still runs end to end and
// that every contender processed text. Speed is judged from the full run's ratios, not here.
describe('npm run bench (smoke)', () => {
  it('runs every contender on the real pages and reports every figure', () => {
    const lines: string[] = [];
    const result = runBench({ aliases: 2_000, large: 5_000, budgetMs: 30 }, (line) => lines.push(line));
    for (const key of [
      'ours_mb_s',
      'regexp_mb_s',
      'ahocorasick_mb_s',
      'floor_mb_s',
      'floor_mb_s_200k',
      'fold_mb_s_200k',
      'build_ms_50k',
      'index_bytes_50k',
      'ours_mb_s_200k',
      'ours_mb_s_200k_undeclared',
      'tokenhash_mb_s',
      'build_ms_200k',
      'index_bytes_200k',
    ] as const)
      expect(result[key], key).toBeGreaterThan(0);
    expect(lines.join('\n')).toMatch(/corpus: 26 documents/);
  }, 180_000);
});
