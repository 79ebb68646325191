/**
 * Typo-tolerant term lookup without scanning the vocabulary: a deletion index (the SymSpell
 * idea). Every indexed term is stored under each of its one-letter deletions; a query term's own
 * deletions then find every vocabulary term within one edit (insert, delete, substitute, and most
 * transpositions) in a handful of map lookups, however large the corpus grows.
 */
export class DeletionIndex {
  private readonly byDeletion = new Map<string, string[]>();
  private readonly terms = new Set<string>();

  /** Terms shorter than this are not fuzzed: one edit turns a three-letter word into another word. */
  constructor(private readonly minLength = 4) {}

  add(term: string): void {
    if (this.terms.has(term) || [...term].length < this.minLength) return;
    this.terms.add(term);
    for (const key of deletions(term)) {
      const list = this.byDeletion.get(key);
      if (list) list.push(term);
      else this.byDeletion.set(key, [term]);
    }
  }

  /** Vocabulary terms within one edit of `term` (not the term itself). */
  near(term: string): string[] {
    if ([...term].length < this.minLength) return [];
    const found = new Set<string>();
    const own = deletions(term);
    // Same length (a substitution) shares a deletion; one letter longer has `term` as a deletion.
    for (const key of [term, ...own]) for (const c of this.byDeletion.get(key) ?? []) found.add(c);
    // One letter shorter: it is one of our own deletions.
    for (const key of own) if (this.terms.has(key)) found.add(key);
    found.delete(term);
    return [...found];
  }
}

function deletions(term: string): string[] {
  const chars = [...term];
  const out = new Set<string>();
  for (let i = 0; i < chars.length; i++) out.add(chars.slice(0, i).join('') + chars.slice(i + 1).join(''));
  return [...out];
}
