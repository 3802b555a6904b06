// From states to what the map paints: each geometry feature takes its owner's standing, or, before
// the owner's independence, its parent federation's standing drawn hatched.
import { CATEGORIES, CATEGORY_INDEX } from './categories';
import { changeOf, CHANGES } from './compare';
import { existsOn, type State } from './dataset';
import { standingOn, type LensIndex, type Standing } from './relations';

export interface FeaturePaint {
  category: Uint8Array;
  /** 1 where drawn hatched: part of a federation, or a disputed withdrawal. */
  hatched: Uint8Array;
  /** 1 where the owner keeps its embassy to the lens state in the highlighted city. */
  embassy: Uint8Array;
}

export interface FeatureOwner {
  state: State | null;
  /** The state's own feature (not a dependent territory): where its embassy ring goes. */
  primary: boolean;
}

/** `featureOwners(states, ['GRL'])` → `[{ state: Denmark, primary: false }]`. */
export function featureOwners(states: Iterable<State>, featureIds: readonly string[]): FeatureOwner[] {
  const owner = new Map<string, State>();
  for (const s of states) {
    for (const f of s.features) owner.set(f, s);
    // A state with no geometry of its own is drawn at its marker, keyed on its code.
    if (s.features.length === 0 && s.marker !== null) owner.set(s.code, s);
  }
  return featureIds.map((id) => {
    const state = owner.get(id) ?? null;
    return { state, primary: state !== null && (state.features[0] ?? state.code) === id };
  });
}

export function emptyPaint(size: number): FeaturePaint {
  return { category: new Uint8Array(size), hatched: new Uint8Array(size), embassy: new Uint8Array(size) };
}

/** Whose standing a state's land shows on a day: its own, its parent's, or none. */
export function standingForLand(index: LensIndex, state: State, day: number): { standing: Standing; viaParent: State | null } {
  if (existsOn(state, day) || state.code === index.lens.code) return { standing: standingOn(index, state.code, day), viaParent: null };
  const period = state.partOf.find((p) => p.from <= day && day < p.until);
  const parent = period ? index.states.get(period.state) : undefined;
  if (parent && existsOn(parent, day)) return { standing: standingOn(index, parent.code, day), viaParent: parent };
  return { standing: standingOn(index, state.code, day), viaParent: null };
}

/** Fills `out` with every feature's paint on a day; the scrub path, so it allocates nothing per feature. */
export function paintOn(index: LensIndex, owners: readonly FeatureOwner[], day: number, highlightCity: string | null, out: FeaturePaint): void {
  for (let i = 0; i < owners.length; i++) {
    const { state: owner, primary } = owners[i]!;
    if (!owner) {
      out.category[i] = CATEGORY_INDEX.notstate;
      out.hatched[i] = 0;
      out.embassy[i] = 0;
      continue;
    }
    const { standing, viaParent } = standingForLand(index, owner, day);
    out.category[i] = CATEGORY_INDEX[standing.category];
    out.hatched[i] = viaParent !== null || standing.disputed ? 1 : 0;
    out.embassy[i] = primary && highlightCity !== null && viaParent === null && standing.embassyCity === highlightCity ? 1 : 0;
  }
}

/**
 * The indexes of the features that `paintOn` can draw hatched on some day of the lens: land of a
 * federation member from the lens's first day on, and states with a disputed standing. The map
 * rasterises its hatching for these only.
 */
export function hatchableFeatures(index: LensIndex, owners: readonly FeatureOwner[]): number[] {
  const from = index.curated?.from ?? index.lens.exists.from;
  const canHatch = (state: State) =>
    state.partOf.some((p) => p.until > from && index.states.has(p.state)) || (index.timelines.get(state.code)?.standings.some((s) => s.disputed) ?? false);
  const hatchable: number[] = [];
  for (const [i, { state }] of owners.entries()) if (state && canHatch(state)) hatchable.push(i);
  return hatchable;
}

/**
 * The indexes of the features that `paintOn` can ring, on some day, for keeping their embassy to the
 * lens state in `city`: the map draws its rings for these only.
 */
export function ringedFeatures(index: LensIndex, owners: readonly FeatureOwner[], city: string | null): number[] {
  const ringed: number[] = [];
  if (city === null) return ringed;
  for (const [i, { state, primary }] of owners.entries()) {
    if (state && primary && index.timelines.get(state.code)?.standings.some((s) => s.embassyCity === city)) ringed.push(i);
  }
  return ringed;
}

/** The paint index of a change: after the categories, so one colour table serves both modes. */
export const CHANGE_PAINT_OFFSET = CATEGORIES.length;

/** Fills `out` with every feature's change between two days (compare mode). */
export function comparePaintOn(index: LensIndex, owners: readonly FeatureOwner[], from: number, to: number, out: FeaturePaint): void {
  out.hatched.fill(0);
  out.embassy.fill(0);
  for (let i = 0; i < owners.length; i++) {
    const owner = owners[i]!.state;
    if (!owner) {
      out.category[i] = CATEGORY_INDEX.notstate;
      continue;
    }
    const before = standingForLand(index, owner, from).standing.category;
    const after = standingForLand(index, owner, to).standing.category;
    out.category[i] = before === 'notstate' && after === 'notstate' ? CATEGORY_INDEX.notstate : CHANGE_PAINT_OFFSET + CHANGES.indexOf(changeOf(before, after));
  }
}
