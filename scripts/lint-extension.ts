/**
 * Lints the built extension. `web-ext lint` on the Firefox build fails on any error, and on any
 * warning not listed below with the reason it is acceptable. Both manifests must ask for no more than
 * the README justifies: `storage`, the content script, the commands — no host permissions, no
 * web-accessible resources, no `externally_connectable` — and Firefox must declare no data collection.
 *
 * `-- --zip` lints the Firefox package `npm run zip` made (with addons-linter, the linter web-ext and
 * addons.mozilla.org run, which reads the zip as the store receives it) instead of the build folder;
 * `npm run zip` runs it so.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { EXTENSION_PAGES_CSP } from '../wxt.config';

const ACCEPTED_WARNINGS: { code: string; file: RegExp; reason: string }[] = [
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    // The content script and the chunk the popup and options page share both bundle Preact.
    file: /^(content-scripts\/content\.js|chunks\/[\w-]+\.js)$/,
    reason:
      "Preact's renderer contains the code path for dangerouslySetInnerHTML. Backstory never uses that prop (ESLint forbids it: eslint.config.js), so card text is only ever set as text.",
  },
];

interface Finding {
  code: string;
  message: string;
  file?: string;
  line?: number;
}

const wantsZip = process.argv.includes('--zip');
const zip = wantsZip ? readdirSync('dist').find((f) => f.endsWith('-firefox.zip')) : undefined;
if (wantsZip && !zip) throw new Error('no dist/*-firefox.zip: run npm run zip');
const linter = zip
  ? ['addons-linter', '--output', 'json', `dist/${zip}`]
  : ['web-ext', 'lint', '--source-dir', 'dist/firefox-mv2', '--output', 'json'];

let output: string;
try {
  output = execFileSync('npx', linter, { encoding: 'utf8' });
} catch (error) {
  // web-ext exits non-zero when it finds errors; its JSON report is still on stdout.
  output = (error as { stdout?: string }).stdout ?? '';
}
const report = JSON.parse(output.slice(output.indexOf('{'))) as {
  errors: Finding[];
  warnings: Finding[];
  notices: Finding[];
};
const unexplained = report.warnings.filter(
  (w) => !ACCEPTED_WARNINGS.some((a) => a.code === w.code && a.file.test(w.file ?? '') && /innerHTML/.test(w.message)),
);
const show = (f: Finding) => `  ${f.code} ${f.file ?? ''}${f.line ? `:${f.line}` : ''} — ${f.message}`;

console.log(
  `${zip ? `addons-linter dist/${zip}` : 'web-ext lint dist/firefox-mv2'}: ${report.errors.length} errors, ${report.warnings.length} warnings (${report.warnings.length - unexplained.length} accepted with a reason), ${report.notices.length} notices`,
);

const manifestProblems: string[] = [];
for (const build of ['chrome-mv3', 'firefox-mv2']) {
  const m = JSON.parse(readFileSync(`dist/${build}/manifest.json`, 'utf8')) as Record<string, unknown>;
  const expect = (ok: boolean, what: string) => ok || manifestProblems.push(`${build}/manifest.json: ${what}`);
  expect(
    JSON.stringify(m.permissions) === '["storage"]',
    `permissions must be exactly ["storage"], found ${JSON.stringify(m.permissions)}`,
  );
  const csp = (m.content_security_policy as { extension_pages?: string } | string | undefined) ?? '';
  expect(
    (typeof csp === 'string' ? csp : (csp.extension_pages ?? '')) === EXTENSION_PAGES_CSP,
    "must carry the extension pages' content security policy (wxt.config.ts)",
  );
  for (const key of [
    'host_permissions',
    'optional_permissions',
    'optional_host_permissions',
    'web_accessible_resources',
    'externally_connectable',
  ])
    expect(!(key in m), `must have no ${key}`);
  if (build === 'firefox-mv2') {
    const gecko = (
      m.browser_specific_settings as { gecko?: { data_collection_permissions?: { required?: string[] } } } | undefined
    )?.gecko;
    expect(
      JSON.stringify(gecko?.data_collection_permissions?.required) === '["none"]',
      'must declare data_collection_permissions.required ["none"]',
    );
  }
}
console.log(
  `manifests: ${manifestProblems.length ? manifestProblems.length + ' problems' : 'only storage, the content script and commands; nothing web-accessible, nothing externally connectable'}`,
);

if (report.errors.length || unexplained.length || manifestProblems.length) {
  for (const f of [...report.errors, ...unexplained]) console.error(show(f));
  for (const p of manifestProblems) console.error(`  ${p}`);
  process.exit(1);
}
