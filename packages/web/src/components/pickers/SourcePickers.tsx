/**
 * The pickers forms use, one per kind of thing: institution, province, period, aksi, output,
 * account. Each is the one `Picker` over its source, with the words of the current language.
 */
import type { InstitutionType, PeriodDto } from '@pantau/core';
import { useMemo } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { Picker, type PickerProps } from './Picker';
import {
  aksiSource,
  institutionSource,
  outputSource,
  periodSource,
  provinceSource,
  userSource,
} from './picker-sources';

type Props = Omit<PickerProps, 'source'>;

/** Institutions by name or code (searched on the server), optionally of one type or province. */
export function InstitutionPicker({ type, province, ...props }: Props & { type?: InstitutionType; province?: string }) {
  const { t } = useI18n();
  const source = useMemo(
    () =>
      institutionSource(
        { type: (kind) => t(`institutionType.${kind}`) },
        { ...(type ? { type } : {}), ...(province ? { province } : {}) },
      ),
    [t, type, province],
  );
  return <Picker {...props} source={source} />;
}

/** Provinces by name; the value is the province code. */
export function ProvincePicker(props: Props) {
  const source = useMemo(() => provinceSource(), []);
  return <Picker {...props} source={source} />;
}

/** Periods as screens write them ("2025–2026"); the value is the period code. */
export function PeriodPicker(props: Props) {
  const { t } = useI18n();
  const source = useMemo(() => periodSource((period: PeriodDto) => t(`period.status.${period.status}`)), [t]);
  return <Picker {...props} source={source} />;
}

/** The aksi of a period by name. */
export function AksiPicker({ period, ...props }: Props & { period: string }) {
  const source = useMemo(() => aksiSource(period), [period]);
  return <Picker {...props} source={source} />;
}

/** The outputs of a period (of some aksi only, if given) by name. */
export function OutputPicker({ period, aksi, ...props }: Props & { period: string; aksi?: readonly string[] }) {
  const aksiKey = (aksi ?? []).join(',');
  // biome-ignore lint/correctness/useExhaustiveDependencies: the aksi list is compared by its codes
  const source = useMemo(() => outputSource(period, aksi ?? []), [period, aksiKey]);
  return <Picker {...props} source={source} />;
}

/** Accounts I may see, by name or e-mail; the value is the account id. */
export function UserPicker(props: Props) {
  const source = useMemo(() => userSource(), []);
  return <Picker {...props} source={source} />;
}
