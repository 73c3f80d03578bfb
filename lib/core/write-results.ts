/**
 * What Backstory's writes answer, and the rows its pages list: shared by the background modules
 * that write the database and the components that show the outcome (which never see the database).
 */
import type { Card, Kind } from './knowledge/pack-schema';

/** A card edit or a new card: the card as stored, or every problem as `field: message`. */
export type EditResult = { ok: true; card: Card } | { ok: false; errors: string[] };

export type ImportResult =
  /** `kept`: own cards and edited fields left as the reader had them, being newer than the file. */
  { ok: true; cards: number; edits: number; exclusions: number; kept: number } | { ok: false; errors: string[] };

export interface ImportOptions {
  /** Where the reader's copy is newer than the file: keep it (the default), or take the file's. */
  onConflict?: 'keep-mine' | 'take-file';
}

/** `warning`: restored, but something after it did not finish (the bundled packs were not checked). */
export type RestoreResult = { ok: true; warning?: string } | { ok: false; errors: string[] };

/** Where a pack comes from, as it says: absent in rows written before they were kept. */
export interface PackOrigin {
  author?: string | undefined;
  licence?: string | undefined;
  /** When its cards were last reviewed, a day ("2026-12-01"). */
  reviewed?: string | undefined;
}

/** An installed pack: what it is called, its version, whether it is on, and where it comes from. */
export interface PackInfo extends PackOrigin {
  id: string;
  name: string;
  version: string;
  enabled: boolean;
}

/** How many cards there are of each kind; a kind with none is left out. */
export type KindCounts = Partial<Record<Kind, number>>;

/** An installed pack as the options page lists it. */
export interface PackSummary extends PackInfo {
  /** How many cards in the database belong to it. */
  cards: number;
  /** Its cards by kind (as the reader may have edited them). */
  kinds: KindCounts;
}
