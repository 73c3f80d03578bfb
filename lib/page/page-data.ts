/**
 * What the page is read with, from the background: the data revision, the mentions the reader
 * excluded here, and the mentions in the page's text, which the background finds with its one
 * matcher (a tab holds no copy of it) and answers with offsets and each entity's kind. In Chromium
 * the first slice may be marked from the start index first, while a stopped service worker wakes.
 */
import { mentionFilter, type MentionFilter } from '../core/page/exclusions';
import { MAX_NAMED, type FoundResponse } from '../core/protocol';
import type { Settings } from '../core/settings';
import type { Mention } from '../core/text/matcher';
import { ask } from '../extension/ask';
import { probeStep, probeStepWhen } from './probes';

export interface TextRun {
  text: string;
  lang?: string;
}

/**
 * How long after the setup request the start index waits for the background before it is used. In
 * Chromium a running worker's answer reaches the tab 10–30 ms after it is sent (bench:browser's warm
 * steps), a stopped one's after 200–300 ms; the index takes 15–25 ms to read the first slice in a tab.
 */
const START_GRACE_MS = 30;

/**
 * How long the page waits for the background's first answer before it reads the start index at
 * all. Begun at once, the read (hundreds of kilobytes from storage) reached the page's thread as a
 * running worker's answer did, and held it up: warm first marks took 35–52 ms so, 13–29 with
 * the wait (Chromium, npm run bench:browser), and a stopped worker's first answer takes 150 ms or more.
 */
const START_WAIT_MS = 25;

/**
 * The start index's reading of some runs, once its stored text has arrived: their mentions, and
 * whether it could read every run (undefined for an index that is not whole).
 */
export type StartFinder = (runs: readonly TextRun[]) => { answer: FoundResponse; whole: boolean } | undefined;

export class PageData {
  constructor(
    /** The day the page says it was published, if it does (YYYY-MM-DD). */
    private readonly articleDate: () => string | undefined = () => undefined,
    /**
     * Chromium: reads the start index for the page's language (start-index.ts); begun with the first
     * setup request, and used if it comes before the background's answer.
     */
    private readonly readStartIndex?: () => Promise<StartFinder | undefined>,
  ) {}

  /** Whether the background found otherwise than the start index, once its answer for the same slice is in. */
  private startChecked: Promise<boolean> = Promise.resolve(false);
  /** The start index on its way, read beside the first setup request; used at most once. */
  private startIndex: Promise<StartFinder | undefined> | undefined;

  private kinds = new Map<string, string>();
  /** The cards the background's answers have named by name on this page, which later requests pass on. */
  private named = new Set<string>();
  private revision: number | undefined;
  /**
   * Some text was read with a woken background's quick view (FoundResponse.partial): the page is
   * read again at the next refresh, which the background asks for once its full view is ready.
   */
  private partial = false;
  private accepts: MentionFilter = () => true;
  /** The setup request on its way: the mentions found meanwhile wait for its exclusions. */
  private setup: Promise<unknown> = Promise.resolve();
  /** The settings the background sent with its answer to the last setup request, if it had them. */
  private sentSettings: Promise<Settings | undefined> = Promise.resolve(undefined);
  /** The first slice, sent with the setup request, and the background's answer for it if it read it. */
  private early:
    | { runs: readonly TextRun[]; answer: Promise<FoundResponse | undefined>; settled: boolean; sentAt: number }
    | undefined;

  /** An entity's kind, for its highlight; an entity the data no longer has reads as an organisation. */
  kindOf(id: string): string {
    return this.kinds.get(id) ?? 'organisation';
  }

  /** False for a mention the reader said is not this entity on this site. */
  accept(entity: string, surface: string): boolean {
    return this.accepts(entity, surface);
  }

  /**
   * Asks the background what changed; true when the data moved on from what the page was read with
   * (cards fetched before are stale). A busy background may answer from the view before a large
   * rebuild: it tells the tab again once the new one is ready, and the revisions then differ. Text
   * read with a quick view (partial) counts as moved on too.
   */
  async refresh(first?: readonly TextRun[]): Promise<boolean> {
    const partial = this.partial;
    this.partial = false;
    // A reading from the top reads on from its own names only, as `npm run scan` reads a file: a
    // surname before the full name stays unmarked the second time too. Kept if no such reading follows.
    const namedBefore = this.named;
    this.named = new Set();
    const date = this.articleDate();
    probeStep('setup-sent');
    const asked = ask(
      {
        type: 'page/setup',
        ...(first?.length ? { runs: wire(first) } : {}),
        ...(date ? { date } : {}),
      },
      () => probeStep('setup-received'),
    );
    // A read of storage, which a stopped service worker does not hold up; begun only if the
    // background has not answered within START_WAIT_MS, since it holds up a running one's answer.
    if (first?.length && this.readStartIndex) {
      const read = this.readStartIndex;
      this.startIndex = Promise.race([
        asked.then(
          () => true,
          () => true,
        ),
        soon(START_WAIT_MS).then(() => false),
      ]).then((answered) => (answered ? undefined : read().catch(() => undefined)));
    }
    if (first?.length) {
      const early = {
        runs: first,
        answer: asked.then(
          (a) => a.first,
          () => undefined,
        ),
        settled: false,
        sentAt: performance.now(),
      };
      void early.answer.then(() => (early.settled = true));
      this.early = early;
    } else this.early = undefined;
    probeStepWhen('setup-answered', asked);
    this.sentSettings = asked.then(
      (a) => a.settings,
      () => undefined,
    );
    const applied = asked.then(({ revision, exclusions }) => {
      this.accepts = mentionFilter(exclusions);
      return revision;
    });
    this.setup = applied.catch(() => undefined);
    const moved = (await applied) !== this.revision || partial;
    if (!moved && !first?.length) for (const id of namedBefore) this.named.add(id);
    return moved;
  }

