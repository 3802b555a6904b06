// Pure encoding of the view in the query string, OWID-style: only what differs from the defaults,
// in a fixed order. Decoding never throws; every value it cannot use is reported, not guessed.
import { isoDay, parseDate } from '../core/date';
import { DEFAULT_VIEW, type Camera, type Mode, type Projection, type View } from './view';

export interface Dropped {
  param: string;
  value: string;
  reason: string;
}

export interface DecodeContext {
  /** Resolves a code, alias or name (any case) to a state code, or null. */
  resolveState: (text: string) => string | null;
  /** The days a date may take; others are clamped and reported. */
  minDay: number;
  maxDay: number;
}

export interface Decoded {
  view: View;
  dropped: Dropped[];
}

const PARAMS = ['state', 'date', 'country', 'compare', 'view', 'embed', 'map', 'projection'] as const;
type Param = (typeof PARAMS)[number];
const MAX_VALUE_LENGTH = 200;
const PROJECTIONS: readonly Projection[] = ['equal-earth', 'mercator'];
const MODES: readonly Mode[] = ['map', 'table'];

function round(n: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

export function encodeCamera(c: Camera): string {
  return `${round(c.zoom, 2)}/${round(c.lat, 4)}/${round(c.lon, 4)}`;
}

export function decodeCamera(text: string): Camera | null {
  const parts = text.split('/');
  if (parts.length !== 3 || parts.some((p) => !/^-?\d+(\.\d+)?$/.test(p))) return null;
  const [zoom, lat, lon] = parts.map(Number) as [number, number, number];
  if (zoom < 0 || zoom > 22 || lat < -85.06 || lat > 85.06 || lon < -180 || lon > 180) return null;
  return { zoom: round(zoom, 2), lat: round(lat, 4), lon: round(lon, 4) };
}

/** `encodeView({...DEFAULT_VIEW, state: 'ISR'})` → `'state=ISR'`; a default view encodes to `''`. */
export function encodeView(view: View): string {
  const out = new URLSearchParams();
  if (view.state !== DEFAULT_VIEW.state) out.set('state', view.state);
  if (view.date !== null) out.set('date', isoDay(view.date));
  if (view.country !== null) out.set('country', view.country);
  if (view.compare !== null) out.set('compare', isoDay(view.compare));
  if (view.mode !== DEFAULT_VIEW.mode) out.set('view', view.mode);
  if (view.embed) out.set('embed', '1');
  if (view.camera !== null) out.set('map', encodeCamera(view.camera));
  if (view.projection !== DEFAULT_VIEW.projection) out.set('projection', view.projection);
  // URLSearchParams escapes '/' in the camera; it is safe in a query and easier to read bare.
  return out.toString().replace(/%2F/g, '/');
}

function safeDecode(text: string): string | null {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

/** Splits a query string by hand, so malformed escapes are reported rather than thrown. */
function pairs(search: string): { key: string; value: string | null; raw: string }[] {
  const query = search.startsWith('?') ? search.slice(1) : search;
  if (query === '') return [];
  return query.split('&').filter((part) => part !== '').map((part) => {
    const eq = part.indexOf('=');
    const rawKey = eq < 0 ? part : part.slice(0, eq);
    const rawValue = eq < 0 ? '' : part.slice(eq + 1);
    return { key: (safeDecode(rawKey) ?? rawKey).trim().toLowerCase(), value: safeDecode(rawValue), raw: rawValue };
  });
}

function decodeDay(value: string, ctx: DecodeContext): { day: number; note: string | null } | null {
  const date = parseDate(value.trim());
  if (!date) return null;
  if (date.day < ctx.minDay) return { day: ctx.minDay, note: `before ${isoDay(ctx.minDay)}, the first day with data` };
  if (date.day > ctx.maxDay) return { day: ctx.maxDay, note: `after ${isoDay(ctx.maxDay)}, the last day with data` };
  return { day: date.day, note: null };
}

export function decodeView(search: string, ctx: DecodeContext): Decoded {
  const view: View = { ...DEFAULT_VIEW };
  const dropped: Dropped[] = [];
  const seen = new Set<Param>();
  const drop = (param: string, value: string, reason: string) => {
    dropped.push({ param, value: value.length > 60 ? `${value.slice(0, 60)}…` : value, reason });
  };

  for (const { key, value, raw } of pairs(search)) {
    if (!(PARAMS as readonly string[]).includes(key)) {
      drop(key, value ?? raw, 'unknown setting');
      continue;
    }
    const param = key as Param;
    if (value === null) {
      drop(param, raw, 'garbled text');
      continue;
    }
    if (value.length > MAX_VALUE_LENGTH) {
      drop(param, value, 'too long');
      continue;
    }
    if (seen.has(param)) {
      drop(param, value, 'given twice; the first one counts');
      continue;
    }
    seen.add(param);
    switch (param) {
      case 'state':
      case 'country': {
        const code = ctx.resolveState(value.trim());
        if (code === null) drop(param, value, 'no such state');
        else if (param === 'state') view.state = code;
        else view.country = code;
        break;
      }
      case 'date':
      case 'compare': {
        const decoded = decodeDay(value, ctx);
        if (decoded === null) {
          drop(param, value, 'not a real date (use YYYY-MM-DD)');
          break;
        }
        if (decoded.note !== null) drop(param, value, decoded.note);
        if (param === 'date') view.date = decoded.day;
        else view.compare = decoded.day;
        break;
      }
      case 'view':
        if ((MODES as readonly string[]).includes(value.toLowerCase())) view.mode = value.toLowerCase() as Mode;
        else drop(param, value, 'use map or table');
        break;
      case 'embed':
        if (value === '1' || value.toLowerCase() === 'true') view.embed = true;
        else if (value === '0' || value.toLowerCase() === 'false') view.embed = false;
        else drop(param, value, 'use 1 or 0');
        break;
      case 'map': {
        const camera = decodeCamera(value);
        if (camera === null) drop(param, value, 'use zoom/lat/lon');
        else view.camera = camera;
        break;
      }
      case 'projection':
        if ((PROJECTIONS as readonly string[]).includes(value.toLowerCase())) view.projection = value.toLowerCase() as Projection;
        else drop(param, value, 'use equal-earth or mercator');
        break;
    }
  }
  if (view.country === view.state) {
    drop('country', view.country, 'is the selected state itself');
    view.country = null;
  }
  return { view, dropped };
}
