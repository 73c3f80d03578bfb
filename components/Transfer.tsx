/**
 * Export and import of the reader's data, and a full backup and restore of the database. Both are
 * checked as a whole first; a failed one changes nothing and lists every problem with its path.
 */
import { isoDay } from '../lib/core/base/dates';
import { i18n } from '#i18n';
import { useState } from 'preact/hooks';
import type { ImportOptions, ImportResult, RestoreResult } from '../lib/core/write-results';
import { MAX_IMPORT_BYTES, TOO_LARGE } from '../lib/core/transfer-schema';
import { IssueLine } from './IssueLine';

interface Props {
  exportFile: () => Promise<string>;
  importFile: (text: string, options: ImportOptions) => Promise<ImportResult>;
  backup: () => Promise<Blob>;
  restore: (file: Blob) => Promise<RestoreResult>;
}

/** Errors are shown, never thrown at the reader: a failure that escapes becomes one more error line. */
async function shown<T>(
  run: () => Promise<T | { ok: false; errors: string[] }>,
): Promise<T | { ok: false; errors: string[] }> {
  try {
    return await run();
  } catch (error) {
    return { ok: false, errors: [`(error): ${error instanceof Error ? error.message : String(error)}`] };
  }
}

export function Transfer({ exportFile, importFile, backup, restore }: Props) {
  const [exportUrl, setExportUrl] = useState<string>();
  const [backupUrl, setBackupUrl] = useState<string>();
  const [message, setMessage] = useState<string>();
  const [errors, setErrors] = useState<{ title: string; list: string[] }>();
  // Off by default: where the reader's copy is newer than the file, the reader's copy stays.
  const [takeFile, setTakeFile] = useState(false);
  const day = isoDay(new Date());

  const readFile = (input: HTMLInputElement, then: (file: File) => Promise<void>) => {
    const file = input.files?.[0];
    input.value = '';
    if (file) void then(file);
  };

  return (
    <div class="transfer">
      <p>
        <button
          type="button"
          onClick={async () => {
            setExportUrl(URL.createObjectURL(new Blob([await exportFile()], { type: 'application/json' })));
          }}
        >
          {i18n.t('transfer.export')}
        </button>{' '}
        {exportUrl && (
          <a id="export-link" href={exportUrl} download={`backstory-${day}.json`}>
            {i18n.t('transfer.exportReady')}
          </a>
        )}
      </p>
      <label>
        <input
          type="checkbox"
          name="take-file"
          checked={takeFile}
          onChange={(e) => setTakeFile((e.target as HTMLInputElement).checked)}
        />
        <span>{i18n.t('transfer.takeFile')}</span>
      </label>
      <label class="field">
        {i18n.t('transfer.import')}
        <input
          type="file"
          name="import"
          accept="application/json,.json"
          onChange={(e) =>
            readFile(e.target as HTMLInputElement, async (file) => {
              setMessage(undefined);
              setErrors(undefined);
              // Refused before it is read: a huge file never reaches memory.
              const result =
                file.size > MAX_IMPORT_BYTES
                  ? TOO_LARGE
                  : await shown(async () =>
                      importFile(await file.text(), { onConflict: takeFile ? 'take-file' : 'keep-mine' }),
                    );
              if (result.ok) {
                const imported = i18n.t('transfer.imported', [
                  String(result.cards),
                  String(result.edits),
                  String(result.exclusions),
                ]);
                setMessage(
                  result.kept > 0 ? `${imported} ${i18n.t('transfer.kept', [String(result.kept)])}` : imported,
                );
              } else setErrors({ title: i18n.t('transfer.importFailed'), list: result.errors });
            })
          }
        />
      </label>
      <p>
        <button type="button" onClick={async () => setBackupUrl(URL.createObjectURL(await backup()))}>
          {i18n.t('transfer.backup')}
        </button>{' '}
        {backupUrl && (
          <a id="backup-link" href={backupUrl} download={`backstory-backup-${day}.json`}>
            {i18n.t('transfer.exportReady')}
          </a>
        )}
      </p>
      <label class="field">
        {i18n.t('transfer.restore')}
        <input
          type="file"
          name="restore"
          accept="application/json,.json"
          onChange={(e) =>
            readFile(e.target as HTMLInputElement, async (file) => {
              setMessage(undefined);
              setErrors(undefined);
              const result = await shown(() => restore(file));
              if (result.ok)
                setMessage(
                  result.warning ? `${i18n.t('transfer.restored')} ${result.warning}` : i18n.t('transfer.restored'),
                );
              else setErrors({ title: i18n.t('transfer.restoreFailed'), list: result.errors });
            })
          }
        />
      </label>
      {message && <p role="status">{message}</p>}
      {errors && (
        <div role="alert" class="errors">
          <p>{errors.title}</p>
          <ul>
            {errors.list.map((e) => (
              <IssueLine key={e} line={e} />
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
