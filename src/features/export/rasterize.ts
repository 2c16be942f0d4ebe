import type { Composition } from '@/features/export/compose-svg';

type EncoderReply = { blob: Blob } | { error: string };

let encoder: Worker | null | undefined;

/** The PNG encoding worker, started on first use; null where the browser has no OffscreenCanvas. */
function pngEncoder(): Worker | null {
  if (encoder === undefined) {
    encoder =
      typeof OffscreenCanvas === 'undefined' || typeof Worker === 'undefined'
        ? null
        : new Worker(new URL('./png-encoder.worker.ts', import.meta.url), { type: 'module' });
  }
  return encoder;
}

/** One job at a time goes to the worker, so replies cannot cross. */
let queue: Promise<unknown> = Promise.resolve();

function encodeInWorker(worker: Worker, canvas: HTMLCanvasElement): Promise<Blob> {
  const job = queue.then(
    async () =>
      new Promise<Blob>((resolve, reject) => {
        worker.onmessage = ({ data }: MessageEvent<EncoderReply>) => {
          if ('blob' in data) resolve(data.blob);
          else reject(new Error(`the PNG could not be encoded (${data.error})`));
        };
        worker.onerror = () => {
          reject(new Error('the PNG encoder stopped'));
        };
        void createImageBitmap(canvas).then((bitmap) => {
          worker.postMessage(bitmap, [bitmap]);
        }, reject);
      }),
  );
  queue = job.catch(() => undefined);
  return job;
}

const encodeHere = (canvas: HTMLCanvasElement) =>
  new Promise<Blob>((resolve, reject) => {
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('the PNG could not be encoded'))),
      'image/png',
    );
  });

/** Draws a composed SVG onto a canvas at `scale` pixels per CSS pixel and encodes it as PNG. */
export async function rasterize({ svg, width, height }: Composition, scale: number): Promise<Blob> {
  const image = new Image();
  // `decode()` alone can resolve before the embedded fonts have loaded, and text drawn then is
  // missing from the PNG; the load event comes after them.
  const loaded = new Promise((resolve, reject) => {
    image.addEventListener('load', resolve, { once: true });
    image.addEventListener('error', () => reject(new Error('the composed image could not be read')), {
      once: true,
    });
  });
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await loaded;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('this browser cannot draw the image (no 2D canvas)');
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  const worker = pngEncoder();
  return worker ? encodeInWorker(worker, canvas) : encodeHere(canvas);
}
