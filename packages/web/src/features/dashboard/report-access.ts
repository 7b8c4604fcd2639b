/** Whether the drill-down list may link a report: the same scope as `report.read` on the server. */

export interface ReportReader {
  roles: readonly string[];
  verifierAksi: readonly { period: string; code: string }[];
}

/** Admin and observers read every report; a verifier those of the aksi assigned to it in the period. */
export function canOpenReport(reader: ReportReader, period: string, aksi: string): boolean {
  if (reader.roles.includes('admin') || reader.roles.includes('observer')) return true;
  return (
    reader.roles.includes('verifier') &&
    reader.verifierAksi.some((assigned) => assigned.period === period && assigned.code === aksi)
  );
}
