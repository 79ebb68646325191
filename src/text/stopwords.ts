import { fold } from './normalize';

/**
 * Function words that carry no topic: prepositions, pronouns, particles, auxiliaries, question
 * words (MSA and common dialect forms) and their attached variants. Hand-trimmed: published
 * Arabic stopword lists include news content words (مليار, أعلنت, الماضي), which here are exactly
 * what a question is about. Stored folded, as they are compared.
 */
const ARABIC = `
في فى من الى إلى الي على علي عن مع عند لدى لدي حتى منذ مذ بين خلال ضمن نحو حول دون عبر
بعد قبل فوق تحت امام أمام خلف وراء لكن لكنه ولكن بل او أو ام أم ثم و ف ب ل ك
ان أن إن انه أنه إنه انها أنها إنها كان كانت يكون تكون كانوا ليس ليست قد لقد لا لم لن ما
هو هي هم هن هما انا أنا نحن انت أنت انتم أنتم
هذا هذه هذان هاتان هؤلاء ذلك تلك ذاك اولئك أولئك هنا هناك هنالك
الذي التي اللذان اللتان الذين اللواتي اللاتي
كل بعض غير سوى اي أي ايه أية اية اذا إذا لو كي لكي حيث عندما بينما كما مثل
به بها بهم له لها لهم فيه فيها فيهم عليه عليها عليهم منه منها منهم عنه عنها عنهم اليه إليه اليها إليها
يا ايها أيها هل ماذا متى كيف اين أين لماذا لما كم مين منو شو ايش إيش وش وين فين امتى إمتى ليش ليه
كيفاش قديش شقد اديش بكم لمن بمن عمن ممن مما عما
ماهو ماهي ماهى ماهيه ماهية بماذا وماذا لماذا مالذي ماالذي ومن ومتى وكيف واين وأين وما وهل فما فمن
هى انها إنها كانت يوجد توجد يمكن تم اسم
هو هي الذي التي ذكر وفق وفقا جدا ايضا أيضا فقط يعني
`;

const ENGLISH = `
a an the of in on at to for from by with about into over after before between during under
and or but not no nor so than then too very is are was were be been being am do does did
has have had having it its this that these those there here i you he she we they me him her us them
my your his our their what when where who whom whose which why how whats what's
can could will would shall should may might must also just only
name named called
`;

export const STOPWORDS: ReadonlySet<string> = new Set(
  [...ARABIC.split(/\s+/), ...ENGLISH.split(/\s+/)].filter(Boolean).map(fold),
);

/** True for a folded token that carries no topic of its own. */
export function isStopword(token: string): boolean {
  return STOPWORDS.has(token);
}
