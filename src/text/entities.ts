import { withoutParticlesAndArticle } from './clitics';
import { fold } from './normalize';
import { isClockTime, isRelativeTime, isWeekday, isYear, monthOf } from './dates';
import { isNumeric } from './numbers';
import type { AnswerKind } from './questionWords';

/**
 * Cheap evidence that a sentence holds a date, time, number, person or place. Used to prefer,
 * among sentences that match a question equally, the one that holds the kind of thing asked for.
 * Lexicons here are about the language (titles, place nouns, countries), not about one article;
 * an article adds its own people and places through its front matter.
 */

const PERSON_TITLES = [
  'الرئيس', 'رئيس', 'نظيره', 'نظيرته', 'وزير', 'وزيرة', 'الملك', 'ملك', 'الأمير', 'أمير', 'الشيخ',
  'السيد', 'السيدة', 'الدكتور', 'الدكتورة', 'المتحدث', 'المتحدثة', 'النائب', 'الأمين', 'الجنرال',
  'القائد', 'الزعيم', 'المستشار', 'مستشار', 'السفير', 'سفير', 'البابا', 'الإمام', 'الخليفة',
  'السلطان', 'الشاعر', 'الكاتب', 'الأديب', 'العالم', 'الفيلسوف', 'المخرج', 'الممثل', 'الممثلة',
  'اللاعب', 'المدرب', 'المغني', 'المغنية', 'الفنان', 'الفنانة', 'مؤسس', 'المؤسس', 'ولد', 'ولدت',
  'ابن', 'بنت', 'زوجة', 'زوج', 'president', 'minister', 'king', 'prince', 'mr', 'mrs', 'dr',
];

const PLACE_NOUNS = [
  'مدينة', 'المدينة', 'بمدينة', 'قرية', 'القرية', 'بقرية', 'قرى', 'العاصمة', 'بالعاصمة', 'عاصمة',
  'منطقة', 'المنطقة', 'إقليم', 'الإقليم', 'محافظة', 'المحافظة', 'دولة', 'الدولة', 'بلدة', 'ولاية',
  'جزيرة', 'شمال', 'جنوب', 'شرق', 'غرب', 'شمالي', 'جنوبي', 'شرقي', 'غربي', 'وسط', 'قارة',
  'حدود', 'الحدود', 'ساحل', 'نهر', 'جبل', 'بحر', 'مقر', 'يقع', 'تقع', 'city', 'village',
  'capital', 'region', 'province', 'country',
];

/** Countries and major capitals, in their usual Arabic spellings. */
const PLACE_NAMES = [
  'أذربيجان', 'أرمينيا', 'روسيا', 'موسكو', 'باكو', 'يريفان', 'تركيا', 'أنقرة', 'إسطنبول', 'أوكرانيا',
  'كييف', 'جورجيا', 'تبليسي', 'إيران', 'طهران', 'العراق', 'بغداد', 'سوريا', 'دمشق', 'لبنان',
  'بيروت', 'الأردن', 'عمان', 'فلسطين', 'القدس', 'غزة', 'مصر', 'القاهرة', 'السعودية', 'الرياض',
  'الإمارات', 'أبوظبي', 'دبي', 'قطر', 'الدوحة', 'الكويت', 'البحرين', 'المنامة', 'مسقط', 'اليمن',
  'صنعاء', 'ليبيا', 'طرابلس', 'تونس', 'الجزائر', 'المغرب', 'الرباط', 'السودان', 'الخرطوم',
  'موريتانيا', 'الصومال', 'إثيوبيا', 'أمريكا', 'الأمريكية', 'واشنطن', 'كندا', 'المكسيك', 'البرازيل',
  'الأرجنتين', 'بريطانيا', 'لندن', 'فرنسا', 'باريس', 'ألمانيا', 'برلين', 'إيطاليا', 'روما',
  'إسبانيا', 'مدريد', 'البرتغال', 'هولندا', 'بلجيكا', 'بروكسل', 'سويسرا', 'النمسا', 'بولندا',
  'اليونان', 'السويد', 'النرويج', 'الصين', 'بكين', 'اليابان', 'طوكيو', 'الهند', 'نيودلهي',
  'باكستان', 'أفغانستان', 'كازاخستان', 'أوزبكستان', 'تركمانستان', 'قرغيزستان', 'طاجيكستان',
  'إندونيسيا', 'ماليزيا', 'أستراليا', 'أوروبا', 'آسيا', 'أفريقيا', 'إفريقيا', 'القوقاز',
];

const PERSON_SET = new Set(PERSON_TITLES.map(fold));
const PLACE_NOUN_SET = new Set(PLACE_NOUNS.map(fold));
const PLACE_NAME_SET = new Set(PLACE_NAMES.map(fold));

export interface EntityLexicon {
  /** Folded names of people an article mentions (from its front matter). */
  people?: ReadonlySet<string>;
  /** Folded names of places an article mentions (from its front matter). */
  places?: ReadonlySet<string>;
}

function inSet(set: ReadonlySet<string> | undefined, token: string): boolean {
  return !!set && (set.has(token) || set.has(withoutParticlesAndArticle(token)));
}

/**
 * The answer kinds a token can serve as evidence for by itself (no article lexicon, no next
 * word): the part worth computing once per distinct token.
 */
export function generalTokenKinds(token: string): AnswerKind[] {
  const kinds: AnswerKind[] = [];
  if (isClockTime(token)) kinds.push('time', 'number');
  if (isYear(token) || monthOf(token) !== undefined || isWeekday(token) || isRelativeTime(token)) kinds.push('date');
  if (isNumeric(token)) kinds.push('number');
  const bare = withoutParticlesAndArticle(token);
  if (PERSON_SET.has(token) || PERSON_SET.has(bare)) kinds.push('person');
  if (PLACE_NOUN_SET.has(token) || PLACE_NOUN_SET.has(bare) || PLACE_NAME_SET.has(token) || PLACE_NAME_SET.has(bare)) {
    kinds.push('place');
  }
  return kinds;
}

/** The kinds an article's own names add to a token (its people and places). */
export function lexiconTokenKinds(token: string, lexicon: EntityLexicon): AnswerKind[] {
  const kinds: AnswerKind[] = [];
  if (inSet(lexicon.people, token)) kinds.push('person');
  if (inSet(lexicon.places, token)) kinds.push('place');
  return kinds;
}

/**
 * The answer kinds a token can serve as evidence for. `next` is the following token, for
 * two-word month names (كانون الثاني).
 */
export function tokenKinds(token: string, next: string | undefined, lexicon: EntityLexicon = {}): AnswerKind[] {
  const kinds = new Set([...generalTokenKinds(token), ...lexiconTokenKinds(token, lexicon)]);
  if (monthOf(token, next) !== undefined) kinds.add('date');
  return [...kinds];
}

/** True for a folded token that names a country, capital or region of the general gazetteer. */
export function isKnownPlaceName(token: string): boolean {
  return PLACE_NAME_SET.has(token) || PLACE_NAME_SET.has(withoutParticlesAndArticle(token));
}
