/** Counting and looking up things in an action catalogue. */
import type { CatalogueDto } from '@pantau/core';

/** How many fokus, aksi, outputs and quarterly targets a catalogue holds. */
export interface CatalogueCounts {
  fokus: number;
  aksi: number;
  outputs: number;
  targets: number;
}

/** Counts the levels of a catalogue. */
export function countCatalogue(catalogue: CatalogueDto): CatalogueCounts {
  const aksi = catalogue.fokus.flatMap((fokus) => fokus.aksi);
  const outputs = aksi.flatMap((item) => item.outputs);
  return {
    fokus: catalogue.fokus.length,
    aksi: aksi.length,
    outputs: outputs.length,
    targets: outputs.reduce((sum, output) => sum + output.targets.length, 0),
  };
}

/** The element id of an output in the catalogue page, so other pages can link to it. */
export function outputAnchor(outputCode: string): string {
  return `output-${outputCode}`;
}
