/**
 * The catalogue of a period as the `katalog` import sheet: one row per quarterly target with its
 * fokus, aksi and output, success measure, evidence, weight and impact indicator (name, unit,
 * baseline, target value, direction, source). The file re-imports unchanged.
 */
import { type CatalogueDto, DIRECTION_CELL, IMPORT_SHEETS } from '@pantau/core';
import type { AppContext } from '../../context.js';
import { getCatalogue } from '../catalogue/catalogue.service.js';
import { type TableColumn, type TableFile, type TableFormat, tableFile } from './table-writer.js';

type Fokus = CatalogueDto['fokus'][number];
type Aksi = Fokus['aksi'][number];
type Output = Aksi['outputs'][number];
type Target = Output['targets'][number];
interface Row {
  period: string;
  fokus: Fokus;
  aksi: Aksi;
  output: Output;
  target: Target;
}

const COLUMNS: Record<string, TableColumn<Row>['value']> = {
  periode: (r) => r.period,
  kode_fokus: (r) => r.fokus.code,
  nama_fokus: (r) => r.fokus.name,
  kode_aksi: (r) => r.aksi.code,
  nama_aksi: (r) => r.aksi.name,
  kode_output: (r) => r.output.code,
  nama_output: (r) => r.output.name,
  triwulan: (r) => r.target.quarter,
  ukuran_keberhasilan: (r) => r.target.successMeasure,
  data_dukung: (r) => r.target.evidenceChecklist.join('\n'),
  bobot: (r) => r.target.weight,
  dampak_nama: (r) => r.target.impact?.name ?? null,
  dampak_satuan: (r) => r.target.impact?.unit ?? null,
  dampak_baseline: (r) => r.target.impact?.baseline ?? null,
  dampak_target: (r) => r.target.impact?.target ?? null,
  dampak_arah: (r) => (r.target.impact ? DIRECTION_CELL[r.target.impact.direction] : null),
  dampak_sumber: (r) => r.target.impact?.source ?? null,
};

/** The catalogue of `periodCode` in the columns of the `katalog` sheet, in its order. */
export async function exportCatalogue(
  context: AppContext,
  periodCode: string,
  format: TableFormat,
): Promise<TableFile> {
  const catalogue = await getCatalogue(context.database.db, periodCode);
  const rows: Row[] = catalogue.fokus.flatMap((fokus) =>
    fokus.aksi.flatMap((aksi) =>
      aksi.outputs.flatMap((output) =>
        output.targets.map((target) => ({ period: catalogue.period, fokus, aksi, output, target })),
      ),
    ),
  );
  const spec = IMPORT_SHEETS.catalogue;
  const columns = spec.columns.map((c) => {
    const value = COLUMNS[c.name];
    if (!value) throw new Error(`katalog column ${c.name} has no export`);
    return { header: c.name, value };
  });
  return tableFile({ fileName: `katalog-${catalogue.period}`, sheet: spec.sheet, columns, rows }, format);
}
