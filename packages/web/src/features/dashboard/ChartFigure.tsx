/** A chart with its caption and its "SVG" / "PNG" downloads; `children` draws the <svg>. */
import { type ReactNode, useRef, useState } from 'react';
import { useT } from '../../i18n/I18nProvider';
import { downloadPng, downloadSvg } from './chart-file';

export function ChartFigure({
  caption,
  fileStem,
  children,
}: {
  caption: string;
  fileStem: string;
  children: ReactNode;
}) {
  const t = useT();
  const box = useRef<HTMLDivElement>(null);
  const [failed, setFailed] = useState(false);
  const svg = () => box.current?.querySelector('svg') ?? null;
  return (
    <figure className="dash-chart">
      <div ref={box}>{children}</div>
      <figcaption>
        <span>{caption}</span>
        <span className="dash-downloads">
          <span className="muted">{t('dashboard.download')}</span>
          <button
            type="button"
            className="button button--link"
            aria-label={t('dashboard.downloadChart', { format: 'SVG', chart: caption })}
            onClick={() => {
              const element = svg();
              if (element) downloadSvg(element, fileStem);
            }}
          >
            SVG
          </button>
          <button
            type="button"
            className="button button--link"
            aria-label={t('dashboard.downloadChart', { format: 'PNG', chart: caption })}
            onClick={() => {
              const element = svg();
              if (element)
                downloadPng(element, fileStem).then(
                  () => setFailed(false),
                  () => setFailed(true),
                );
            }}
          >
            PNG
          </button>
        </span>
      </figcaption>
      {failed && (
        <p className="notice notice--error" role="alert">
          {t('dashboard.pngFailed')}
        </p>
      )}
    </figure>
  );
}
