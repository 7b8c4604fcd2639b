/** Password strength: long enough, not common, not built from the account's own name or e-mail. */
import { MIN_PASSWORD_LENGTH } from './users.js';

/** Why a password is refused. */
export type PasswordProblem = 'too_short' | 'too_long' | 'common' | 'personal' | 'repetitive';

/** Lower-cased words that make a password guessable on their own, in Indonesia and worldwide. */
const COMMON_WORDS = [
  'password',
  'passw0rd',
  'katasandi',
  'rahasia',
  'qwerty',
  'asdfgh',
  'zxcvbn',
  'iloveyou',
  'admin',
  'administrator',
  'welcome',
  'letmein',
  'indonesia',
  'jakarta',
  'bismillah',
  'sayang',
  'merdeka',
  'pancasila',
  'garuda',
  'pantau',
  'stranas',
  'korupsi',
  'inspektorat',
  'pemda',
  'kementerian',
  'abcdefgh',
  'abc123',
  'qwertyuiop',
  'football',
  'monkey',
  'dragon',
  'sunshine',
  'princess',
];

const SEQUENCES = ['0123456789', '9876543210', 'abcdefghijklmnopqrstuvwxyz', 'qwertyuiopasdfghjklzxcvbnm'];

/** What is wrong with `password` for this account, or an empty list when it is acceptable. */
export function passwordProblems(password: string, account: { email?: string; name?: string } = {}): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  if (password.length < MIN_PASSWORD_LENGTH) problems.push('too_short');
  if (password.length > 256) problems.push('too_long');
  const lower = password.toLowerCase();
  const letters = lower.replace(/[^a-z0-9]/g, '');
  const stripped = letters.replace(/\d+$/, '').replace(/^\d+/, '');
  if (COMMON_WORDS.some((word) => stripped === word || letters === word) || /^\d+$/.test(letters)) {
    problems.push('common');
  }
  const personal = [account.email?.split('@')[0], ...(account.name?.toLowerCase().split(/\s+/) ?? [])]
    .map((part) => part?.toLowerCase().replace(/[^a-z0-9]/g, '') ?? '')
    .filter((part) => part.length >= 4);
  // Personal: what is left after removing name/e-mail parts and digits is too little to guess at.
  const found = personal.filter((part) => letters.includes(part));
  const rest = found.reduce((text, part) => text.replaceAll(part, ''), letters).replace(/\d/g, '');
  if (found.length > 0 && rest.length < 6) problems.push('personal');
  if (new Set(lower).size <= 3 || containsRun(lower)) {
    problems.push('repetitive');
  }
  return problems;
}

/** Whether the text holds 8 or more consecutive characters of a keyboard or counting sequence. */
function containsRun(text: string): boolean {
  return SEQUENCES.some((sequence) => {
    for (let start = 0; start + 8 <= sequence.length; start++) {
      if (text.includes(sequence.slice(start, start + 8))) return true;
    }
    return false;
  });
}
