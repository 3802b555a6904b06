// The categories of BRIEF section 3, in legend order. Their index is what the map's feature-state
// holds, so the scrub path moves small integers, not strings.

export const CATEGORIES = [
  'self',
  'claimant',
  'relations',
  'recognises',
  'severed',
  'withdrawn',
  'none',
  'unknown',
  'notstate',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const CATEGORY_INDEX: Readonly<Record<Category, number>> = Object.fromEntries(
  CATEGORIES.map((c, i) => [c, i]),
) as Record<Category, number>;

export const CATEGORY_LABEL: Readonly<Record<Category, string>> = {
  self: 'Selected state',
  claimant: 'Claims its territory',
  relations: 'Diplomatic relations',
  recognises: 'Recognises, no relations recorded',
  severed: 'Relations broken or suspended',
  withdrawn: 'Withdrew recognition',
  none: 'Does not recognise',
  unknown: 'No data',
  notstate: 'Not a state on this day',
};

/** The verb phrase for counts: `117 recognise`. */
export const CATEGORY_COUNT_PHRASE: Readonly<Record<Category, string>> = {
  self: 'selected',
  claimant: 'claim its territory',
  relations: 'have relations',
  recognises: 'recognise, no relations',
  severed: 'broke off relations',
  withdrawn: 'withdrew recognition',
  none: 'do not recognise',
  unknown: 'no data',
  notstate: 'not states',
};

/**
 * Okabe–Ito based: distinguishable with protanopia, deuteranopia and tritanopia, and ordered so
 * that "more recognition" reads darker blue/green and "less" reads orange/red.
 */
export const CATEGORY_COLOR: Readonly<Record<Category, string>> = {
  self: '#1a1a1a',
  claimant: '#b33c00',
  relations: '#0a5f9e',
  recognises: '#56b4e9',
  severed: '#e69f00',
  withdrawn: '#cc79a7',
  none: '#f0e2c8',
  unknown: '#ffffff',
  notstate: '#d9d9d9',
};
