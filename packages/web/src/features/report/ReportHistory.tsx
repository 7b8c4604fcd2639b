import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/messages.id';
import { formatDateTime } from '../../lib/datetime';
import type { Report } from './useAutosave';

type Event = Report['events'][number];

const KNOWN_EVENTS = [
  'create',
  'mark_ready',
  'send_back',
  'submit',
  'start_review',
  'accept',
  'request_revision',
  'reopen',
];

/** The event's name in words ("Dikirim ke verifikator"), or the raw action for kinds the UI does not know yet. */
export function useEventName(): (event: Event) => string {
  const { t } = useI18n();
  return (event) => (KNOWN_EVENTS.includes(event.action) ? t(`event.${event.action}` as MessageKey) : event.action);
}

/** The latest comment the institution must act on: the focal point's or the verifier's. */
export function latestFeedback(report: Report): Event | null {
  if (report.state !== 'draft' && report.state !== 'revision_requested') return null;
  const last = report.events[report.events.length - 1];
  return last && (last.action === 'send_back' || last.action === 'request_revision') && last.reason ? last : null;
}

/** Every step the report went through: who, when, and why. */
export function ReportHistory({ report }: { report: Report }) {
  const { lang } = useI18n();
  const eventName = useEventName();
  return (
    <ol className="history">
      {[...report.events].reverse().map((event) => (
        <li key={`${event.at}-${event.action}-${event.to}`}>
          <p className="history__what">
            <strong>{eventName(event)}</strong>{' '}
            <span className="muted">
              {formatDateTime(event.at, lang)}
              {event.actor ? ` · ${event.actor}` : ''}
            </span>
          </p>
          {event.reason ? <p className="history__reason">{event.reason}</p> : null}
        </li>
      ))}
    </ol>
  );
}
