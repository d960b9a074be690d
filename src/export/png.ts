/**
 * `toPNG()` of the elements: an SVG file (the element's `toSVG()`, written from its scene) drawn
 * into a canvas and encoded as PNG.
 */
import { localize } from '../schema/messages.js';
import { exportMessages as m } from './messages.js';

/** How long an image may take to load before toPNG gives up. */
const IMAGE_TIMEOUT = 10_000;

/**
 * Draws an SVG file into a canvas and encodes it as PNG. Needs `blob:` images: a page whose
 * Content Security Policy forbids them (img-src) gets a rejection that says so, never a hang.
 */
export async function svgToPNG(svgText: string, options: { scale?: number; lang?: string } = {}): Promise<Blob> {
  const lang = options.lang ?? 'en';
  const scale = options.scale !== undefined && Number.isFinite(options.scale) && options.scale > 0 ? options.scale : 2;
  const size = /<svg[^>]*?\swidth="([\d.]+)"[^>]*?\sheight="([\d.]+)"/.exec(svgText);
  const width = Math.max(1, Math.round(Number(size?.[1] ?? 300) * scale));
  const height = Math.max(1, Math.round(Number(size?.[2] ?? 150) * scale));
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(localize(m.imageTimeout, lang))), IMAGE_TIMEOUT);
      image.onload = () => {
        clearTimeout(timer);
        resolve();
      };
      image.onerror = () => {
        clearTimeout(timer);
        reject(new Error(localize(m.imageBlocked, lang)));
      };
      image.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext('2d');
    if (!context) throw new Error(localize(m.canvasFailed, lang));
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) => {
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error(localize(m.canvasFailed, lang)))), 'image/png');
    });
  } finally {
    URL.revokeObjectURL(url);
  }
}
