const LINE_OCTETS = 75;

/**
 * Folds content lines longer than 75 octets (RFC 5545 §3.1): CRLF and a space before the octet that
 * would pass the limit, never inside a UTF-8 sequence. Lines are CRLF-terminated whatever came in.
 * ical-generator folds too, but encodes each character on its own, which made a feed of 500
 * bookings take most of a second to render.
 */
export function foldLines(text: string): string {
  const lines = text.split(/\r?\n/);
  if (lines[lines.length - 1] === '') lines.pop();
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

function foldLine(line: string): string {
  if (line.length <= LINE_OCTETS && Buffer.byteLength(line, 'utf8') <= LINE_OCTETS) return line;
  let folded = '';
  let octets = 0;
  for (const character of line) {
    const size = octetsOf(character.codePointAt(0)!);
    if (octets + size > LINE_OCTETS) {
      folded += '\r\n ';
      octets = 1;
    }
    folded += character;
    octets += size;
  }
  return folded;
}

function octetsOf(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  return codePoint < 0x10000 ? 3 : 4;
}
