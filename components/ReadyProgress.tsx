/**
 * "Getting ready: 40%" while the background installs a large pack in slices, asked for again every
 * half second until it is done; nothing once it is (or when there was nothing to install).
 */
import { i18n } from '#i18n';
import { useEffect, useState } from 'preact/hooks';

export interface Progress {
  done: number;
  total: number;
}

const POLL_MS = 500;

export function ReadyProgress({ load }: { load: () => Promise<Progress | undefined> }) {
  const [progress, setProgress] = useState<Progress>();
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const poll = async () => {
      const next = await load().catch(() => undefined);
      if (stopped) return;
      setProgress(next);
      if (next?.total) timer = setTimeout(() => void poll(), POLL_MS);
    };
    void poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, []);
  if (!progress?.total) return null;
  const percent = Math.floor((100 * progress.done) / progress.total);
  return (
    <div class="note" role="status" data-progress={percent}>
      <p>{i18n.t('popup.gettingReady', [String(percent)])}</p>
      <progress max={progress.total} value={progress.done} />
      <p>{i18n.t('popup.gettingReadyNote')}</p>
    </div>
  );
}
