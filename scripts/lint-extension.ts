/**
 * `web-ext lint` on the Firefox build: fails on any error, and on any warning that is not listed
 * below with the reason it is acceptable.
 */
import { execFileSync } from 'node:child_process';

const ACCEPTED_WARNINGS: { code: string; file: RegExp; reason: string }[] = [
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    // The content script and the chunk the popup and options page share both bundle Preact.
    file: /^(content-scripts\/content\.js|chunks\/[\w-]+\.js)$/,
    reason:
      "Preact's renderer contains the code path for dangerouslySetInnerHTML. Backstory never uses that prop (a lint rule in the before-stop hook and the tests forbid it), so card text is only ever set as text.",
  },
];

interface Finding {
  code: string;
  message: string;
  file?: string;
  line?: number;
}

let output: string;
try {
  output = execFileSync('npx', ['web-ext', 'lint', '--source-dir', 'dist/firefox-mv2', '--output', 'json'], { encoding: 'utf8' });
} catch (error) {
  // web-ext exits non-zero when it finds errors; its JSON report is still on stdout.
  output = (error as { stdout?: string }).stdout ?? '';
}
const report = JSON.parse(output.slice(output.indexOf('{'))) as { errors: Finding[]; warnings: Finding[]; notices: Finding[] };
const unexplained = report.warnings.filter((w) => !ACCEPTED_WARNINGS.some((a) => a.code === w.code && a.file.test(w.file ?? '') && /innerHTML/.test(w.message)));
const show = (f: Finding) => `  ${f.code} ${f.file ?? ''}${f.line ? `:${f.line}` : ''} — ${f.message}`;

console.log(`web-ext lint: ${report.errors.length} errors, ${report.warnings.length} warnings (${report.warnings.length - unexplained.length} accepted with a reason), ${report.notices.length} notices`);
if (report.errors.length || unexplained.length) {
  for (const f of [...report.errors, ...unexplained]) console.error(show(f));
  process.exit(1);
}
