/**
 * The packs a test profile installs: every bundled pack but the generated places (6,500 cards, which
 * fake-indexeddb takes seconds to write). These tests are about the database and the build, not the
 * cards; the places pack has its own tests (places-pack.test.ts) and the e2e suites install it.
 */
export const PROFILE = { except: ['places'] } as const;
