import { liveQuery } from 'dexie';

/**
 * Calls `onChange` with the query's answer now and after every change to what it read, whoever made
 * it (the background, another of Backstory's pages); returns the unsubscribe.
 */
export function watchQuery<T>(query: () => Promise<T>, onChange: (value: T) => void): () => void {
  const sub = liveQuery(query).subscribe({ next: onChange, error: (error: unknown) => console.error(error) });
  return () => sub.unsubscribe();
}
