/**
 * A virtual screen (Xvfb) for what only a windowed browser draws: its toolbar, where the extension's
 * button and badge are. Photographs are taken with ImageMagick's `import`, and `convert` counts
 * pixels of a colour in them, so a test can tell a drawn badge from a missing one.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';

export interface Screen {
  /** The X display, for the browser's DISPLAY. */
  display: string;
  /** Saves the screen, or the part `crop` names, as a PNG. */
  capture(path: string, crop?: { x: number; y: number; width: number; height: number }): void;
  close(): void;
}

const MISSING = 'Xvfb and ImageMagick are needed for the toolbar photographs: apt-get install -y xvfb imagemagick';

const found = (command: string) => {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

export async function virtualScreen(width = 1280, height = 800): Promise<Screen> {
  if (!found('Xvfb') || !found('import') || !found('convert')) throw new Error(MISSING);
  // -displayfd: Xvfb picks a free display itself and writes its number to the pipe once it is ready.
  const xvfb: ChildProcess = spawn(
    'Xvfb',
    ['-displayfd', '3', '-screen', '0', `${width}x${height}x24`, '-nolisten', 'tcp'],
    { stdio: ['ignore', 'ignore', 'ignore', 'pipe'] },
  );
  const number = await new Promise<string>((ok, fail) => {
    let out = '';
    const timer = setTimeout(() => fail(new Error('Xvfb did not start within 10 s')), 10_000);
    xvfb.stdio[3]!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('\n')) {
        clearTimeout(timer);
        ok(out.trim());
      }
    });
    xvfb.once('exit', (code) => fail(new Error(`Xvfb exited (${code}) before it was ready`)));
  });
  const display = `:${number}`;
  return {
    display,
    capture: (path, crop) =>
      execFileSync('import', [
        '-display',
        display,
        '-window',
        'root',
        ...(crop ? ['-crop', `${crop.width}x${crop.height}+${crop.x}+${crop.y}`, '+repage'] : []),
        path,
      ]),
    close: () => void xvfb.kill(),
  };
}

/** How many pixels of the PNG at `path` are within `fuzz` of `colour` (ImageMagick's measure). */
export function pixelsNear(path: string, colour: string, fuzz = '12%'): number {
  const out = execFileSync('convert', [
    path,
    '-alpha',
    'off',
    '-fuzz',
    fuzz,
    '-fill',
    'black',
    '+opaque',
    colour,
    '-fill',
    'white',
    '-opaque',
    colour,
    '-format',
    '%[fx:round(mean*w*h)]',
    'info:',
  ]);
  return Number(out.toString().trim());
}
