/// <reference lib="webworker" />

/**
 * Encodes a drawn image as PNG off the main thread. On the main thread Chromium defers
 * `toBlob` to an idle period, and where none comes (a busy page, or automated input) it waits a
 * full second per image before it starts; here the encoding starts at once.
 */
self.onmessage = async (event: MessageEvent<ImageBitmap>) => {
  const bitmap = event.data;
  try {
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas in the worker');
    context.drawImage(bitmap, 0, 0);
    self.postMessage({ blob: await canvas.convertToBlob({ type: 'image/png' }) });
  } catch (error) {
    self.postMessage({ error: error instanceof Error ? error.message : String(error) });
  } finally {
    bitmap.close();
  }
};
