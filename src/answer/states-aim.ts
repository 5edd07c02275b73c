// Sentences that announce what a study set out to do rather than what it found.
const AIM =
  /^((in (this|the present|our) (study|work|paper|review|report),? )?(to (investigate|evaluate|assess|determine|examine|compare|describe|explore|study|analy[sz]e|identify|characteri[sz]e|test|address|clarify|elucidate|review|report|define|monitor|measure|estimate|establish|quantify|ascertain|verify|document|summari[sz]e|appraise|validate)\b|(the )?(main |primary )?(aim|purpose|objective|goal|object)s? (of|was|were|is)|we (?:have |had )?(?:\w+ly )?(investigate|examine|evaluate|assess|analy[sz]e|explore|conducted|performed|aimed|sought|designed|undertook|retrospectively|prospectively|screened|enrolled|recruited|reviewed|searched|analy[sz]ed|analysed|investigated|examined|evaluated|assessed|explored (?:whether|if|how|why)|studied|measured|compared|collected|used|tested|here (investigated|examined|evaluated|assessed|studied|analy[sz]ed))\b|(?:this|the (?:present|current)) (study|review|article|paper|work) (aims|aimed|was designed|reviews|examines|describes|summari[sz]es|investigates|investigated|evaluates|evaluated|assesses|assessed|explores|explored|analy[sz]es|analysed|analyzed|compares|compared|(?:looks|looked) (?:for|at|into)|seeks|sought|tests|tested)|(a total of )?\d+ (patients|subjects|participants|individuals|women|men|children|cases) (were|was) (enrolled|recruited|included|studied|randomi[sz]ed|screened|evaluated|analy[sz]ed))|^(methods?|objectives?|aims?|purpose|background)\s*:)/i;

/** Whether a sentence announces an aim or a method rather than stating a finding. */
export function isAimOrMethod(text: string): boolean {
  // A structured abstract's label may stay inside the sentence ("OBJECTIVE To define the mutation ...").
  return AIM.test(text.trim().replace(/^(?:AIMS?|[A-Z]{4,}(?:\s+(?:AND|[A-Z]{4,}))*)\s*[:.]?\s+(?=[A-Z][a-z])/u, ''));
}

