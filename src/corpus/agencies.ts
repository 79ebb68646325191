import { fold } from '../text/normalize';

/**
 * Arabic-language news agencies and outlets that a copied page names in its dateline
 * ("باكو/ الأناضول"), its footer ("… لوكالة الأناضول") or inline ("(رويترز)"). `source` is the
 * name written to the corpus file; `slug` is used for derived ids; `aliases` are the forms pages
 * use (matched as whole words after folding, with an optional و/ف/ل/ب clitic in front).
 */
export interface Agency {
  source: string;
  slug: string;
  aliases: string[];
}

export const AGENCIES: readonly Agency[] = [
  { source: 'وكالة الأناضول', slug: 'anadolu', aliases: ['وكالة الأناضول', 'الأناضول', 'Anadolu', 'Anadolu Ajansı'] },
  { source: 'رويترز', slug: 'reuters', aliases: ['رويترز', 'Reuters'] },
  { source: 'وكالة فرانس برس', slug: 'afp', aliases: ['فرانس برس', 'فرانس بريس', 'أ ف ب', 'أ.ف.ب', 'AFP'] },
  { source: 'أسوشيتد برس', slug: 'ap', aliases: ['أسوشيتد برس', 'أسوشييتد برس', 'أ ب', 'Associated Press'] },
  { source: 'وكالة الأنباء الألمانية', slug: 'dpa', aliases: ['الأنباء الألمانية', 'د ب أ', 'د.ب.أ', 'dpa'] },
  { source: 'شينخوا', slug: 'xinhua', aliases: ['شينخوا', 'Xinhua'] },
  { source: 'سبوتنيك', slug: 'sputnik', aliases: ['سبوتنيك', 'Sputnik'] },
  { source: 'وكالة الأنباء السعودية', slug: 'spa', aliases: ['وكالة الأنباء السعودية', 'واس'] },
  { source: 'وكالة أنباء الإمارات', slug: 'wam', aliases: ['وكالة أنباء الإمارات', 'وام'] },
  { source: 'وكالة الأنباء القطرية', slug: 'qna', aliases: ['وكالة الأنباء القطرية', 'قنا'] },
  { source: 'وكالة الأنباء الكويتية', slug: 'kuna', aliases: ['وكالة الأنباء الكويتية', 'كونا'] },
  { source: 'وكالة الأنباء الأردنية', slug: 'petra', aliases: ['وكالة الأنباء الأردنية', 'بترا'] },
  { source: 'وكالة أنباء الشرق الأوسط', slug: 'mena', aliases: ['وكالة أنباء الشرق الأوسط', 'أ ش أ'] },
  { source: 'وكالة الأنباء السورية', slug: 'sana', aliases: ['وكالة الأنباء السورية', 'سانا'] },
  { source: 'وكالة الأنباء العراقية', slug: 'ina', aliases: ['وكالة الأنباء العراقية', 'واع'] },
  { source: 'وكالة الأنباء الفلسطينية', slug: 'wafa', aliases: ['وكالة الأنباء الفلسطينية', 'وفا'] },
  { source: 'وكالة المغرب العربي للأنباء', slug: 'map', aliases: ['وكالة المغرب العربي للأنباء', 'لاماب', 'ومع'] },
  { source: 'وكالة الأنباء الجزائرية', slug: 'aps', aliases: ['وكالة الأنباء الجزائرية', 'واج'] },
  { source: 'وكالة تونس أفريقيا للأنباء', slug: 'tap', aliases: ['وكالة تونس أفريقيا للأنباء', 'وات'] },
  { source: 'وكالة الأنباء العمانية', slug: 'ona', aliases: ['وكالة الأنباء العمانية', 'العمانية للأنباء'] },
  { source: 'وكالة أنباء البحرين', slug: 'bna', aliases: ['وكالة أنباء البحرين'] },
];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const PATTERNS = AGENCIES.map((agency) => ({
  agency,
  // Longest alias first, so "وكالة الأناضول" is preferred over "الأناضول" when reporting.
  res: [...agency.aliases]
    .sort((a, b) => b.length - a.length)
    .map((alias) => new RegExp(`(?:^|[^\\p{L}\\p{N}])(?:[وفلب]{1,2})?${escape(fold(alias))}(?![\\p{L}\\p{N}])`, 'u')),
}));

/** The agencies a piece of text names, in table order. */
export function agenciesIn(text: string): Agency[] {
  const folded = fold(text);
  return PATTERNS.filter(({ res }) => res.some((re) => re.test(folded))).map(({ agency }) => agency);
}
