import { useI18n } from '../i18n/I18nProvider';
import { deadlineCountdown } from '../lib/dates';

/** "44 hari lagi", "Tenggat hari ini" or "Tenggat lewat 3 hari", counted in WIB. */
export function DeadlineCountdown({ deadline, today }: { deadline: string; today: string }) {
  const { t, tn } = useI18n();
  const countdown = deadlineCountdown(deadline, today);
  const text =
    countdown.kind === 'today'
      ? t('countdown.today')
      : tn(countdown.kind === 'upcoming' ? 'countdown.upcoming' : 'countdown.passed', countdown.days);
  return <span className={`countdown countdown--${countdown.kind}`}>{text}</span>;
}
