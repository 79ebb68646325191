/**
 * Comparing a claim's facts with the facts of an evidence sentence: each claim fact is aligned
 * with the same kind of fact in the sentence (same unit, similar surrounding words), never with
 * any number that happens to be nearby, and then judged: match, mismatch, or absent (the
 * sentence does not state that kind of fact).
 */
import type { Comparator, DateFact, EntityFact, Fact, NumberFact } from './facts';

export type Outcome = 'match' | 'mismatch' | 'absent';

export interface Comparison {
  claim: Fact;
  /** The evidence fact it was aligned with (absent: none). */
  article?: Fact;
  outcome: Outcome;
}

function overlap(a: Map<string, number>, b: Map<string, number>): number {
  let s = 0;
  for (const [k, w] of a) {
    const v = b.get(k);
    if (v !== undefined) s += w * v;
  }
  return s;
}

/** The best candidate by context overlap, then by a tie-breaker (smaller is better). */
function best<T extends Fact>(claim: Fact, candidates: T[], distance: (c: T) => number = () => 0): T | undefined {
  let top: T | undefined;
  let topScore = -Infinity;
  let topDistance = Infinity;
  for (const c of candidates) {
    const s = overlap(claim.context, c.context);
    const d = distance(c);
    if (s > topScore + 1e-9 || (Math.abs(s - topScore) <= 1e-9 && d < topDistance)) {
      top = c;
      topScore = s;
      topDistance = d;
    }
  }
  return top;
}

const ABOUT = 0.05;

/** The values a stated figure allows: [low, high], with open ends for more/less than. */
function interval(value: number, comparator: Comparator): { lo: number; hi: number; loOpen: boolean; hiOpen: boolean } {
  switch (comparator) {
    case 'gt': return { lo: value, hi: Infinity, loOpen: true, hiOpen: true };
    case 'gte': return { lo: value, hi: Infinity, loOpen: false, hiOpen: true };
    case 'lt': return { lo: -Infinity, hi: value, loOpen: true, hiOpen: true };
    case 'lte': return { lo: -Infinity, hi: value, loOpen: true, hiOpen: false };
    case 'about': return { lo: value * (1 - ABOUT), hi: value * (1 + ABOUT), loOpen: false, hiOpen: false };
    default: return { lo: value, hi: value, loOpen: false, hiOpen: false };
  }
}

/**
 * Does the article's figure bear out the claim's? Same base figure: yes, unless the two point in
 * opposite directions ("more than 4" vs "less than 4"); "4 billion" and "about 4 billion" are the
 * article's "more than 4 billion". Different figures: only when everything the article allows is
 * within what the claim says ("more than 3 billion" is borne out by "more than 4 billion").
 */
export function numbersAgree(claim: NumberFact, article: NumberFact): boolean {
  const up = (c: Comparator) => c === 'gt' || c === 'gte';
  const down = (c: Comparator) => c === 'lt' || c === 'lte';
  if (claim.value === article.value) {
    return !((up(claim.comparator) && down(article.comparator)) || (down(claim.comparator) && up(article.comparator)));
  }
  const a = interval(article.value, article.comparator);
  const c = interval(claim.value, claim.comparator);
  const lowOk = a.lo > c.lo || (a.lo === c.lo && (!c.loOpen || a.loOpen));
  const highOk = a.hi < c.hi || (a.hi === c.hi && (!c.hiOpen || a.hiOpen));
  return lowOk && highOk;
}

function year(d: DateFact): number | undefined {
  return d.year ?? d.inferredYear;
}

/** Date parts stated on both sides, and whether they agree. */
function dateParts(claim: DateFact, article: DateFact): { shared: number; agree: boolean } {
  let shared = 0;
  let agree = true;
  const pairs: Array<[number | undefined, number | undefined]> = [
    [claim.day, article.day],
    [claim.month, article.month],
    [claim.year, year(article)],
  ];
  for (const [c, a] of pairs) {
    if (c === undefined || a === undefined) continue;
    shared++;
    if (c !== a) agree = false;
  }
  return { shared, agree };
}

