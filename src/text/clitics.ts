/**
 * Attached particles at the start of a folded Arabic token. Lexicon lookups (month, number and
 * place words) try the token as it is, then without them.
 */

/** Without an attached conjunction (و ف) and preposition (ب ل ك): بأربعة → أربعة, وبمايو → مايو. */
export function withoutParticles(token: string): string {
  return token.replace(/^(و|ف)?(ب|ل|ك)?/, '');
}

/** Also without the article: وبالعاصمة → عاصمة, والأربعة → أربعة. */
export function withoutParticlesAndArticle(token: string): string {
  return token.replace(/^(و|ف)?(ب|ل|ك)?(ال)?/, '');
}
