import { tokenize } from './tokenize';

/** What kind of answer a question asks for. */
export type AnswerKind = 'date' | 'time' | 'number' | 'person' | 'place' | 'other';

/**
 * Question patterns, on folded tokens, MSA and the common dialect forms, Arabic and English.
 * Checked in order: the more specific phrase ("في أي ساعة") before the general word ("في أي").
 */
const PATTERNS: Array<[AnswerKind, RegExp]> = [
  ['time', /(^| )(في )?(اي|اية|ايه) (ساعه|وقت)( |$)|(^| )(الساعه|ساعه) (كم|كام)( |$)|(^| )what time( |$)|(^| )at what hour( |$)/],
  ['date', /(^| )(متي|امتي|ايمتي|امته|وقتيش|when)( |$)/],
  ['date', /(^| )(في |ب)?(اي|اية|ايه|اى) (عام|سنه|شهر|يوم|تاريخ|عهد|قرن|فتره|سنوات|اعوام)( |$)/],
  ['date', /(^| )(ما|ماهو|ماهي) (هو |هي )?(تاريخ)( |$)|(^| )(what|which) (year|month|day|date)( |$)|(^| )(since|until) when( |$)/],
  ['number', /(^| )(كم|قديش|قداش|شقد|اديش|بكم|بكام|كام|how (many|much|long|old|far))( |$)/],
  ['number', /(^| )(ما|ماهو|ماهي) (هو |هي )?(عدد|حجم|قيمه|نسبه|مقدار|مبلغ|مساحه|طول|عمر|سعر|كميه)( |$)/],
  ['place', /(^| )(اين|وين|فين|لوين|منين|where)( |$)/],
  ['place', /(^| )(في |الي |من )?(اي|اية|ايه|اى) (مدينه|دوله|بلد|منطقه|مكان|قريه|اقليم|محافظه|عاصمه|قاره|موقع)( |$)|(^| )(which|what) (city|country|place|region|village|capital)( |$)/],
  ['place', /^(ما|ماهي|ماهو|ما هي|ما هو) (الدوله|الدول|المدينه|المدن|العاصمه|عاصمه|القاره|البلد|البلدان|المنطقه|القريه|المكان|موقع)( |$)/],
  ['person', /^(من|مين|منو|مين هو|who|whom)( |$)|(^| )(مع|الي|عن|ل|ب) (من|مين|منو)( |$)|(^| )(لمن|بمن|عمن|ممن)( |$)|(^| )(with|to|by) whom( |$)|(^| )who( |$)/],
  ['person', /(^| )(اي|اية|ايه) (رئيس|وزير|شخص|زعيم|قايد|مسوول)( |$)|(^| )(which|what)( [a-z]+)?( [a-z]+)? (leader|president|minister|person|official|politician|man|woman|people)( |$)/],
];

/** The answer kind a question asks for, from its question words. */
export function answerKind(question: string): AnswerKind {
  const text = ` ${tokenize(question).join(' ')} `.replace(/\s+/g, ' ').trim();
  for (const [kind, pattern] of PATTERNS) if (pattern.test(text)) return kind;
  return 'other';
}
