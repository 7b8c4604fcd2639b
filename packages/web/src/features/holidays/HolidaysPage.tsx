/**
 * /kerja/libur — the holidays working-day deadlines skip, one year at a time (?tahun=): add or
 * rename one, remove one after confirming. Holidays from PANTAU_HOLIDAYS are shown but not removable.
 */
import { type FormEvent, useState } from 'react';
import { apiSend } from '../../api/typed';
import { useApiGet } from '../../api/useTyped';
import { AsyncContent } from '../../components/AsyncContent';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { ActionError } from '../../components/work/ActionError';
import { Breadcrumbs } from '../../components/work/Breadcrumbs';
import { useAction } from '../../components/work/useAction';
import { useI18n } from '../../i18n/I18nProvider';
import { todayInJakarta } from '../../lib/dates';
import { useNavigate, useSearchParams } from '../../router';
import { HolidayForm } from './HolidayForm';
import { KIND_LABELS } from './holiday-kinds';
import '../../components/work/work.css';
import './holidays.css';

export default function HolidaysPage() {
  const { t, lang, formatDate } = useI18n();
  useDocumentTitle(t('holidays.title'));
  const navigate = useNavigate();
  const thisYear = Number(todayInJakarta(new Date()).slice(0, 4));
  const asked = Number(useSearchParams().get('tahun'));
  const year = Number.isInteger(asked) && asked >= 2000 && asked <= 2100 ? asked : thisYear;
  const years = [...new Set([thisYear - 1, thisYear, thisYear + 1, thisYear + 2, year])].sort();
  const [done, setDone] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const list = useApiGet('/api/holidays', { query: { year } });
  const remove = useAction(async (date: string) => {
    await apiSend('delete', '/api/holidays/{date}', { path: { date } }, { lang });
    setConfirming(null);
    setDone(t('holidays.removed', { date: formatDate(date) }));
    list.retry();
  });
  const confirmRemove = (event: FormEvent, date: string) => {
    event.preventDefault();
    void remove.run(date);
  };
  return (
    <>
      <Breadcrumbs trail={[{ href: '/kerja', label: t('work.heading') }]} />
      <h1>{t('holidays.title')}</h1>
      <p className="lead">{t('holidays.lead')}</p>
      <HolidayForm
        onSaved={(saved) => {
          setDone(t('holidays.add.saved', { date: formatDate(saved.date), name: saved.name }));
          const savedYear = Number(saved.date.slice(0, 4));
          if (savedYear !== year) navigate(`/kerja/libur?tahun=${savedYear}`);
          else list.retry();
        }}
      />
      {done ? (
        <p className="notice notice--success" role="status">
          {done}
        </p>
      ) : null}
      <ActionError error={remove.error} />
      <section aria-labelledby="holiday-list">
        <div className="holiday-list__head">
          <h2 id="holiday-list">{t('holidays.list', { year: String(year) })}</h2>
          <div className="inline-form">
            <label htmlFor="holiday-year">{t('holidays.year')}</label>
            <select
              id="holiday-year"
              value={year}
              onChange={(event) => navigate(`/kerja/libur?tahun=${event.target.value}`)}
            >
              {years.map((value) => (
                <option key={value} value={value}>
                  {value}
                </option>
              ))}
            </select>
          </div>
        </div>
        <AsyncContent state={list}>
          {(data) =>
            data.items.length === 0 ? (
              <p className="notice">{t('holidays.none')}</p>
            ) : (
              <ul className="holiday-list">
                {data.items.map((holiday) => (
                  <li key={holiday.date} className="holiday">
                    <p className="holiday__date">
                      <time dateTime={holiday.date}>{formatDate(holiday.date)}</time>
                    </p>
                    <p className="holiday__name">
                      {holiday.name} <span className="muted">· {t(KIND_LABELS[holiday.kind])}</span>
                    </p>
                    {holiday.kind === 'config' ? null : confirming === holiday.date ? (
                      <form className="holiday__confirm" onSubmit={(event) => confirmRemove(event, holiday.date)}>
                        <span>{t('holidays.remove.confirm', { date: formatDate(holiday.date) })}</span>
                        <button type="submit" className="button button--small" disabled={remove.busy}>
                          {t('holidays.remove.yes')}
                        </button>
                        <button
                          type="button"
                          className="button button--secondary button--small"
                          onClick={() => setConfirming(null)}
                        >
                          {t('holidays.remove.no')}
                        </button>
                      </form>
                    ) : (
                      <button
                        type="button"
                        className="button button--secondary button--small"
                        onClick={() => setConfirming(holiday.date)}
                      >
                        {t('holidays.remove')}
                        <span className="visually-hidden">: {formatDate(holiday.date)}</span>
                      </button>
                    )}
                  </li>
                ))}
              </ul>
            )
          }
        </AsyncContent>
      </section>
    </>
  );
}
