import { Injectable } from '@nestjs/common';
import { zxcvbn, zxcvbnOptions } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as en from '@zxcvbn-ts/language-en';
import { ApiError } from '../../common/api-error';

/** zxcvbn's "safely unguessable: moderate protection from offline slow-hash attacks". */
const MIN_SCORE = 3;

/**
 * Refuses new passwords that are common or easy to guess — also from the person's own name,
 * e-mail address or institution. Length alone is checked by the contract's schema.
 */
@Injectable()
export class PasswordPolicy {
  constructor() {
    zxcvbnOptions.setOptions({
      dictionary: { ...common.dictionary, ...en.dictionary },
      graphs: common.adjacencyGraphs,
      translations: en.translations,
    });
  }

  /** `field` names the form field in the error's details. */
  assertStrong(password: string, field: string, personal: string[]): void {
    // Whole values, run together and word by word: "Mette Kjær" rules out "MetteKjær2026" and "kjær2026".
    const inputs = personal.flatMap((value) => {
      const lower = value.toLowerCase();
      return [lower, lower.replace(/\s+/g, ''), ...lower.split(/[\s@.\-_]+/)];
    });
    const result = zxcvbn(
      password,
      inputs.filter((input) => input.length > 2),
    );
    if (result.score >= MIN_SCORE) return;
    const message =
      result.feedback.warning ??
      'This password is too easy to guess; choose a longer, less common one';
    throw new ApiError(422, 'WEAK_PASSWORD', 'The new password is too easy to guess', [
      { field, code: 'WEAK_PASSWORD', message },
    ]);
  }
}

/** What a person's password must not be built from. */
export function personalWords(person: {
  name: string;
  email: string;
  institution: string;
}): string[] {
  return [person.name, person.email, person.institution];
}
