import { i18n } from '#i18n';
import { render } from 'preact';
import { Library } from '../../components/Library';
import { BackstoryDB } from '../../lib/background/database';
import { libraryData } from '../../lib/background/library-data';
import { ask } from '../../lib/extension/ask';
import { applyPageLook } from '../../lib/extension/page-look';
import { pageTheme, type Settings } from '../../lib/core/settings';

// Timings the library test prints: the script's start, then the first rows (Library.tsx).
performance.mark('library:script');
document.title = `${i18n.t('library.title')} — Backstory`;
const data = libraryData(new BackstoryDB());
const initial = /^#card=([\w-]+)$/.exec(location.hash)?.[1];

/** The names in the query, found by the background's matcher (every language, Arabic clitics, Russian cases), then by their start. */
async function searchNames(query: string): Promise<string[]> {
  const [found, started] = await Promise.all([
    ask({ type: 'mentions/find', runs: [{ text: query.slice(0, 500) }] }).catch(() => undefined),
    data.namesStartingWith(query),
  ]);
  const ids = (found?.found[0] ?? []).filter((_, i) => i % 3 === 0).map((e) => found!.entities[e]!.id);
  return [...new Set([...ids, ...started])];
}

function draw(settings?: Settings) {
  render(
    <Library
      readCatalogue={data.readCatalogue}
      searchNames={searchNames}
      loadCard={async (id) => ask({ type: 'card/get', id })}
      watchPacks={data.watchPacks}
      loadMerged={async () => (await ask({ type: 'cards/merged' })).redirect}
      {...(initial ? { initial } : {})}
      onOpen={(id) => history.replaceState(null, '', `#card=${id}`)}
      theme={pageTheme(settings, matchMedia('(prefers-color-scheme: dark)').matches)}
    />,
    document.getElementById('app')!,
  );
}
draw();
applyPageLook(draw);
