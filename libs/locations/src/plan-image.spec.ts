import { jpeg, png } from '../../../test/locations/fixtures';
import { readPlanImage } from './plan-image';

const upload = (content: Buffer | string, mediaType?: string, filename?: string) => ({
  content: Buffer.isBuffer(content) ? content : Buffer.from(content),
  mediaType,
  filename,
});
const SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="200"><script>alert(1)</script></svg>';

describe('readPlanImage', () => {
  it('reads the size of PNG and JPEG images', () => {
    expect(readPlanImage(upload(png(640, 480), 'image/png', 'plan.png'))).toMatchObject({
      mediaType: 'image/png',
      width: 640,
      height: 480,
    });
    expect(readPlanImage(upload(jpeg(1024, 768), 'image/jpeg', 'plan.JPG'))).toMatchObject({
      mediaType: 'image/jpeg',
      width: 1024,
      height: 768,
    });
  });

  it('swaps width and height of a JPEG whose EXIF turns it by a quarter', () => {
    expect(readPlanImage(upload(jpeg(1024, 768, 6), 'image/jpeg'))).toMatchObject({
      width: 768,
      height: 1024,
    });
  });

  it('sanitises an SVG and stores the sanitised copy', () => {
    const image = readPlanImage(upload(`\uFEFF${SVG}`, 'image/svg+xml; charset=utf-8', 'plan.svg'));
    expect(image).toMatchObject({ mediaType: 'image/svg+xml', width: 300, height: 200 });
    expect(image.content.toString()).not.toContain('script');
  });

  it('goes by the bytes when the sender only says octet-stream', () => {
    expect(readPlanImage(upload(png(2, 2), 'application/octet-stream')).mediaType).toBe('image/png');
  });

  it('refuses a file whose bytes are not what its type or name claims', () => {
    expect(() => readPlanImage(upload(png(2, 2), 'image/svg+xml'))).toThrow(
      /content is image\/png.*image\/svg\+xml/,
    );
    expect(() => readPlanImage(upload(png(2, 2), 'application/octet-stream', 'plan.svg'))).toThrow(/claims/);
    expect(() => readPlanImage(upload(SVG, 'image/png'))).toThrow(/content is image\/svg\+xml/);
    expect(() => readPlanImage(upload(jpeg(2, 2), 'image/jpeg', 'plan.gif'))).toThrow(/\.gif/);
  });

  it('refuses other formats, damaged images and images too large to show', () => {
    expect(() => readPlanImage(upload('GIF89a....', 'image/gif'))).toThrow(/SVG, PNG or JPEG/);
    expect(() => readPlanImage(upload(Buffer.alloc(0), 'image/png'))).toThrow(/SVG, PNG or JPEG/);
    expect(() => readPlanImage(upload(png(2, 2).subarray(0, 12), 'image/png'))).toThrow(/damaged/);
    expect(() => readPlanImage(upload(png(17_000, 2), 'image/png'))).toThrow(/too many/);
  });
});
