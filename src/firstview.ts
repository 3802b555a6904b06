// The benchmark's first-view figure, taken in the page. The atlas (src/main.ts) and the bare page it
// is compared with (bench/bare/main.ts) both call this, so both are timed the same way.

/**
 * Reads a pixel from the map's canvas, which waits until the frame is rasterised, then records the
 * time since navigation start as `window.firstViewMs` (read by bench/browser.ts).
 */
export function markFirstView(canvas: HTMLCanvasElement | undefined): void {
  const gl = canvas?.getContext('webgl2') ?? canvas?.getContext('webgl');
  gl?.readPixels(Math.floor(gl.drawingBufferWidth / 2), Math.floor(gl.drawingBufferHeight / 2), 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, new Uint8Array(4));
  Object.assign(window, { firstViewMs: performance.now() });
}
