/** Provinces and kabupaten/kota with their Kemendagri codes, from the idn-area-data package (ODbL). */
import { parseRegionCode, titleCaseRegionName } from '@pantau/core';
import { getProvinces, getRegencies } from 'idn-area-data';

/** A Pemda as listed by Kemendagri. */
export interface Region {
  code: string;
  name: string;
  type: 'provinsi' | 'kabupaten' | 'kota';
  provinceCode: string;
}

/** All provinces, then all kabupaten/kota, ordered by code. */
export async function loadRegions(): Promise<Region[]> {
  const [provinces, regencies] = await Promise.all([getProvinces(), getRegencies()]);
  const regions: Region[] = [];
  for (const { code, name } of [...provinces, ...regencies]) {
    const info = parseRegionCode(code);
    if (!info) throw new Error(`Unexpected Kemendagri code in idn-area-data: ${code}`);
    const displayName = info.type === 'provinsi' ? `Provinsi ${titleCaseRegionName(name)}` : titleCaseRegionName(name);
    regions.push({ code, name: displayName, type: info.type, provinceCode: info.provinceCode });
  }
  return regions.sort((a, b) => a.code.localeCompare(b.code));
}
