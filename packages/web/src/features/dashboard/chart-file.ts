/**
 * Saving a chart drawn on the page: as SVG (the element's markup, standalone) or as PNG (that SVG
 * drawn on a canvas in the browser). Nothing leaves the browser.
 */

const SVG_NS = 'http://www.w3.org/2000/svg';

/** The markup of an <svg> element as a standalone file: XML prolog, namespace, white background. */
export function standaloneSvg(markup: string): string {
  let svg = markup.trim();
  if (!/^<svg[^>]*\sxmlns=/.test(svg)) svg = svg.replace(/^<svg/, `<svg xmlns="${SVG_NS}"`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`;
}

function save(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the click; the object URL can go once the browser took it.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function markupOf(svg: SVGSVGElement): string {
  return standaloneSvg(new XMLSerializer().serializeToString(svg));
}

/** Downloads the chart as `<stem>.svg`. */
export function downloadSvg(svg: SVGSVGElement, stem: string): void {
  save(new Blob([markupOf(svg)], { type: 'image/svg+xml' }), `${stem}.svg`);
}

/** Downloads the chart as `<stem>.png`, drawn at `scale` × its viewBox size. */
export async function downloadPng(svg: SVGSVGElement, stem: string, scale = 2): Promise<void> {
  const { width, height } = svg.viewBox.baseVal;
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(markupOf(svg))}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('Canvas 2D is not available');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('The chart could not be drawn as PNG');
  save(blob, `${stem}.png`);
}
