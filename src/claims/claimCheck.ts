import type { ClaimCheck } from '../search/browse';
import { MAX_CLAIM_CHARS } from '../search/browse';
import type { AnswerEngine } from '../search/engine';
import { checkClaim } from './check';
import { VERDICT_LABELS } from './render';

/**
 * The claim checker the Discord faces use (/check and the Fact-check menu): a verdict from
 * checkClaim, the evidence sentence (or the nearest ones when there is no confident evidence),
 * and a one-line note of what differs ("number: the article says 4 billion; the claim says 5").
 */
export function verdictCheck(engine: AnswerEngine, claim: string, options: { article?: string } = {}): ClaimCheck {
  const text = claim.slice(0, MAX_CLAIM_CHARS);
  const v = checkClaim(engine, text, options);
  const says = VERDICT_LABELS[v.language].says;
  const note = v.differences.map((d) => says(d.article, d.claim, d.kind)).join('; ') || undefined;
  const confident = v.evidence !== null && v.reason !== 'low-confidence' && v.reason !== 'no-evidence';
  const evidence = v.evidence ? [v.evidence] : engine.ask(text, { top: 2, ...options }).nearest.slice(0, 2);
  return { claim: text, evidence, confident, verdict: v.verdict, note };
}
