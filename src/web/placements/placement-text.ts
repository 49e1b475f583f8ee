import { placementKindLabels, type PlacementKind } from '#shared/placements.ts';

/** A kind of placement in the interface language (the labels live in the shared contract, for the server too). */
export const kindLabel = (kind: PlacementKind, lang: string): string =>
  placementKindLabels[kind][lang === 'en' ? 'en' : 'sv'];
