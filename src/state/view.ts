// What the user sees, as a plain value: the URL encodes exactly this (see url.ts).

export type Projection = 'equal-earth' | 'mercator';
export type Mode = 'map' | 'table';

export interface Camera {
  zoom: number;
  lat: number;
  lon: number;
}

export interface View {
  state: string;
  /** null: "latest", which follows the data's asOf. */
  date: number | null;
  country: string | null;
  compare: number | null;
  mode: Mode;
  embed: boolean;
  camera: Camera | null;
  projection: Projection;
}

export const DEFAULT_STATE = 'XKX';

export const DEFAULT_VIEW: Readonly<View> = {
  state: DEFAULT_STATE,
  date: null,
  country: null,
  compare: null,
  mode: 'map',
  embed: false,
  camera: null,
  projection: 'equal-earth',
};