function numberComparison(claim: NumberFact, evidence: NumberFact[]): Comparison {
  let candidates = evidence;
  if (claim.unit !== undefined) {
    const same = evidence.filter((e) => e.unit === claim.unit);
    candidates = same.length ? same : evidence.filter((e) => e.unit === undefined);
  } else {
    // A unitless claim figure is not compared with a figure that has a unit (44 days, 3 villages)
    // unless the sentence has nothing else.
    const bare = evidence.filter((e) => e.unit === undefined);
    if (bare.length) candidates = bare;
  }
  if (candidates.length === 0) return { claim, outcome: 'absent' };
  const agreeing = candidates.filter((e) => numbersAgree(claim, e));
  if (agreeing.length) return { claim, article: best(claim, agreeing), outcome: 'match' };
  const aligned = best(claim, candidates, (e) => Math.abs(Math.log(Math.max(Math.abs(e.value), 1e-9) / Math.max(Math.abs(claim.value), 1e-9))));
  return { claim, article: aligned, outcome: 'mismatch' };
}

function dateComparison(claim: DateFact, evidence: DateFact[]): Comparison {
  const scored = evidence.map((e) => ({ e, ...dateParts(claim, e) })).filter((x) => x.shared > 0);
  if (scored.length === 0) return { claim, outcome: 'absent' };
  const agreeing = scored.filter((x) => x.agree);
  if (agreeing.length) return { claim, article: best(claim, agreeing.map((x) => x.e)), outcome: 'match' };
  const most = Math.max(...scored.map((x) => x.shared));
  const aligned = best(claim, scored.filter((x) => x.shared === most).map((x) => x.e), (e) => Math.abs((year(e) ?? 0) - (claim.year ?? 0)));
  return { claim, article: aligned, outcome: 'mismatch' };
}

function entityPresent(claim: EntityFact, facts: Fact[]): boolean {
  return facts.some((f) => (f.kind === 'person' || f.kind === 'place') && (f.id === claim.id || claim.related.includes(f.id) || f.related.includes(claim.id)));
}

/**
 * Compares every fact of a claim with the evidence sentence's facts. `surroundings` are the facts
 * of the sentence's paragraph, `headline` those of the headline and summary: a name found in the
 * paragraph (or a place in the headline) is not missing from the evidence.
 */
export function compareFacts(claimFacts: Fact[], evidence: Fact[], surroundings: Fact[] = [], headline: Fact[] = []): Comparison[] {
  const claimEntityIds = new Set(claimFacts.flatMap((f) => (f.kind === 'person' || f.kind === 'place' ? [f.id] : [])));
  const out: Comparison[] = [];
  const seenEntities = new Set<string>();
  for (const c of claimFacts) {
    switch (c.kind) {
      case 'number':
        out.push(numberComparison(c, evidence.filter((e): e is NumberFact => e.kind === 'number')));
        break;
      case 'date':
        out.push(dateComparison(c, evidence.filter((e): e is DateFact => e.kind === 'date')));
        break;
      case 'time': {
        const times = evidence.filter((e) => e.kind === 'time');
        const same = times.find((e) => e.kind === 'time' && e.hours === c.hours && e.minutes === c.minutes);
        out.push(same ? { claim: c, article: same, outcome: 'match' } : times.length ? { claim: c, article: best(c, times), outcome: 'mismatch' } : { claim: c, outcome: 'absent' });
        break;
      }
      case 'weekday': {
        const days = evidence.filter((e) => e.kind === 'weekday');
        const same = days.find((e) => e.kind === 'weekday' && e.day === c.day);
        out.push(same ? { claim: c, article: same, outcome: 'match' } : days.length ? { claim: c, article: best(c, days), outcome: 'mismatch' } : { claim: c, outcome: 'absent' });
        break;
      }
      case 'person':
      case 'place': {
        if (seenEntities.has(c.id)) break;
        seenEntities.add(c.id);
        const exact = (facts: Fact[]) => facts.find((e): e is EntityFact => (e.kind === 'person' || e.kind === 'place') && e.id === c.id);
        // In the sentence; or in its paragraph; or, for a place, in the headline (where the story is).
        const here = exact(evidence);
        if (here || exact(surroundings) || (c.kind === 'place' && exact(headline))) {
          out.push({ claim: c, article: here, outcome: 'match' });
          break;
        }
        // A different name of the same kind in the same role (similar words around it); a
        // capital is not a different name for its country.
        const substitutes = evidence.filter((e): e is EntityFact => e.kind === c.kind && !claimEntityIds.has(e.id) && !e.related.includes(c.id) && !c.related.includes(e.id));
        const aligned = best(c, substitutes);
        if (aligned && overlap(c.context, aligned.context) > 0) out.push({ claim: c, article: aligned, outcome: 'mismatch' });
        else if (entityPresent(c, evidence) || entityPresent(c, surroundings) || entityPresent(c, headline)) out.push({ claim: c, outcome: 'match' });
        else out.push({ claim: c, outcome: 'absent' });
        break;
      }
    }
  }
  return out;
}
