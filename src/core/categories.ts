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

/** What each category means, for the About page (BRIEF section 3). */
export const CATEGORY_MEANING: Readonly<Record<Category, string>> = {
  self: 'The state you picked.',
  claimant: 'Claims the state\'s territory and does not recognise it (Serbia for Kosovo, the People\'s Republic of China for Taiwan).',
  relations: 'Has diplomatic relations with the state. Relations imply recognition.',
  recognises: 'Recognises the state; the data records no diplomatic relations.',
  severed: 'Had relations that are now broken, suspended or downgraded to none; recognition was not withdrawn.',
  withdrawn: 'Withdrew its recognition. Withdrawals that the country or the state contests are drawn hatched and marked disputed, with both sides\' sources.',
  none: 'Has not recognised the state: a source says so, or the pair\'s history shows it did not yet.',
  unknown: 'The data says nothing about this country for this state yet. It is drawn white, never as "does not recognise".',
  notstate: 'The country, or the selected state, did not exist on the day (a colony, or part of a federation: then drawn in the federation\'s colour, hatched).',
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
