/** The links an e-mail carries, as a person would click them. */

/** Every http(s) link of the HTML and plain parts that points at `origin`, in order, each once. */
export function linksInMail(mail: { text: string; html: string }, origin: string): string[] {
  const found = [
    ...[...mail.html.matchAll(/href="([^"]+)"/g)].map((match) => (match[1] ?? '').replace(/&amp;/g, '&')),
    ...[...mail.text.matchAll(/https?:\/\/[^\s<>"')\]]+/g)].map((match) => match[0]),
  ]
    // A sentence's full stop is not part of the address.
    .map((link) => link.replace(/[.,;:]+$/, ''))
    .filter((link) => link === origin || link.startsWith(`${origin}/`));
  return [...new Set(found)];
}
