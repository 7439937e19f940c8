/**
 * SVG → PNG for the formats that need a bitmap (the DOCX fallback picture, the ODT fallback
 * picture). Pure JavaScript + WebAssembly, no native code: resvg compiled to WebAssembly
 * (`@resvg/resvg-wasm`, MPL-2.0), with the DejaVu Sans font (`dejavu-fonts-ttf`, Bitstream Vera
 * licence) loaded from its package, so the result does not depend on the fonts of the machine.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { initWasm, Resvg } from '@resvg/resvg-wasm';

/** Turns an SVG document into PNG bytes, `widthPx` pixels wide. */
export type SvgRasteriser = (svg: string, widthPx: number) => Promise<Uint8Array>;

let initialised: Promise<Uint8Array[]> | undefined;

async function load(): Promise<Uint8Array[]> {
  const require = createRequire(import.meta.url);
  const wasm = await readFile(require.resolve('@resvg/resvg-wasm/index_bg.wasm'));
  await initWasm(wasm);
  const fontDir = require.resolve('dejavu-fonts-ttf/package.json').replace(/package\.json$/, 'ttf/');
  return Promise.all(['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map(async (name) => new Uint8Array(await readFile(fontDir + name))));
}

/**
 * The Node rasteriser: resvg (WebAssembly) with DejaVu Sans. The WebAssembly module and the fonts
 * are loaded once, on first use.
 *
 * @example const png = await rasteriseSvg(svg, 1280);
 */
export const rasteriseSvg: SvgRasteriser = async (svg, widthPx) => {
  initialised ??= load();
  const fontBuffers = await initialised;
  const resvg = new Resvg(svg, {
    font: { fontBuffers, defaultFontFamily: 'DejaVu Sans', sansSerifFamily: 'DejaVu Sans' },
    fitTo: { mode: 'width', value: widthPx },
    background: '#ffffff',
  });
  try {
    const image = resvg.render();
    try {
      return image.asPng();
    } finally {
      image.free();
    }
  } finally {
    resvg.free();
  }
};
