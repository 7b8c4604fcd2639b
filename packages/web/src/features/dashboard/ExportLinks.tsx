import { useT } from '../../i18n/I18nProvider';
import { exportHref, type TableFormat } from './drill';

const FORMATS: readonly TableFormat[] = ['csv', 'xlsx'];

/**
 * CSV and XLSX downloads of a table. Plain links with `download`: the browser streams the file
 * from the API, so a national table never has to fit in the page's memory.
 */
export function ExportLinks({
  table,
  params,
  name,
}: {
  table: string;
  params: Record<string, string | number | undefined>;
  /** The table's name, for the links' accessible names. */
  name: string;
}) {
  const t = useT();
  return (
    <p className="dash-downloads">
      <span className="muted">{t('dashboard.download')}</span>
      {FORMATS.map((format) => (
        <a
          key={format}
          href={exportHref(table, format, params)}
          download
          aria-label={t('dashboard.downloadTable', { format: format.toUpperCase(), table: name })}
        >
          {format.toUpperCase()}
        </a>
      ))}
    </p>
  );
}
