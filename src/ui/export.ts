// PNG export: the map as drawn, with a title, the legend with its counts, the date and a sources
// line, composed on a 2D canvas. Text is drawn with fillText, so names stay text.
import { PAPER } from '../map/style';
import { download, el } from './dom';
import type { LegendEntry } from './legend';

/** Height of the title band above the map, in CSS pixels (the map starts there in the PNG). */
export const EXPORT_HEADER = 64;
const LEGEND_ROW = 22;
const PAD = 16;

export interface ExportContent {
  title: string;
  subtitle: string;
  entries: readonly LegendEntry[];
  /** The sources line: dataset, date checked, where the per-event sources are, boundaries. */
  sources: string;
  fileName: string;
}

function wrap(context: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const next = line === '' ? word : `${line} ${word}`;
    if (line !== '' && context.measureText(next).width > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line !== '') lines.push(line);
  return lines;
}

function swatch(context: CanvasRenderingContext2D, entry: LegendEntry, x: number, y: number, size: number): void {
  context.save();
  context.strokeStyle = '#555555';
  context.lineWidth = 1;
  if (entry.symbol === 'ring') {
    context.lineWidth = 2;
    context.strokeStyle = entry.color;
    context.beginPath();
    context.arc(x + size / 2, y + size / 2, size / 2 - 1, 0, 2 * Math.PI);
    context.stroke();
  } else if (entry.symbol === 'hatch') {
    context.beginPath();
    context.rect(x, y, size, size);
    context.stroke();
    context.clip();
    for (let d = -size; d < size; d += 4) {
      context.moveTo(x + d, y + size);
      context.lineTo(x + d + size, y);
    }
    context.stroke();
  } else {
    context.fillStyle = entry.color;
    context.fillRect(x, y, size, size);
    context.strokeRect(x + 0.5, y + 0.5, size - 1, size - 1);
  }
  context.restore();
}

/** The map canvas framed with title, legend and sources, as a PNG. */
export function composeExport(map: HTMLCanvasElement, content: ExportContent): Promise<Blob> {
  const scale = map.clientWidth > 0 ? map.width / map.clientWidth : 1;
  const width = map.width / scale;
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d')!;
  const font = (size: number, weight = 400) => `${weight} ${size}px system-ui, sans-serif`;
  const entries = content.entries.filter((e) => e.count !== 0);
  const label = (entry: LegendEntry) => `${entry.count === null ? '' : `${entry.count} `}${entry.label}`;
  context.font = font(13);
  const column = Math.min(width - 2 * PAD, 30 + Math.max(...entries.map((e) => context.measureText(label(e)).width)));
  const columns = Math.max(1, Math.floor((width - 2 * PAD) / column));
  const legendHeight = Math.ceil(entries.length / columns) * LEGEND_ROW + PAD;
  context.font = font(12);
  const sourceLines = wrap(context, content.sources, width - 2 * PAD);
  const mapHeight = map.height / scale;
  const height = EXPORT_HEADER + mapHeight + legendHeight + sourceLines.length * 16 + PAD;
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  context.scale(scale, scale);
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, width, height);
  context.fillStyle = '#111111';
  context.textBaseline = 'alphabetic';
  context.font = font(22, 700);
  context.fillText(content.title, PAD, 30, width - 2 * PAD);
  context.font = font(14);
  context.fillStyle = '#444444';
  context.fillText(content.subtitle, PAD, 52, width - 2 * PAD);
  // The map canvas is transparent where nothing is drawn: the paper shows through, as on the page.
  context.fillStyle = PAPER;
  context.fillRect(0, EXPORT_HEADER, width, mapHeight);
  context.drawImage(map, 0, EXPORT_HEADER, width, mapHeight);
  let y = EXPORT_HEADER + mapHeight + PAD / 2;
  context.font = font(13);
  entries.forEach((entry, i) => {
    const x = PAD + (i % columns) * column;
    const rowY = y + Math.floor(i / columns) * LEGEND_ROW;
    swatch(context, entry, x, rowY, 14);
    context.fillStyle = '#111111';
    context.fillText(label(entry), x + 20, rowY + 12, column - 26);
  });
  y += legendHeight;
  context.font = font(12);
  context.fillStyle = '#444444';
  sourceLines.forEach((line, i) => context.fillText(line, PAD, y + i * 16));
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG export failed'))), 'image/png'));
}

export function createExportButton(container: HTMLElement, content: () => { map: HTMLCanvasElement; content: ExportContent } | null): void {
  const button = el('button', { type: 'button', class: 'export-png' }, 'Save PNG');
  button.title = 'Download the map as a PNG image, with its title, legend, date and sources';
  const status = el('span', { class: 'export-status', role: 'status' });
  container.replaceChildren(button, status);
  button.addEventListener('click', async () => {
    const input = content();
    if (!input) {
      status.textContent = 'The map is not drawn yet';
      return;
    }
    try {
      download(input.content.fileName, await composeExport(input.map, input.content));
      status.textContent = '';
    } catch (error) {
      console.error(error);
      status.textContent = 'The image could not be made';
    }
  });
}
