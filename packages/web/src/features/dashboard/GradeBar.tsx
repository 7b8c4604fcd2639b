/**
 * How the verified reports of a group divide over the quality grades: a stacked bar for the
 * glance, and a legend that gives every count and share in text (the bar itself is decoration).
 */
import { type GradeDistribution, gradeSegments, QUALITY_GRADES } from '@pantau/core';
import { useI18n } from '../../i18n/I18nProvider';
import { formatPercent } from './figure-format';

export function GradeBar({ grades }: { grades: GradeDistribution }) {
  const { t, lang, formatNumber } = useI18n();
  if (grades.graded === 0)
    return (
      <p className="grade-bar__none" data-testid="grade-bar" data-grades="0/0/0">
        {t('dashboard.grades.none')}
      </p>
    );
  return (
    <div
      className="grade-bar"
      data-testid="grade-bar"
      data-grades={`${grades.administratif}/${grades.terlaksana}/${grades.berdampak}`}
    >
      <svg
        className="grade-bar__track"
        viewBox="0 0 100 10"
        preserveAspectRatio="none"
        aria-hidden="true"
        focusable="false"
      >
        {gradeSegments(grades).map((segment) => (
          <rect
            key={segment.grade}
            className={`grade--${segment.grade}`}
            x={segment.x}
            y={0}
            width={segment.width}
            height={10}
          />
        ))}
      </svg>
      <ul className="grade-bar__legend">
        {QUALITY_GRADES.map((grade) => (
          <li key={grade}>
            <span className={`grade-bar__key grade--${grade}`} aria-hidden="true" />
            {t(`grade.${grade}`)} <strong>{formatNumber(grades[grade])}</strong>{' '}
            <span className="dash-rate">({formatPercent(grades.shares[grade], lang)})</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
