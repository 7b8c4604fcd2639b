/**
 * Reads the text back out of a PDF written by pdfkit with its standard fonts: each content stream
 * is inflated (node:zlib) and its text operators read in order. Text drawn on the same baseline of
 * a page becomes one line, its pieces joined with " | " from left to right — so a table row reads
 * "Capaian nasional | 11,8". Enough for pdfkit's output; not a general PDF parser.
 */
import { inflateSync } from 'node:zlib';

/** WinAnsiEncoding bytes 0x80–0x9F that differ from Latin-1. */
const WIN_ANSI: Record<number, string> = {
  128: '€',
  133: '…',
  145: '‘',
  146: '’',
  147: '“',
  148: '”',
  149: '•',
  150: '–',
  151: '—',
};

function decodeHex(hex: string): string {
  let text = '';
  for (let i = 0; i + 1 < hex.length; i += 2) {
    const byte = Number.parseInt(hex.slice(i, i + 2), 16);
    text += WIN_ANSI[byte] ?? String.fromCharCode(byte);
  }
  return text;
}

interface Piece {
  x: number;
  y: number;
  text: string;
}

function piecesOf(content: string): Piece[] {
  const pieces: Piece[] = [];
  let x = 0;
  let y = 0;
  const operators = /(-?[\d.]+) (-?[\d.]+) Tm|\[((?:<[0-9a-fA-F]*>|\s|-?[\d.]+)*)\] TJ|<([0-9a-fA-F]*)> Tj/g;
  for (const match of content.matchAll(operators)) {
    if (match[1] !== undefined) {
      x = Number(match[1]);
      y = Number(match[2]);
    } else {
      const hex = match[3] !== undefined ? [...match[3].matchAll(/<([0-9a-fA-F]*)>/g)].map((m) => m[1]) : [match[4]];
      pieces.push({ x, y, text: hex.map((h) => decodeHex(h ?? '')).join('') });
    }
  }
  return pieces;
}

/** The text of every page, as lines. */
export function pdfTextLines(pdf: Buffer): string[] {
  const raw = pdf.toString('latin1');
  const lines: string[] = [];
  const streams = /<<((?:(?!>>)[\s\S])*)>>\s*stream\r?\n/g;
  for (const match of raw.matchAll(streams)) {
    const start = (match.index ?? 0) + match[0].length;
    const length = /\/Length (\d+)/.exec(match[1] ?? '');
    const bytes = pdf.subarray(start, length ? start + Number(length[1]) : raw.indexOf('endstream', start));
    const content = (match[1] ?? '').includes('/FlateDecode')
      ? inflateSync(bytes).toString('latin1')
      : bytes.toString('latin1');
    const byLine = new Map<number, Piece[]>();
    for (const piece of piecesOf(content)) {
      const key = Math.round(piece.y);
      byLine.set(key, [...(byLine.get(key) ?? []), piece]);
    }
    for (const key of [...byLine.keys()].sort((a, b) => b - a)) {
      const pieces = (byLine.get(key) as Piece[]).sort((a, b) => a.x - b.x);
      lines.push(pieces.map((p) => p.text.trim()).join(' | '));
    }
  }
  return lines;
}
