/**
 * What the page is read with, from the background: one matcher per data revision (asked for again
 * only when the revision moved), each entity's kind, and the mentions the reader excluded here.
 */
import type { EntitySummary } from '../core/protocol';
import { mentionFilter, type MentionFilter } from '../core/page/exclusions';
import { loadMatcher, type Matcher } from '../core/text/matcher';
import { ask } from '../extension/ask';

export class PageData {
  matcher: Matcher | undefined;
  private entities: Record<string, EntitySummary> = {};
  private revision: number | undefined;
  private accepts: MentionFilter = () => true;

  /** An entity's kind, for its highlight; an entity the data no longer has reads as an organisation. */
  kindOf(id: string): string {
    return this.entities[id]?.kind ?? 'organisation';
  }

  /** False for a mention the reader said is not this entity on this site. */
  accept(entity: string, surface: string): boolean {
    return this.accepts(entity, surface);
  }

  /** Asks the background for what changed; true when a new matcher came (cards fetched before are stale). */
  async refresh(): Promise<boolean> {
    const answer = await ask({ type: 'matcher/get', have: this.revision });
    this.accepts = mentionFilter(answer.exclusions ?? []);
    let replaced = false;
    if (answer.matcher && answer.entities) {
      this.matcher = loadMatcher(answer.matcher);
      this.entities = answer.entities;
      replaced = true;
    }
    // Only once the matcher loaded: a matcher that failed to load is asked for again.
    this.revision = answer.revision;
    return replaced;
  }

  /** The data revision the page was last read with. */
  get currentRevision(): number | undefined {
    return this.revision;
  }
}
