import { IsNotEmpty, Length, Matches, Max, MaxLength, Min, type ValidationOptions } from 'class-validator';
import type { MessageRef } from './app-error';

// class-validator decorators whose messages are message keys (JSON), translated
// per caller by the error middleware. Use these instead of the raw decorators.
const msg = (ref: MessageRef): ValidationOptions => ({ message: JSON.stringify(ref) });

export const Required = (): PropertyDecorator => IsNotEmpty(msg({ key: 'validation.required' }));
export const MaxLen = (max: number): PropertyDecorator => MaxLength(max, msg({ key: 'validation.maxLength', values: { max } }));
export const LenBetween = (min: number, max: number): PropertyDecorator =>
  Length(min, max, msg({ key: 'validation.maxLength', values: { max } }));
export const IntBetween =
  (min: number, max: number): PropertyDecorator =>
  (target, key) => {
    Min(min, msg({ key: 'validation.range', values: { min, max } }))(target, key);
    Max(max, msg({ key: 'validation.range', values: { min, max } }))(target, key);
  };
export const PersonalId = (): PropertyDecorator => Matches(/^\d{12}$/, msg({ key: 'validation.personalId' }));
export const IsoDate = (): PropertyDecorator => Matches(/^\d{4}-\d{2}-\d{2}$/, msg({ key: 'validation.date' }));

export const parseMessageRef = (message: string): MessageRef => {
  try {
    const parsed = JSON.parse(message) as MessageRef;
    if (typeof parsed.key === 'string') return parsed;
  } catch {
    // a message from a decorator we did not wrap: keep it generic rather than leak English
  }
  return { key: 'validation.invalid' };
};
