import { imageSize } from 'image-size';
import type { PlanMediaType } from './floor-plan.entity';
import { refusedFile } from './location-errors';
import { sanitizeSvg } from './svg-sanitizer';
import type { Upload } from './incoming-file.decorator';

/** Largest floor plan accepted, as uploaded (an SVG may shrink when sanitised). */
export const MAX_PLAN_BYTES = 10 * 1024 * 1024;

// A browser's canvas stops at about this size; a larger plan could not be shown anyway.
const MAX_PLAN_PIXELS = 16_384;

export interface PlanImage {
  mediaType: PlanMediaType;
  content: Buffer;
  width: number;
  height: number;
}

const EXTENSIONS: Record<string, PlanMediaType> = {
  svg: 'image/svg+xml',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
};

/**
 * Checks an uploaded plan: its bytes must be a PNG, a JPEG or an SVG, and the type the upload
 * claims (Content-Type, file name) must be the same, so that a file is what it says it is. An SVG
 * is replaced by its sanitised copy.
 */
export function readPlanImage(upload: Upload): PlanImage {
  const mediaType = detect(upload.content);
  const claimed = claimedTypes(upload);
  if (claimed.some((type) => type !== mediaType)) {
    throw refusedFile({
      de: `Der Inhalt der Datei ist ${mediaType}, angegeben ist aber ${claimed.join(' / ')}.`,
      en: `The file's content is ${mediaType}, but it claims to be ${claimed.join(' / ')}.`,
    });
  }
  const image =
    mediaType === 'image/svg+xml' ? svgImage(upload.content) : rasterImage(mediaType, upload.content);
  if (image.width > MAX_PLAN_PIXELS || image.height > MAX_PLAN_PIXELS) {
    throw refusedFile({
      de: `Der Plan ist mit ${image.width} × ${image.height} Pixeln zu groß (höchstens ${MAX_PLAN_PIXELS} je Seite).`,
      en: `The plan's ${image.width} × ${image.height} pixels are too many (at most ${MAX_PLAN_PIXELS} a side).`,
    });
  }
  return image;
}

/** The type the bytes say, whatever the upload claims. */
function detect(content: Buffer): PlanMediaType {
  if (content.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
    return 'image/png';
  if (content.length > 3 && content[0] === 0xff && content[1] === 0xd8 && content[2] === 0xff)
    return 'image/jpeg';
  const head = content.subarray(0, 4096).toString('utf8');
  if (!head.includes('\u0000') && /<svg[\s>/]/.test(head)) return 'image/svg+xml';
  throw refusedFile({
    de: 'Ein Plan muss ein SVG-, PNG- oder JPEG-Bild sein.',
    en: 'A floor plan must be an SVG, PNG or JPEG image.',
  });
}

/** What the upload claims to be: its media type unless generic, and its file name's extension. */
function claimedTypes(upload: Upload): string[] {
  const claimed = new Set<string>();
  const declared = upload.mediaType?.split(';')[0].trim().toLowerCase();
  if (declared && declared !== 'application/octet-stream')
    claimed.add(declared === 'image/jpg' ? 'image/jpeg' : declared);
  const extension = /\.([a-z0-9]+)$/i.exec(upload.filename ?? '')?.[1].toLowerCase();
  if (extension) claimed.add(EXTENSIONS[extension] ?? `.${extension}`);
  return [...claimed];
}

function svgImage(content: Buffer): PlanImage {
  const text = content.toString('utf8').replace(/^\uFEFF/, '');
  const { svg, width, height } = sanitizeSvg(text);
  return { mediaType: 'image/svg+xml', content: Buffer.from(svg, 'utf8'), width, height };
}

function rasterImage(mediaType: PlanMediaType, content: Buffer): PlanImage {
  let size: ReturnType<typeof imageSize>;
  try {
    size = imageSize(content);
  } catch {
    throw refusedFile({ de: 'Das Bild ist beschädigt.', en: 'The image is damaged.' });
  }
  // EXIF orientations 5 to 8 turn the picture by a quarter: it shows with width and height swapped.
  const turned = (size.orientation ?? 1) >= 5;
  return {
    mediaType,
    content,
    width: turned ? size.height : size.width,
    height: turned ? size.width : size.height,
  };
}
