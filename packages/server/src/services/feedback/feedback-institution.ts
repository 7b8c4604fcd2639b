/**
 * The institution a citizen names on the feedback form: its code ("33.74"), its name as written
 * ("Kota Semarang", "kota semarang", "kab bandung") or both, as the form's list offers them
 * ("Kota Semarang (33.74)"). A name that fits several institutions or none is refused with a
 * message in the sender's language that says what to do, on the `institution` field.
 */
import type { Executor } from '../../db/database.js';
import { findInstitutionByCode, listInstitutions } from '../../db/repositories/institution.repository.js';
import type { Institution } from '../../db/schema.js';
import { ValidationError } from '../../errors.js';
import type { Locale } from '../../notifications/format.js';

/** The code in a "Name (code)" entry, if the text ends with one. */
const codeInParentheses = (text: string) => /\(([^()]{1,20})\)\s*$/.exec(text)?.[1]?.trim();

function refuse(locale: Locale, text: { id: string; en: string }): never {
  throw new ValidationError(text, [{ path: 'body.institution', message: text[locale] }]);
}

export async function resolveFeedbackInstitution(db: Executor, typed: string, locale: Locale): Promise<Institution> {
  const text = typed.trim();
  const code = codeInParentheses(text) ?? text;
  const byCode = await findInstitutionByCode(db, code.toUpperCase());
  if (byCode) return byCode;
  const named = text.replace(/\([^()]*\)\s*$/, '').trim();
  const found = named.length >= 3 ? await listInstitutions(db, { search: named }, { limit: 6, offset: 0 }) : [];
  const exact = found.filter((i) => i.name.toLowerCase() === named.toLowerCase());
  if (exact.length === 1) return exact[0] as Institution;
  if (found.length === 1) return found[0] as Institution;
  if (found.length > 1) {
    const names = found
      .slice(0, 5)
      .map((i) => `${i.name} (${i.code})`)
      .join(', ');
    return refuse(locale, {
      id: `Beberapa instansi cocok dengan "${named}": ${names}. Pilih salah satu dari daftar.`,
      en: `Several institutions match "${named}": ${names}. Choose one from the list.`,
    });
  }
  return refuse(locale, {
    id: `Tidak ada instansi bernama "${text}". Ketik sebagian namanya (misalnya "Semarang") lalu pilih dari daftar.`,
    en: `No institution is called "${text}". Type part of its name (for example "Semarang") and choose from the list.`,
  });
}