// What a study set out to do, in the wordings the sentence scorer's own pattern misses: the study as subject of a
// passive purpose ("This study was aimed to explore ...", "The present study was designed to ..."), an aim owned by
// the authors ("Our aim was ..."), a purpose clause that opens the sentence ("In order to assess ...") and a
// hypothesis ("We hypothesized that ..."), also behind an opening clause ("In this study, we sought to ...",
// "Based on preclinical data ..., this trial was designed to ...") or the question asked ("we wondered whether human
// pilomatricomas might originate from hair matrix cells"). Each needs the purpose's "to"/"at" or the opening position, so a finding
// that merely contains "designed" ("a protocol designed to reduce errors lowered ...") is not taken for an aim.
const PURPOSE =
  /^(?:(?:here|hence|thus|therefore|accordingly|in (?:this|the present|the current|our) (?:study|work|paper|report)|[^,;]{3,120}?,)\s*,?\s+)?(?:(?:the|this|our|a|an|the present|the current)\s+(?:[\w-]+\s+){0,3}?(?:study|trial|work|analysis|survey|review|investigation|research|paper|report|project|experiment|audit)\s+(?:was|is|were|has been)\s+(?:\w+ly\s+)?(?:aimed|designed|undertaken|conducted|performed|carried out|intended|initiated|planned|done)\s+(?:to|at|in order to|with the (?:aim|purpose|objective))\b|(?:our|their|the study's)\s+(?:main\s+|primary\s+)?(?:aims?|purposes?|objectives?|goals?)\s+(?:was|were|is|are)\b|in order to\s+(?:investigate|evaluate|assess|determine|examine|compare|describe|explore|study|analy[sz]e|identify|characteri[sz]e|test|clarify|elucidate|define|estimate|find|demonstrate|show|establish|confirm|verify|measure|detect|document|quantify|understand|obtain|gain)\b|we\s+(?:hypothesi[sz]ed|(?:therefore\s+|thus\s+)?(?:wondered|asked)\s+(?:whether|if)|sought to|(?:here\s+)?(?:report|present|describe)(?:\s+here)?\s+the\s+(?:results?|findings?)\s+of|aim(?:ed)?\s+(?:to|at)|set out to|wanted to|wished to|intended to|tried to|attempted to|attempt to|try to)\b|(?:the\s+)?(?:aims?|purposes?|objectives?|goals?)\s+of\s+(?:the|this|our)\s+(?:present\s+|current\s+)?(?:study|trial|work|analysis|survey|review|investigation|research|paper)\b)/i;

// The authors' doing followed by what it found, in the same sentence ("We tested sulfate transport in thyrocytes ...
// and found that it was not defective", "We screened 50 patients and identified three novel mutations"): the finding
// makes it no mere method.
// An infinitive of purpose before the authors' own doing ("To derive an animal model for the Lesch-Nyhan syndrome, we
// have used cultured mouse embryonic stem cells"): what they set out to do and how.
const TO_THEN_WE = /^to\s+(?!(?:date|our|the|my|some|a|an|this|that|these|those|its|their|his|her|what|which|whom|us|them|all|each|both|most)\b)[a-z]+\b[^;]{3,160}?,\s*we\s+(?:have\s+|had\s+)?(?:\w+ly\s+)?(?:used|developed|constructed|generated|created|established|made|designed|applied|employed|performed|conducted|carried out|undertook|analy[sz]ed|examined|studied|investigated|evaluated|assessed|compared|measured|screened|sequenced|genotyped|reviewed|searched|collected|recruited|enrolled|followed|surveyed|interviewed|tested|determined|mapped|cloned|isolated|identified|characteri[sz]ed|treated|randomi[sz]ed)\b/i;

const THEN_FOUND = /\b(?:and|but|which)\s+(?:we\s+)?(?:also\s+)?(?:found|find|showed|show|revealed|reveal|demonstrated|demonstrate|observed|observe|identified|noted|confirmed|detected)\b/i;

// A motive and the study it led to in one sentence ("We perceived that referrals for these side effects have become
// more and more frequent; therefore, we evaluated the degree of knowledge ..."): the clause after the connective
// says what the study set out to do, and the motive before it is no finding of the study.
const THEN_AIMED =
  /[;,:]\s*(?:and\s+)?(?:(?:therefore|thus|hence|so|accordingly|consequently)\s*,?\s+(?:we|this\s+study|the\s+(?:present|current)\s+study)|we\s+(?:therefore|thus|hence|then))\s+(?:\w+ly\s+)?(?:evaluated|investigated|examined|assessed|analy[sz]ed|explored|studied|compared|aimed|sought|designed|undertook|conducted|performed|decided|wanted|set\s+out|tested|measured|determined|reviewed|surveyed|hypothesi[sz]ed|(?:aims?|seeks?|was\s+designed|was\s+undertaken)\s+to)\b/i;

// A paper announcing what it presents and what it evaluates ("We present a new option for visual rehabilitation ...
// and evaluate the outcomes in the first 8 patients").
const PRESENTS_AND =
  /^(?:here\s*,?\s*)?we\s+(?:present|describe|report|introduce)\b[^.;]*?\band\s+(?:evaluate|assess|analy[sz]e|examine|compare|review|discuss|investigate)\b/i;

// A purpose under its own label, kept inline by a record that stores the abstract as one text ("OBJECTIVES To conduct
// mutational analyses in 29 Japanese patients ...", "AIM: To obtain ..."): the label says the infinitive is the study's
// aim, whatever its verb. Under the same label a sentence that states something ("OBJECTIVE: Preterm infants are ...",
// "PURPOSE: The SNOT-22 represents the reference questionnaire ...") is the study's background and is not taken here.
const LABELLED_PURPOSE = /^(?:OBJECTIVES?|AIMS?|PURPOSES?|GOALS?)(?:\s+OF\s+(?:THE|THIS)\s+(?:STUDY|WORK|REVIEW))?\s*[:.]?\s+[Tt]o\s+(?!(?:date|our|my|the|this|that|be|these|those)\b)[a-z]+\b/u;

// What was studied as the subject of a passive that closes the sentence ("The effects of insecticide treated nets use on
// the biting rates of Anopheles mosquitoes in ... were investigated.", "The association of X with Y was assessed."):
// the sentence names what the study looked at and says nothing of what it found. A figure or finding after the verb
// ("was determined to be 5%") leaves it out, as the verb must end the sentence.
const STUDIED_PASSIVE =
  /^(?:the\s+)?(?:effects?|impacts?|roles?|influences?|associations?|relationships?|relations?|efficacy|safety|feasibility|outcomes?|characteristics|value|accuracy|usefulness)\s+of\b[^;]{3,300}?\b(?:was|were)\s+(?:\w+ly\s+)?(?:investigated|examined|evaluated|assessed|studied|analy[sz]ed|explored|compared|reviewed)\s*\.?$/i;

/** Whether a sentence announces what a study set out to do or how, in the scorer's wordings or the passive ones it misses. */
export function statesAim(text: string): boolean {
  if (LABELLED_PURPOSE.test(text.trim())) return true;
  if (THEN_FOUND.test(text) && !/^\W*(?:to|in order to)\b/i.test(text)) return false;
  if (isAimOrMethod(text) || THEN_AIMED.test(text) || PRESENTS_AND.test(text) || TO_THEN_WE.test(text.trim())) return true;
  // A structured abstract's label may stay inside the sentence ("OBJECTIVE This study was designed to ...").
  const unlabelled = text.trim().replace(/^(?:AIMS?|[A-Z]{4,}(?:\s+(?:AND|[A-Z]{4,}))*)\s*[:.]?\s+(?=[A-Z][a-z])/u, '');
  // A connective before the method ("Therefore, we screened eight kindreds ...") leaves it a method.
  const bare = unlabelled.replace(CONNECTIVE, '');
  return PURPOSE.test(unlabelled) || STUDIED_PASSIVE.test(unlabelled) || (bare !== unlabelled && isAimOrMethod(bare.charAt(0).toUpperCase() + bare.slice(1)));
}

// Words that join a sentence to the one before without changing what it states.
// A study named before its authors' verb ("In a preliminary observational study, we explored whether ...") opens the
// aim as "In this study" does.
const CONNECTIVE =
  /^(?:therefore|thus|hence|accordingly|consequently|subsequently|then|next|first|second|finally|here|to this end|for this purpose|in (?:this|the present|the current|our) (?:study|work|paper|report)|in (?:a|an|this|our) (?:[\w-]+ ){0,4}?(?:study|trial|analysis|cohort|series|survey|review|investigation|experiment|audit)(?= ?, ?we\b))\s*,?\s+/i;