  /** The reader's settings as the background sent them with the last setup, if it did. */
  backgroundSettings(): Promise<Settings | undefined> {
    return this.sentSettings;
  }

  /** The settings say off here: the first slice's answer, if any, is not wanted. */
  dropEarly(): void {
    this.early = undefined;
  }

  /** The mentions in each run, in order. */
  async find(runs: readonly TextRun[]): Promise<Mention[][]> {
    if (runs.length === 0) return [];
    const early = this.early;
    this.early = undefined;
    const first = early && sameRuns(early.runs, runs) ? early : undefined;
    const started = first && (await this.fromStartIndex(first));
    if (started) return this.mentionsOf(started);
    // The first slice went with the setup request: its answer is used if the background read it.
    const answered = first ? await first.answer : undefined;
    const date = this.articleDate();
    const asked = answered
      ? Promise.resolve(answered)
      : ask({
          type: 'mentions/find',
          runs: wire(runs),
          ...(date ? { date } : {}),
          ...(this.named.size ? { named: [...this.named] } : {}),
        });
    // Sent alongside the setup request, not after it; the marks wait for its exclusions.
    const [answer] = await Promise.all([asked, this.setup]);
    return this.mentionsOf(answer);
  }

  /**
   * The first slice's mentions from the start index, if it arrives before the background's answer
   * and finds any. The site has no exclusions (else no index is read), so nothing waits for them.
   * Once the background's answer comes, the page is read again if it found otherwise.
   */
  private async fromStartIndex(early: NonNullable<PageData['early']>): Promise<FoundResponse | undefined> {
    const reading = this.startIndex;
    this.startIndex = undefined;
    // Which came first, not which promise the race looks at first: both may be in by the time the
    // settings let the page be read.
    if (!reading || early.settled) return undefined;
    const background = early.answer.then(() => undefined);
    const finder = await Promise.race([background, reading]);
    // A running background answers within a few tens of milliseconds: it is given those, since
    // reading the index (decoding it, running its code for the first time) holds up its answer.
    const grace = early.sentAt + START_GRACE_MS - performance.now();
    if (finder && grace > 0) await Promise.race([background, soon(grace)]);
    probeStep('start-index-waited');
    if (early.settled) return undefined;
    const started = finder?.(early.runs);
    if (!started?.answer.found.some((flat) => flat.length)) {
      if (started) probeStep('start-index-empty');
      return undefined;
    }
    const { answer, whole } = started;
    probeStep('start-index-used');
    this.startChecked = early.answer.then((given) => {
      if (whole && given && sameFound(given, answer)) {
        // The same marks from a quick view: read again when the background says its full view is in.
        if (given.partial) this.partial = true;
        return false;
      }
      this.partial = true;
      return true;
    });
    return answer;
  }

  /**
   * True when the first slice was marked from the start index and the background, once it answered
   * for the same slice, found otherwise: the page is then read again (the next refresh says so).
   */
  startDiffered(): Promise<boolean> {
    return this.startChecked;
  }

  private mentionsOf(answer: FoundResponse): Mention[][] {
    for (const e of answer.entities) {
      this.kinds.set(e.id, e.kind);
      // Named by a name, not a title (which the background resolves after reading): as it counts them.
      if (!e.office && this.named.size < MAX_NAMED) this.named.add(e.id);
    }
    this.revision = answer.revision;
    if (answer.partial) this.partial = true;
    return answer.found.map((flat) => {
      const out: Mention[] = [];
      for (let i = 0; i + 2 < flat.length; i += 3) {
        const entity = answer.entities[flat[i]!];
        if (entity)
          out.push({
            entity: entity.id,
            start: flat[i + 1]!,
            end: flat[i + 2]!,
            ...(entity.office ? { office: entity.office } : {}),
          });
      }
      return out;
    });
  }
}

const wire = (runs: readonly TextRun[]) => runs.map(({ text, lang }) => (lang ? { text, lang } : { text }));

/**
 * A promise that resolves in `ms`: as a task of the highest priority where the browser has a
 * scheduler (Chromium), since a page still loading queues plenty of its own tasks before a timer's.
 */
function soon(ms: number): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { postTask?: (fn: () => void, o: object) => Promise<void> } })
    .scheduler;
  if (scheduler?.postTask) return scheduler.postTask(() => undefined, { priority: 'user-blocking', delay: ms });
  return new Promise((done) => setTimeout(done, ms));
}

/** The same mentions of the same entities, read from the same data. */
const sameFound = (a: FoundResponse, b: FoundResponse) =>
  a.revision === b.revision &&
  a.found.length === b.found.length &&
  a.found.every((flat, i) => flat.length === b.found[i]!.length && flat.every((x, k) => x === b.found[i]![k])) &&
  a.entities.length === b.entities.length &&
  a.entities.every((e, i) => {
    const o = b.entities[i]!;
    return e.id === o.id && e.kind === o.kind && e.office === o.office;
  });

const sameRuns = (a: readonly TextRun[], b: readonly TextRun[]) =>
  a.length === b.length && a.every((r, i) => r.text === b[i]!.text && r.lang === b[i]!.lang);
