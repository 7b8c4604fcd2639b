/**
 * A citizen's feedback sent through the public API, as the portal's form does it: fetch a
 * challenge, solve its proof of work (light on a test server), send. Set-up only: the desk under
 * test is driven in the browser.
 */
import { createHash } from 'node:crypto';

function leadingZeroBits(digest: Buffer): number {
  let bits = 0;
  for (const byte of digest) {
    if (byte === 0) {
      bits += 8;
      continue;
    }
    return bits + Math.clz32(byte) - 24;
  }
  return bits;
}

/** Sends feedback about `institution`; returns its ticket code. */
export async function sendCitizenFeedback(
  baseUrl: string,
  feedback: { institution: string; kind: 'usulan' | 'pengaduan'; message: string; name?: string; email?: string },
): Promise<string> {
  const challenge = (await (await fetch(`${baseUrl}/api/public/feedback/challenge`)).json()) as {
    challenge: string;
    difficulty: number;
  };
  let nonce = 0;
  while (
    leadingZeroBits(
      createHash('sha256')
        .update(challenge.challenge + nonce)
        .digest(),
    ) < challenge.difficulty
  ) {
    nonce++;
  }
  const response = await fetch(`${baseUrl}/api/public/feedback`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ...feedback, challenge: challenge.challenge, nonce: String(nonce) }),
  });
  if (response.status !== 201) throw new Error(`feedback refused: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { ticket: string }).ticket;
}
