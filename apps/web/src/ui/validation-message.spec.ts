import { describe, expect, it } from '@jest/globals';
import { createTranslator } from '../i18n/translate';
import { validationMessage } from './validation-message';

describe('validationMessage', () => {
  const de = createTranslator('de').t;
  const en = createTranslator('en').t;

  it.each([
    ['horizonDays must not be greater than 730', 'Höchstens 730.', 'At most 730.'],
    ['graceMinutes must not be less than 5', 'Mindestens 5.', 'At least 5.'],
    [
      'maxActiveBookings must be an integer number',
      'Bitte eine ganze Zahl angeben.',
      'Please enter a whole number.',
    ],
    [
      'name must be shorter than or equal to 100 characters',
      'Höchstens 100 Zeichen.',
      'At most 100 characters.',
    ],
    ['splitsAt must be HH:MM', 'Bitte als Uhrzeit SS:MM angeben.', 'Please give a time as HH:MM.'],
  ])('says "%s" without the property name, in either language', (message, german, english) => {
    expect(validationMessage(message, de)).toBe(german);
    expect(validationMessage(message, en)).toBe(english);
  });

  it('keeps a message it does not know, such as one the API already wrote for people', () => {
    expect(validationMessage('Es muss gelten: opensAt < splitsAt < closesAt.', de)).toBe(
      'Es muss gelten: opensAt < splitsAt < closesAt.',
    );
  });
});
