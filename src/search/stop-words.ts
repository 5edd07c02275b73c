/**
 * Words that carry no concept of a medical question: English function words, question words and the filler
 * of how people ask ("can you tell me", "is it normal"). Clinical words such as "patients", "treatment",
 * "risk" or "children" stay searchable: they narrow a question even when common.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a about above after again against all also am an and any are aren't as at be because been before being below
  between both but by can can't cannot could couldn't did didn't do does doesn't doing don't down during each
  either else ever every few for from further get gets getting got had hadn't has hasn't have haven't having he
  her here hers herself him himself his i i'm if in into is isn't it it's its itself just let's me might more
  most must mustn't my myself neither no nor not now of off on once only or other ought our ours ourselves out
  over own same shall she should shouldn't so some such than that that's the their theirs them themselves then
  there there's these they this those through thus to too under until up upon us very was wasn't we were weren't
  what what's when where which while who whom whose why will with within without won't would wouldn't you your
  yours yourself yourselves how
  anyone anything somebody someone something thing things way ways kind kinds
  tell explain describe list name please know known think means meaning possible normal okay ok
  really much many often usually generally commonly used using
  via versus vs e.g i.e etc
  yes take takes taking took well want wants need needs like still since sure maybe wait question questions
  alright worried worry lot bit one
  whats thats hows whos wheres whys ive youre theyre isnt arent wasnt werent dont doesnt didnt cant couldnt
  wont wouldnt shouldnt hasnt havent hadnt`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Words that frame a question rather than name its subject ("what is the role of X in Y", "is X associated
 * with Y", "list two drugs"). They stay concepts for ranking but are not required by the precise query, which would otherwise
 * miss papers that state the relation in other words.
 */
export const WEAK_WORDS: ReadonlySet<string> = new Set(
  `role roles function functions mechanism mechanisms effect effects impact impacts associated association associations link links
  linked relation relationship relationships related cause causes caused causing affect affects affected
  involved involvement difference differences better best good bad help helps helpful work works benefit
  benefits recommend recommended recommendation happen happens happened main major new current latest raise
  raised increase increased decrease decreased reduce reduced change changes matter important common frequent
  rare possible likely normal usual
  two three four five six seven eight nine ten`
    .split(/\s+/)
    .filter(Boolean),
);
