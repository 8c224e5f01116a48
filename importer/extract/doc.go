// Package extract finds actors, contacts and quotes in the cleaned text of one article with
// rules: patterns over sentences, a gazetteer of offices, countries and organizations, and
// in-article coreference. It knows nothing of the database; resolution across articles is
// the importer's job (with names.Key and names.Surname).
//
// # Use
//
//	x, err := extract.New()          // parses the embedded data once; safe for concurrent use
//	res := x.Extract(extract.Input{Text: cleaned, Published: "2022-02-01"})
//	pub := x.Publication(rawBody)    // a publication date from a dated top line, or ""
//
// Offsets in every Span are rune offsets into Input.Text, End exclusive, so that SQLite's
// substr(text, start+1, end-start) returns the span.
//
// # How it works
//
// The text is cut into tokens (abbreviations such as "U.S." and "Gen." stay whole, but
// not a title's short form that ends a name before a full stop, "met Hun Sen. The two",
// nor a month's, "Dong Jun.": tokens.Tokenize,
// possessive 's is split off), sentences and clauses; a sentence of more than
// maxSentenceTokens (a page that lost its full stops, a flattened table) is cut at a comma,
// and searches back for a pronoun's person stop after maxLookBackSentences, so that the
// work on hostile text stays linear in its length (BenchmarkHostile). The gazetteer marks offices,
// countries, demonyms, organizations, ministries and known actors; capitalized runs
// around them become person mentions when a title, office, apposition, first name or
// speech verb vouches for them; a run in capitals is a name only where the article prints
// the same words in mixed case ("PRESIDENT ELENA VARGAS met", mentions_shouted.go), and
// takes that form, or a known actor's ("PRESIDENT JOE BIDEN"). Mentions are merged into actors (full names by names.Key,
// bare surnames to the article's person with that surname (of two, after a title, the one
// that title or its gender picks: "Dr. Nelson", "Ms. Ferrante": titledSurnameOf) or to a
// known actor, "the
// Russian president" to the holder of the role, "the NATO chief" / "the U.N.
// secretary-general" to the person named before as that international body's head
// (actors_org_heads.go), "he" to the sentence subject (not a possessor whose relative a
// name set off by commas follows, "Berg's brother, Tomas,": possessorOfNamed; of a sentence
// whose subject is the words just quoted, "His comments came after X visited", the last
// speaker: remarksOpen) or last
// speaker ("he added", "she continued" to the last speaker when no sentence since has a
// subject or a speech verb: words class continuation; "he" opening a subordinate or
// relative clause, "a letter signed by X, in which he said", to the one person its
// subjectless sentence names before it; "he" after an opener of a stay, "During the visit, he
// met Y", "While in Tokyo, she met Y", to the one whose journey the sentences just before
// told, not the last to speak, and after a host's "X welcomed Y to Tokyo", "Y was received by
// X" or "X met Y, who is on a three-day visit", to the guest Y, not the host: actors_traveller.go
// guestIn), "the Norwegian", "the Russian diplomat" and "the U.S. diplomat" (a country's short form
// before a person's noun: servingNoun; before a speech verb) to the person
// of that country named last, "him"/"her" right after a contact verb ("Biden met him at the White House") to
// the person the sentences before speak of, never its own clause's subject, "the official" / "the ministry" / "the statement" to the organization named
// before). Quotations are attributed by the speech verb after or before them (the one before
// when only it touches them: `when he said, "...," and that, as Y said,`); single marks
// that end their paragraph after a word, with no full stop, are a headline's and no quote
// (quotes_headline.go). Contacts are
// read as frames (a contact word, its participants, mode, tense, date, place) and merged:
// frames of one contact become one Contact ("the two" with a named object after the contact
// of two told before is one contact of the three: "X welcomed Y. The two later held talks
// with Z"), "they" with a named object after persons listed
// at the head of the clause or sentence before is that list ("A, B and C travelled to Kyiv,
// where they met Z": one meeting of four), "their talks" in a sentence-opening adverbial
// is the talks of the persons the main clause opens with, dated by the day told with them
// ("At a news conference after their talks on Tuesday, X and Y said", and "the talks"
// there, not opening the sentence, "At a news conference after the talks on Tuesday, X
// and Y said": contacts_participants.go theirInOpening), pronoun pairs ("they", "the two leaders")
// and anaphors ("Tuesday's call") attach to the contact they refer to (before any
// contact, "the two envoys" are the two persons of the previous sentence, one of them
// who may report there of the other, "X said that Y had been a reliable partner. The two
// spoke by phone", but no spokesperson: contacts_pairs.go speakerPair; "the two" told,
// undated and in the same medium, to do more right after a contact of theirs, "The two
// ministers are going to hold a joint press conference", is that contact, not one more).
//
// # Data files (lexicon/data/, embedded)
//
// All are UTF-8 text; lines starting with # are comments; fields are tab-separated and
// lists inside a field are |-separated.
//
//   - countries.tsv: CODE, names and short forms, demonyms (the first is the adjective used
//     to name ministries). All-capital forms (US, UK) match case-sensitively.
//   - offices.tsv: the one table of offices: canonical role, variants (case-insensitive,
//     "{dem}" stands for one country word), the country the office implies, its family
//     (counterparts across countries: foreign, defense, military, leader), flags (ref, generic, org-chief, org-prefix,
//     national, plural-family) and plural forms ("foreign ministers"); "{office}" in a variant
//     stands for the office of any other row, so that an aide's title built on a
//     principal's, "Senior Adviser to the Prime Minister X", "Chief of Staff to the President
//     X", is the aide's office and never the principal's (lexicon.Match.Principal). lexicon/offices.go answers
//     every question the rules ask of an office from it.
//   - orgs.tsv: canonical name, kind (government, military, international, media, group),
//     country, aliases. Media are sources but never parties to a contact. A name printed as
//     "the" and lower-case words only, "The economist said", is no match (lowerAfterArticle).
//   - ministries.tsv: canonical ministry, variants; named "<adjective> <canonical>" after
//     the country before or after it ("Russia's defence ministry" -> Russian Defense
//     Ministry; "Israeli police" -> Israeli Police).
//   - people.tsv: well-known actors: name, role, country, aliases (bare surnames only when
//     distinctive).
//   - firstnames.txt: given names (and family names written first, as Chinese and Korean
//     names are) that vouch for a capitalized run being a person. A bare given name
//     resolves to the one person of the article who has it ("Getachew", "Abiy").
//   - stopwords.txt: capitalized words that never belong to a person's name.
//   - words.tsv: the closed word classes the rules read (speech and judging verbs, light
//     verbs, past contact verbs, status cues: cancel, negation, offer, proposal, schedule;
//     report, institution and organization head nouns; states: "the two countries" are no
//     pair of persons; press: journalists' titles, no party to a contact; female, male:
//     titles, role words, given names, particles of descent ("bin", "bint") and nouns of
//     kin in an apposition ("X, the first woman to ...", "X, the son of ...") that tell who
//     "she" or "he" may be; female-ending, male-ending: endings of family names that languages
//     inflect for gender, "Sarsenbayeva", "Kowalski", read when no title, role or given name
//     tells (actors_gender.go); utterance:
//     statements, addresses and posts whose issuer a quoted sentence after them is; remark,
//     remark-verb: "X made the remarks" after a quoted sentence gives its speaker; stance:
//     "Karimov disagreed." before a quoted sentence gives its speaker; refusal,
//     closing: verbs a negation turns into a possibility ("would not refuse", "closed the door
//     on"); past-light: "held", "had" before a contact noun; trip, trip-bound: "began a visit
//     with a meeting"; trip-made, trip-plan: journeys made ("flew to Kyiv on Monday. She met
//     Y": date.trip) and planned ("announced on Monday that X would visit": no story day);
//     sequel: "There she met Y" goes on with the sentence before; group: "the leaders ... they"; gathering: summits as subjects; org-ref: "the agency", "the
//     union" refer back to the organization whose printed name holds the word; title-part:
//     "Air" of "Air Marshal", no title alone; subordinate: "assistant", "deputy" before an
//     office make it a lesser one; common-ending: endings of common nouns and
//     adjectives, "-ism", "-graphic", that end a person's name run (not a given name of
//     firstnames.txt, "Felicity"); discussion: words whose
//     object is what is talked of, "discussed the upcoming summit", "preparations for the
//     G7 summit", a gathering that is then no contact (contacts_frame_scope.go); state-body: "the Polish
//     foreign ministry", "the Israeli military", whose spokesperson serves that state;
//     post-opener: "Delighted to meet X", "Good to speak with Y", the subjectless opening of a
//     leader's quoted post, whose writer is the party: contacts_first_person.go; turn-asker:
//     words of a transcript's speaker label whose turn is no actor's, "Q:", "MODERATOR:",
//     "X, HOST:": mentions_speaker_label.go; occasion:
//     receptions and meals where a contact told before them was held, "met Y at a reception
//     hosted by C": contacts_side_parties.go; gather: "a trilateral meeting", "a conference
//     call with A and B", one contact of all, not one each: contacts_split.go;
//     another-sitting: "The two will meet again", one more contact, not the sitting just
//     told: contacts_merge.go; contact-ordinal: ", their second call this month", the
//     contact just told: contacts_frames.go; pair-noun: "the leaders", "the two ministers",
//     and the end of a plural office after "the", "the foreign ministers", the pair of the
//     contact told before: contacts_joins.go; counted-contacts: "held calls
//     with A and B", a call each: contacts_split.go; duration: "a lengthy meeting", "an
//     hour-long call", beside span and count: contacts_objects.go; plan-filler: "was
//     originally scheduled to meet", a plan told in the past: contacts_date_tense.go;
//     future: "will", "next", the schedule cues no past auxiliary takes; interpreter: "with
//     interpreter X", in the room but no party: mentions_press.go; state-noun: "President
//     of the French Republic X", no name: mentions_namewords.go; visit-purpose: "called on
//     X to discuss trade", a visit, not an appeal: contacts_trigger_checks.go; persons-own:
//     "May's office said", May a person, not the month: mentions_namewords.go; royal: "King
//     Salman", "Sheikh Tamim", a royal named by the given name: mentions_person_words.go;
//     invited-to: "invited X to visit", "for talks", an invitation to a contact:
//     contacts_trigger_checks.go; plan-ahead: "expected the next round in early March", a
//     time ahead, no story day: contacts_storydate.go; season: "in the spring of 2019", a
//     time, not a place: contacts_measures.go; membership: "The delegation included A and
//     B", the group's members: contacts_groups.go; occasion-kind: "hosted X for a working
//     dinner", the contact's meal: contacts_details.go; near-contact-noun: "host a
//     meeting", "online talks", a contact noun close after a word it changes:
//     contacts_modes.go; sitting-noun: "joined by C for an expanded meeting", in person,
//     but "a conference call" by phone: contacts_modes.go; in-person-medium: "in person",
//     "face to face", a meeting: contacts_modes.go; welcoming: "hosted him to breakfast",
//     "him" the guest: mentions_refs.go; object-contact: "met him at the White House",
//     "him" the other party: mentions_refs.go; finite-verb: "met A, and B flew to Kyiv", B
//     a subject: contacts_lists.go; convening: "X hosted the meeting" told after it, one
//     more party: contacts_present_at.go; interview-kind: "for an exclusive interview", no
//     contact: contacts_interview.go; year-part: "in late 2019", "at the end of 2019", a
//     time other than the story's day: contacts_storydate.go; era, era-owner, take-office,
//     office-taken: "during the pandemic", "at the start of the war", "shortly after
//     taking office", a time other than the story's day: contacts_date_background.go; time-ahead: "later today",
//     "tomorrow", "next week", a time after the present: contacts_date_tense.go; order-verb:
//     "followed", "came" (a day after), a contact noun's verb that sets it beside another
//     event: contacts_order_verb.go; doubt: "doubt that X would meet Y", a contact talked
//     of, proposed; met-halfway: "agreed to meet Y halfway", a compromise, no meeting:
//     contacts_triggers.go; unanswered: "called Y but got no answer", "left a message", a
//     call tried, not held: contacts_unreported.go; instruct: "told Y to meet Z", asked
//     for, proposed: contacts_status.go; home: "had dinner at Y's residence", a meal Y
//     hosted: contacts_meal_host.go; session-body: "after the cabinet meeting", the body's
//     sitting, no contact of the persons told with it: contacts_body_session.go;
//     impersonate: "a prankster posing as X", "claiming to be X", X no party:
//     contacts_participants.go; rounds: "six rounds of talks", several sittings summed up:
//     contacts_frames.go; group-pair: "the two teams met", no pair of persons:
//     contacts_joins.go; phrasal-speech, speech-particle: a verb and its particle that close an
//     attribution, `," Berg shot back.`, `," she went on.`: quotes_attribution.go; person-act: "resigned", "was sworn in", what only a person does or
//     undergoes, after a name: mentions_person_words.go; intention: "plan to hold talks", a
//     plan with a light verb, scheduled, and wish: "they hope to meet Y", proposed:
//     contacts_status.go; readying: "prepared for a meeting with Y on March 14", a contact
//     ahead, scheduled: contacts_status.go; body-link: "officials at the embassy", "a
//     spokesman for the ministry", the body speaks: quotes_attribution.go; possibility: "a
//     possible meeting", proposed only a few words on: contacts_status.go; readiness: "X is
//     prepared to meet Y", "stands ready to hold talks", an offer, proposed, and reluctance:
//     "X is unwilling to talk to Y", no contact: contacts_status_readiness.go; hearsay: "denied reports of a meeting with Y", a denied contact:
//     contacts_status_denied.go; word-prefix: "co-", "anti-", that open no hyphenated given name,
//     "Co-op": mentions_person_words.go; own-words: "said", "added", "stressed" after an outlet's
//     reporter, "the BBC's X added that", the reporter's own words, a speaker, where "reported"
//     and "wrote" file the story: mentions_person_words.go; press-scene: "spoke to reporters",
//     "took questions", "Reporters asked X", facing the press to speak, "she said" after it
//     goes on with X: actors_references.go facesPress; pull-out: "pulled out of a planned
//     meeting with Y", "backed out of talks", a contact called off: contacts_status.go;
//     accession: "shortly after his election", a time other than the story's day:
//     contacts_date_background.go; contact-particle: "caught up with Y", "touched base with
//     Y", the particle of a verb of pattern particle-with: contacts_triggers.go): class, words.
//   - contactwords.tsv: the words that report a contact: word, pattern (the check in
//     contacts_triggers.go or contacts_group_triggers.go that reads it), mode, flags (noun, direct, weak).
//   - namecountries.tsv: CODE, kind (family, honorific), words: ruling families' names that
//     end their members' names ("Al Saud") and honorifics one country's press puts before
//     names ("Shri"), which tell a person's country when the text does not.
//
// All of them load once, in New, into one read-only lexicon (package lexicon, lexicon.Load): the rules ask it, never a list of their own.
//
// # To add X, edit Y
//
//	to add ...                                  edit ...
//	a synonym of a contact word                 lexicon/data/contactwords.tsv (copy the line of the word it behaves like)
//	a contact word that needs a new check       lexicon/data/contactwords.tsv with a new pattern, and its case in contacts_triggers.go
//	                                            (contacts_group_triggers.go for one that adds people or names parties in passing)
//	a speech verb, a status cue, a light verb   lexicon/data/words.tsv (the class's line)
//	an office, its variants, plural, family     lexicon/data/offices.tsv (one line; flags ref, generic, national, plural-family,
//	                                            org-chief, org-prefix)
//	a country, demonym or short form            lexicon/data/countries.tsv
//	an organization, its aliases                lexicon/data/orgs.tsv
//	the office a seat of power's head holds     lexicon/data/orgs.tsv (head field: "the Kremlin chief")
//	a well-known actor                          lexicon/data/people.tsv
//	a given name                                lexicon/data/firstnames.txt
//	a word that is never part of a person's name lexicon/data/stopwords.txt
//	a ruling family's name, a national honorific lexicon/data/namecountries.tsv (they tell a person's country)
//	a new rule name                             the code, the rule list below, and ruleExamples in rules_test.go
//	a title word (honorific or rank: Mr., Gen.) lexicon/data/words.tsv (class title)
//	a helper a stage needs                      that stage's files; an earlier stage's if several need it (stages_test.go)
//	a new word class                            lexicon/data/words.tsv, its constant and its name in wordClassOf in
//	                                            lexicon/classes.go, and a line in the words.tsv list above
//	a case to see why a row is (not) made       run hotline explain FILE (Explain in explain.go)
//	a party-set convention (who is a party)     a case in TestContactPartySets (its doc lists the conventions)
//
// # Stages
//
// The file tree is the pipeline. Extract (extract.go) runs the stages in order; each stage
// reads what the stages before it left and never uses a later one: a file of a stage may
// use its own stage's declarations and those of earlier stages only
// (TestStagesUseOnlyEarlierStages in stages_test.go checks it).
//
//	tokens/         tokenizer (rune offsets; "U.S.", "Gen." stay whole) and quotation spans
//	lexicon/        the read-only lexicon: data/ loaded once by lexicon.Load; phrase matching,
//	                word classes, offices and every question the rules ask of them
//	trace/          the decisions Explain records: rule names made or refused, and why
//	scan.go         one article's working state (tokens, sentences, matches, mentions, dates,
//	                parses); each stage fills in its part
//	text_*.go       1. text: Input.Text -> sentences, clauses, page furniture, quotations,
//	                date expressions, the parse of sentences that may hold a contact
//	mentions_*.go   2. mentions: sentences -> []mention (names, offices, organizations,
//	                references) with the rule that vouched for each
//	actors_*.go     3. actors: []mention -> resolver (coreference: every mention to its actor)
//	quotes_*.go     4. quotes: resolver -> []Quote (quotations and their speakers)
//	contacts_*.go   5. contacts: resolver -> frames (contact word, parties, mode, status,
//	                date, place) -> []Contact
//	build.go        the actors, quotes and contacts -> Result (result.go; Mode, Status and
//	                Kind in kinds.go)
//	explain*.go     Explain: the same stages with a trace.Tracer, shown sentence by sentence
//	sets.go         small helpers on sorted index sets, for every stage
//
// The sentences with a contact word are parsed (tags and a dependency tree, package
// importer/parse; text_parse.go maps its tokens onto the extractor's) when a contact rule
// first asks for them, with one model per Extractor loaded on first use; Explain prints
// their trees.
//
// # Rule names (Span.Rule)
//
// Before tokens: a quoted nickname printed inside a name is blanked (nicknames.go
// blankNicknames) and explain notes it as a person decision of the name's sentence:
// name.nickname (the marks and the nickname go, `Ramoncito "Bong" Villaflor` reads
// "Ramoncito Villaflor", a later bare "Bong" is that person), name.nickname-known (the
// nickname names a known actor, "Lula": only the marks go), name.nickname-alias (nickname
// and family name are a known actor's alias, "Bongbong Marcos": the given name goes too).
//
// Actors: actor.known, actor.title-name, actor.honorific-name, actor.name-apposition (a
// description of a person before the name set off by a comma, "the opposition
// front-runner, X," "the best-known activist in the country, X," (mentions_affiliation.go
// describedBefore), a given name alone set off by
// commas after a possessive and a noun of kin, "his brother, Tomas," (kinNamed), a list of names after a
// plural noun of persons, "two Kenyan nationals, X Y and Z W," (listedAfterPeople), a
// description headed by a noun only a person is, "X Y, an Australian woman and former
// teacher," (describedAfter), or a description after the name, set off by commas, brackets or dashes, after an age or told
// by a copula, a relative clause or a verb of heading: "X, Turkey's foreign minister,", "X,
// 54, the Slovak ambassador,", "X (Czech ambassador)", "X — the Czech ambassador —", "X is
// the Czech ambassador", "X, who serves as foreign minister,", "X, who as foreign minister
// met Y,", "X, who heads the Czech delegation,"; it gives the office and the country of a
// demonym, of "of Y" or of an office served, "adviser to the Czech president", never of an
// ambassador's host; "a Czech diplomat" (class serving) and "head of the Czech delegation"
// give the country, "a China analyst" none, and a copula gives a country only with an office
// or a post, "X is Russia's enemy" none; "He is the Czech ambassador" outside quotations
// gives the office to the person "he" stands for if they have neither office nor country:
// actors_pronoun_office.go),
// actor.acronym (the capitals a text gives a person in brackets after the full name,
// `Khalid Sheikh Mohammed ("KSM")`, "Viktor Orlan (VO)", if they spell the name's initials:
// each later use is that person; the quoted one in brackets is no quotation,
// actors_acronyms.go), actor.title-initials (an acronym no gazetteer knows that speaks and is the initials of
// the last words of a title printed before a person's name: "Foreign Affairs Cabinet
// Secretary X ... the CS said" is X, the person named last so titled;
// mentions_title_initials.go), actor.first-name (also a given name of two syllables a
// hyphen joins, after the family name: "Kwok Wai-keung", "Moon Jae-in": syllabicGivenName), actor.name-said (also past a
// description of a person between commas, "X, the lead author, said", or the body the
// person works for, "X of the Institute for Security Studies said"; and actor.name-apposition
// for "X of the Center for Y, who told VOA": mentions_affiliation.go), actor.listed-name (an unproven run a comma,
// "and" or both join to a person's full name: "Rem Koolhaas, Elia Zenghelis, and Bernard Tschumi"),
// actor.name-recurs (an unproven run of two or three words whose surname alone recurs at
// least twice in the article: "meeting Odera Mwangaza ... a photo-op with Mwangaza ... the
// Mwangaza administration", a line that is the surname alone, a menu's "Brownies", not
// counted; never, with actor.name-said, one the article also prints alone
// after a preposition of place, "Considering Socotra ... in Socotra": words class locative,
// or after "the" with a possessive or punctuation after it, "the Pirates'" (theThing),
// nor a run with a word the article prints in lower case, "Kestrel Rangers ... park rangers"; nor a run
// opening its sentence with a word no given name capitalised only for that, an -ing form or a
// word the article prints in lower case: "Describe Einstein", "Open Educational Resources"), actor.said-name, actor.name-met (a name right before a contact verb or right after a
// direct one: "Tiemoko Kone met", "spoke with Bakary Traore"; also the second of two
// parties, "a meeting between Trump and X Y where", "met A and X Y"), actor.name-acts (a run
// of two or three words before what only a person does or undergoes, "X Y resigned", "X Y was
// sworn in": words class person-act, personActs), actor.country-name (one
// capitalized word after a country's possessive that speaks or meets, "Russia's Volkonsky
// said", "Colombia's Petro spoke by phone": a person of that country; the article's person
// of that surname, else the one well-known person of that country by it, knownByCountry,
// else the one the importer knows by it, Input.Known), actor.surname (also a word that is usually a month, where the
// article named a person with it after a first name or a title: `," said May.`, "May's
// office said"; and any function word after a title and a given name, "Speaker Anita
// Among", where the article prints that name at the end of a clause: titledStopSurname;
// never a word the article also prints alone as a place, "in Valbonne", to a run no given
// name, title or list vouched for, "HarbourWorks Valbonne said": weaklyNamed),
// actor.headline-surname (a capitalised word used as a name that no person of the body
// has for a surname, when the article's own headline names exactly one person in full
// with it, a given name the lexicon knows opening the name or the headline being the name
// alone: "Elena Marsh resigns as trade envoy" over "Marsh said", "Born in Leeds, Marsh
// went"; briefs and profiles print the full name only there. An honorific or an office
// and the surname, "Mr. Marsh", goes so too when the headline names no one after an
// office: headlineNamed, titleNames; actors_title_holder.go, actors_title_names.go),
// actor.known-surname (a capitalised word used as a name that no person of
// the article has for a surname, when the importer knows exactly one person by it, named
// in full by another article: "Vautrin and Tarasov spoke again", Input.Known,
// actors_known_surname.go), actor.known-name (so is a capitalised run of two or three
// words no given name of the lexicon vouches for, that is the full name of the one person
// the importer knows by it: "Tamsk Oduya and Volkonsky met"), actor.org,
// actor.role-reference also reads "The President" whose holder the text never names as the
// person the article's headline names with that office, as readouts print their principal
// ("Readout of President X's Call with Y" over "The President spoke today with Y",
// "Readout of Prime Minister X's call" over "The Prime Minister spoke to Canadian Prime
// Minister Y": a reference never stands for a person first named after it in its own
// sentence, namedOnlyLater; the headline's office may be printed in any variant, "PM X
// Y meets Z"; and an office and one word the body names no one by, "President Y met Z",
// "His Majesty King X met Z", "Mr. Y met Z", is the person the headline names in full
// after that office (any, after an honorific) with that surname, or given name after a
// royal title or one the lexicon knows, "President X Y hosts Z", "King X Y of Jordan
// receives Z": headlineNamed; actors_title_holder.go);
// actor.role-reference also reads "the Amir" with no name after it as the emir, as Gulf
// agencies print the office ("His Highness the Amir said"; "Amir Sheikh X" and "Kuwait's
// Amir X" are the office before a name, offices.tsv), never the given name Amir.
// actor.seat-head ("the Kremlin chief", "the Pentagon chief said": a seat of power named for
// its head is the holder of the office orgs.tsv's head field gives it, in its country,
// named in the story, as "the Russian president" is; with none it stays the body's:
// actors_org_heads.go seatHead),
// actor.ministry (a ministry named without its country that speaks, "the Foreign
// Ministry said", "a Foreign Ministry spokesman said", is the country's of a wire dateline,
// "ATHENS, March 10 -", the text's or the one the cleaner cut off (Input.Dateline), unless the sentence names another country after it; "a ministry
// spokesman said" refers back like "the ministry"), actor.shared-body (country words
// coordinated before one body noun each name their own body: "the Afghan and US military",
// "the Russian and Chinese foreign ministries"; no alias), actor.role-reference ("the former president" only for one the text
// called former; an office printed as an acronym that stands alone, as releases use it:
// "Later, COAS met X", and among several holders of its office the one whose title was
// printed in the words it abbreviates, "External Affairs Minister X ... EAM called on", or
// in its own words, "Premier Li ... Prime Minister Y ... the premier said": Li;
// actors_office_printed.go; "the visiting minister" the guest a host received or who
// arrived: actors_visiting_holder.go), actor.epithet (a description that opens its clause as subject, "the
// nationalist leader", "Later in the day, the Scottish leader will meet", "The 35-year-old
// lawmaker spoke": with no holder of its office, the person the sentences before speak
// of, as "he"; with capitalized modifiers, the person the text introduced with them,
// "Scottish First Minister X"; a seat of government before "leader" gives its
// country, "the Kremlin leader" is the Russian one: seatBefore; words class epithet, also an age as a noun, "the
// 71-year-old", and right after a quotation, `," the lawmaker said`; never one named before when an indefinite
// phrase with its noun introduced an unnamed person just before, "A Western diplomat said
// ... `," the diplomat said`: actors_unnamed_speaker.go indefiniteBefore; and a trip that opens its sentence
// saying what it holds, "The visit included talks with X", is its traveller),
// actor.described-as (a noun of expertise, words class expert, as a quotation's speaker,
// `," the researcher said`, `," said the professor`: the person named last whom the article
// described with it, "researcher with Human Rights Watch X", "X, a professor at Y,", else no
// one: mentions_described_as.go, actors_described_as.go), actor.pronoun ("he", "she": gender from titles, given names or the
// pronouns right after the name or in an aside after it, "X said his", "X, in her speech,
// said", or in an opening phrase that leads to it,
// "In her first speech, X said", or "She said" opening the sentence after one where the
// person speaks and no other is named, "X said ... . She said" (nextSentencePronoun); "he met X" after a spokesperson's
// quotation: the nearest earlier subject that is no spokesperson; "he" inside a quotation
// is never its speaker, who says "I" (`Okyere said: "He told me ..."`: the subject before
// that is someone else, else none; actors_quoted_pronoun.go); with no subject or speaker near it,
// the last person mentioned within five paragraphs (lastPersonReach), else none; the one
// person a sentence before names is not "he" when "His" opens that sentence ("His best-known
// role is X. He ...": possessiveOpens); none after a private person its sentence leaves
// unnamed before it, naming no one, "placed in front of a monk so he can", "my child ... when
// he can" (words class private-person; actors_unnamed_antecedent.go); a name after one noun of a
// person that opens its sentence with a determiner or possessive is its subject, "His father
// X said he", "The lawyer X said" (describedOpening); "she" goes to a woman named before
// rather than to a subject of unknown gender, as women named are fewer, unless that subject
// spoke there ("On Sunday, X, who ..., told", "X welcomed the plan and said", "she told
// reporters", or in a sentence with no subject, ", the U.N.'s X said": spokeLast), or faced
// the press as its subject or in a sentence naming no one else ("X spoke to reporters after
// talks with Y", "X gave an interview", "Reporters asked X": words class press-scene,
// facesPress), or was asked, "Reporters asked X about Y's remarks", "Y asked X about it"
// (askedIn, asks), or told a view naming no one else, "X defended the plan", "X
// disagreed" (words classes judging and stance, judgesIn); "the latter": the person named last; "the
// general said", "the former general told": the person last named "Gen."), actor.demonym ("the
// Norwegian said", "the Russian diplomat told", "the U.S. diplomat said": the person of that
// country named last; mentions_refs.go), actor.counterpart ("her counterpart said", `," said Lavrov's Turkish counterpart`,
// "his Turkish counterpart told": the person "her" stands for, then the last person named
// before of another country, of that country when the words give one, in an office of the
// same family or none told; with none before, "his Slovak counterpart said" before the story
// names him, the one person of that country in the owner's office family named anywhere, none
// when two are; actors_counterpart.go), actor.org-reference ("the agency", "the
// union": the organization whose printed name holds the word; "the firm", "the company": the
// business the article named as one, "the law firm X"; "the bloc", "the watchdog": the
// international body named last; modifiers may stand before the head when it speaks, "the
// militant group said", "the UN nuclear watchdog said"), actor.official (an unnamed official no
// body names who speaks, "a senior official said", is the body, no news medium, that spoke in
// the two sentences before: bodyOfBareOfficial),
// actor.administration-official, actor.country-official (an unnamed official of a country
// speaks for its government, defense ministry or armed forces: "a senior Turkish military
// official"; the body is an actor only when quoted), actor.org-reference, actor.statement (also "the report
// said": the organization named before that is not a news medium; with no statement
// named before, the organization that spoke in the two sentences before; "Tusk's draft
// says", "the consortium's report stressed" is the possessor's; a draft, text, document,
// declaration, letter or memo speaks like a report; a report speaks for the author an
// earlier sentence names: "the study by X", "set out by X in a draft"; "It" as the subject
// of a speech verb is the document or body that spoke in the sentences before: "It
// stresses ...", else the body that was the subject of the sentence before: "The ministry
// condemned the strikes. "...," it said."), actor.named-org (an
// organization the gazetteer does not know, headed by a noun such as Committee,
// Consortium, Academy, Center, Agency, Authority: "the International Consortium of Investigative Journalists", or an
// acronym that speaks or issues a statement: "a PMO statement said"), actor.org-acronym (the
// initials of an organization the article names in full, brackets or not: "the Center for
// Strategic and International Studies ... the CSIS report said"; an acronym that speaks
// joins that organization: actors_acronyms.go), actor.org-short-name (the first word of
// an organization's name the article gives in full, before a document noun that speaks:
// "the Pew Research Center ... the Pew report said", "As the Pew study concluded":
// actors_org_short.go), actor.named-outlet (a news medium the
// gazetteer does not know, named beside a noun of words class outlet, that is the source
// of words: "the pro-government Sabah newspaper reported", "Turkish broadcaster NTV said",
// "according to the Hurriyet daily"; mentions_named_orgs.go), actor.local-body (a public
// body named by the place it serves, which the gazetteer lacks: "Tel Aviv police said" is
// Tel Aviv Police, of the country the story is about, and the place is no person; words
// class local-body), actor.country-government (a country or its capital that speaks in a
// story naming no body of that country: `"...," Beijing said` is the Chinese Government;
// after "the Chinese foreign ministry said" it is that ministry; not Washington, which may
// be any of several US bodies: quotes_attribution.go), actor.firm-name (a
// name that reads like a person's but that the article describes as a business's at one
// of its occurrences: "the law firm Mossack Fonseca", "a law firm, Mossack Fonseca & Co.", "a partner of
// Mossack Fonseca"; or with a noun for its people, even after a given name: "met Morgan
// Stanley executives", "executives from X", "the chief executives of X": words.tsv firm-staff),
// actor.issuer (the "I" of a first-person release, outside quotations: the person its raw
// header names, "The Hon Julie Bishop MP", "MINISTER FOR FOREIGN AFFAIRS ALEXANDER
// DOWNER", a name line beside a line of the minister's office, "Senator Penny Wong" over
// "Minister for Foreign Affairs", a byline that names a well-known actor, "By Penny Wong"
// over an op-ed; Extractor.Issuer reads it, Input.Issuer carries it; without one, the signer a
// statement's headline names, "Statement from President X on ...": TitleIssuer; in a
// transcript, the briefer a header line names, "Ned Price, Department Spokesperson":
// nameCommaOffice), actor.speaker-label (a
// transcript's turns, paragraphs opened by a label and a colon, two or more, the label in
// capitals or a person's name in title case, "Vladimir Putin (retranslated):":
// the label's name is its speaker, "SECRETARY X:", "MR. Y:" when the text prints Y
// elsewhere or the lexicon knows it, the issuer for "THE PRESIDENT:" or "A:" (for "A:"
// with no issuer, the first person named in full before the first turn, the interview's
// introduction: interviewee, else the person its headline names after an office,
// "Interview: Foreign Minister X on Russia": titleInterviewee; an interview printed with no
// labels, two or more paragraphs of one question each followed by answers, has the same
// turns: questionTurns), and each
// "I" of the turn outside quotations, and "we" before a past contact verb, are that
// speaker, so that "SECRETARY X: I spoke to Y this morning" is X's contact; a label of
// words class turn-asker, "Q:", "QUESTION (Jane Doe, Example News):", "JANE DOE,
// HOST:", is no one's turn, its names no actors; no "he" of a turn is its speaker, nor of
// a release its issuer ("Today I spoke with X. He told me": X), and
// "him" after the speaker's "I" is the one person the sentence names before it
// (actors_turn_pronoun.go):
// mentions_speaker_label.go).
//
// A person the lexicon does not know takes a country from the text: a description before
// the name that opens with a demonym and ends in a noun of a person ("U.S. Republican
// presidential candidate X", words class candidacy: mentions_described_country.go); an
// office a region follows ("Special Envoy to the Middle East X": mentions_region_office.go),
// or "of" and an organization, with no comma before the name ("the Secretary-General of the
// Arab League X", the body's country: bodyOffice, which vouches for the name as the office does);
// the person whose surname stands before a spokesperson's title ("Y spokeswoman X"); a
// role reference with a country no one holds, right after a name whose office and country
// are untold ("a meeting between A and X, where the Israeli prime minister is expected
// to": actors_untold_named.go); the aide whose apposition names them ("X, head of the
// Russian Security Council and a close aide to President Y": actors_aide_country.go); the
// principal's state of an aide's title built on an office ("Senior Adviser to the Prime
// Minister X"): the demonym before the office, its own country, the government that
// published the story, else the one country of the story's holders of the office
// (principalCountries, actors_aide_country.go); a
// visit to a country before the contact word that names them ("will visit China and meet
// leader Y": actors_visit_met.go); the ministry whose staff they are ("the foreign
// ministry's X told a briefing": the ministry of that name told before with its country,
// else the dateline's: actors_ministry_staff.go); a demonym before the office of the removed photo
// caption that gives the full name ("US President Donald Y": actors_captions.go); for
// a national office holder visiting the country the story is about, a dateline of another
// country (actors_home_country.go), a lede opening with a town in capitals and its
// country ("ISE-SHIMA, Japan") among datelines, and a sea or strait named after a country
// ("the South China Sea", words class water) no mention of the country the story is about;
// when none of those gives a country, the government that published the story
// (Input.Publisher naming a country beside an office or ministry, "Australian Minister for
// Foreign Affairs (media release)"), whose country is also that of the release's signer,
// then, for national offices, the home of the national outlet that published it (a medium
// of orgs.tsv with a country, "BBC News": actors_publisher_country.go).
//
// Quotes: quote.said-after (`"...," X said` / `said X`; "X's office said" is X, and so
// are "his office said", "her spokeswoman said" (the person "he"/"she" stands for) and "a
// Biden aide said" (a known actor before a lower-case noun of staff); `"...,"
// Xinhua reported, citing Y` is Y's, but a person citing keeps the words, `"...," X said,
// citing a UN report`; `?" a reporter asked X` is no speaker (the one asked after an asker,
// words class ask or urge); `," a spokesman for the ministry, Y, said` is Y, and so are "a
// spokesman for X, Y, said" and "a lawyer for X, Y," or "an aide to X, Y," (classes
// speaks-for, unnamed, staff) before or after the quotation;
// `"...," as X put it`; after a question or an
// exclamation the splitter cut off, `"...?" X asked.`, and `"...?" X asked, inquiring
// about ...` however long; a body's definite role, "the UN chief said", is the person named
// before with that body beside the name, "UN Secretary-General X"; "her husband said"
// after "X's wife" is X; the object of a participle, `," urging X to resign`, is no
// speaker), quote.said-before
// (`X said: "..."`, "An announcement from X said", a verb the lexicon lacks between a
// name and "that", `Xinhua alleged that "..."`, "A letter from X to Y said", "X's post
// read:", "KCNA quoted Kim as saying the launch was" (after the quotation too, `,"
// RIA cited Kim as saying`), "Reuters reported that Karimov said the talks
// were" (the first telling of a sentence reports the rest, "A said B had told C that"; not
// one in a subordinate clause that opens the sentence, "Hours after X told a summit that
// ..., Y said:", nor before ", and" and a clause with its own subject, "..., and Y said:":
// Y's, nor in an aside between a subject and its verb, "Y, speaking after X told ...,
// said:", nor in a relative clause closed before the verb, "Y met X, who told ..., and
// said:": Y's; a news medium passes on the words of the one it reports, also of one that acts:
// "reported that the ministry wanted to close it because of "..."", not of one that is:
// "reported that X was "...""), "who told VOA," after X, "A readout of the call from X said"; not the
// agent of an aside ("The draft, seen by Reuters, said", "X, in a statement by his
// adviser, Y, said": X; a document whose issuer is named right before it in a relative
// clause is the issuer's: "the report cited a Mossack Fonseca memo that said" is the
// firm's), an object's apposition ("talks with his counterpart, Y,") or a
// speech verb used as an adjective ("the announced plan"), nor the subject of a passive
// verb of describing ("He has been described as "..."": words class describing), or a verdict verb: `called the deal "a sell-out"`, `denounced the
// accord as a "..."`, or its quoted object of four words or more: `expressed "deep dismay ..."`; "according to officials" after a person's verdict leaves the words
// to the person, and so does a report that tells them: `X said the questions "...," the
// report said` is X's; with no speaker before, the attribution that closes the sentence:
// `after calling it a "...", a statement from X said`),
// quote.according-to (also "in the words of X"), quote.statement (`read a statement issued by X`), quote.dash-signature (a quoted paragraph signed `— Name`, or an embedded post's `— Name (@handle) March 4, 2025`), quote.said-colon
// (a quoted paragraph after "X said:"), quote.continued (the next part of a quotation
// broken by its attribution, a following quoted paragraph, or the
// first paragraph of a quotation whose later paragraph carries the attribution, AP's run-on
// with no closing mark, before the paragraph before's speaker: `"...," A said.` / `"....` /
// `"...," B said.` is B's; each paragraph
// of a long quotation is a quote of its own, also when the later paragraph opens with no
// mark and closes one after a sentence, as copy that drops reopening marks prints it:
// tokens.QuoteSpans unmarkedClose), quote.reported-before (the attribution closes
// the sentence the quotation opens, past words that go on from it: `"..." unless steps are
// taken, Turk said`), quote.previous-sentence (a quotation that is a whole sentence after a
// sentence that reports speech without quoting, `He added that ... . "..."`, or whose
// subject issued public words, `The ministry issued a statement. "..."`: class utterance,
// or judged something, `X defended the budget. "..."`: classes judging and stance, or
// was quoted last: `"...," he said. He doubted their sincerity. "How can ...?"`, or is
// summed up in a word after an opening of speaking or being asked: "Speaking to reporters,
// X was upbeat. "..."": speakingOpening),
// quote.next-sentence (a quotation that is a whole sentence with no attribution of its own,
// whose speaker the next sentence gives: `"...." X made the remarks at ...` (classes remark
// and remark-verb), `"...." So said X`, `"...." Those were the words of X`).
//
// Contacts: contact.<word> for a contact with named parties ("contact.spoke",
// "contact.met", "contact.call", "contact.talks", "contact.joint-press-conference" (also
// "a news conference with Y", "X and Y addressed a press conference": without "joint", only
// with two named parties of different countries), "contact.alongside" ("X, speaking
// alongside Y": a joint appearance with a person of another country),
// "contact.told-counterpart" ("told his Chinese counterpart", or "told" a named person
// and "that" after the name: "Xi told Chancellor Scholz on Tuesday that"), "contact.invited", "contact.signed-by", "contact.signed",
// "contact.brought-together", "contact.video-conference", "contact.exchanged-views",
// "contact.called-on" (a courtesy visit: "called on PM Lee at the Istana", "called on the
// Prime Minister"; not "called on X to ..."), "contact.courtesy-call" ("paid a courtesy
// call on President X": a visit in person), "contact.audience" ("granted an audience to
// X", "had an audience with the Pope"; with named parties only), "contact.credentials"
// ("presented his credentials to X", "received the credentials of the new ambassador, X",
// "received the letters of credence of X":
// the ceremony is an audience of the envoy with the head of state; words class
// accrediting), "contact.witnessed-signing" ("A and B witnessed the signing of
// five agreements", "presided over the exchange of MoUs": words class ceremony; leaders of
// different countries, named), "contact.host-apposed" ("X and his host, Y, agreed", "His guest, Y, thanked him"
// after a host told before: the one "his" stands for and Y), "contact.host-named-next" ("X
// visited Phnom Penh on Wednesday. He and Cambodian Prime Minister Y agreed ...": a journey
// made to a place and no contact told, then the visitor's pronoun, "and" and a person of
// another country with no contact word: their meeting, on the journey's day;
// contacts_host_named_next.go), "contact.guest-of" ("X was
// the guest of President Y", "X, the guest of Y,": a visit in person; not "the guest of
// honour"), "contact.joined-with"
// ("Obama joined with Park and Abe on Thursday to present a united front": one contact of
// all), "contact.joined-for" ("Li joined Albanese for the annual leaders' meeting", "joined
// Y for dinner": the subject and the persons joined), "contact.joined-by-medium" ("Wong
// joined her Indonesian counterpart Sugiono by video link": a contact in that medium),
// "contact.shuttled" ("shuttled between his US and Iranian counterparts": a
// meeting with each), "contact.accompanied-by" ("will be accompanied in the park by
// Japanese Prime Minister X": a person of another country; one's own aides are company,
// no contact), "contact.at-invitation" ("At the invitation of X, Y will pay a state visit
// to China", "Y returned to China at the invitation of X": a meeting of the guest and the
// host, told with any word of the guest's journey, words class guest-journey; the
// clause's subject is the guest when the phrase comes after the journey), "contact.mediated" ("X mediated between A
// and B", "X mediated talks between A and B": the mediator takes part with both sides, one
// contact of all; "talks between A and B" with a subject are never split into one contact
// a party), "contact.bilateral" ("held a bilateral
// with X": the noun, not "a bilateral agreement"), "contact.co-chair" ("X and Y
// co-chaired the joint commission": two named chairs of different countries; ministers of
// one government chairing a committee are no contact), "contact.sat-with"
// (the parse hangs "with" a person on "sat"), "contact.on-the-phone" ("was on the phone
// with X", "got on the phone with X"), "contact.got-in-touch" ("got in touch with X", "will
// get in touch with X": not "were in touch", "keep in touch", a link that stands),
// "contact.put-through" ("was put through to X": a call the switchboard connected; not
// "put through to the final"), a verb that is no contact word but tells a call by
// its medium right after its object ("thanked X by phone", "congratulated X over the
// phone", "reached out to X by phone", "conveyed to X by phone his condolences":
// contact.thanked, contact.congratulated, contact.reached, contact.conveyed),
// a noun that is a contact only after its medium ("a telephone exchange with X", "had
// phone contact": contact.exchange, contact.contact),
// ...), contact.pair-<word> for "they"/"the two",
// contact.parse-<word> for a contact whose parties the token patterns missed and the
// dependency parse found (contacts_parse_parties.go: the subject, objects, "with"/"to"/"between"
// obliques and coordinated or apposed names of the contact word, or of the verb a contact
// noun hangs on: "X pressed Y during a phone call"),
// contact.order-verb for a contact noun that is the subject of a verb setting it beside
// another event, "The meeting followed a phone call between A and B", "The talks came a
// day after a call between A and B" (contacts_order_verb.go): the parties after the verb
// are that event's, and the noun keeps only those named before the verb (none: an anaphor),
// contact.anaphor-<word> for a frame that only referred to a contact named elsewhere
// (the evidence of a Contact is the frame that created it) and contact.joined for a frame
// that adds people to the contact told before ("were joined by C", "X and Y took part",
// "the meeting, which was attended by X and Y", ", a meeting also attended by X", "X also
// attended the talks", "X was also present at the talks", "with X also present", "met Y in the presence of X" (a meeting word before it in the sentence: not a signing or an oath in X's presence), "in talks mediated by X" (who also lends the talks the day told after it), "met ..., at talks hosted by X" (a meeting word before the noun: not "attended a dinner hosted by X"); never
// "present at the summit" nor "attended the meeting of" a body; "Sullivan, joined by C, praised ...": only
// a contact of Sullivan's; "Biden, joined by Harris, met X" makes Harris a subject). A
// relative clause of attendance right after a contact noun names its other parties, met
// together, in the frame of the noun itself: "X was at a meeting in Doha at which A and B
// were present", "X attended a dinner where A was also present", "A meeting at which A and
// B took part ended" (contacts_present_at.go).
// Any of these ends in "+sidelines" (SidelinesRule, contacts_sidelines.go) for a contact
// told as held on the sidelines, margins or fringes of a gathering ("contact.met+sidelines":
// "On the sidelines of the G20 summit, X met Y"): the importer keeps such a bilateral
// apart from the gathering's own contact.
//
// Dates (decisions of Explain; the Contact keeps Date and DateText): date.resolved (the
// contact's own date expression, resolved against the publication date in the contact's
// tense: on or before it when held, on or after it when scheduled or proposed),
// date.arranged (contacts_date_tense.go: a weekday on or after the day before
// publication, for a plan told in the past tense, "were due to meet on Wednesday", "said he
// would meet", "flew to X to meet Y on Monday" (with the day before the purpose, "flew to
// X on Monday to meet Y", the contact is held; with the purpose's own day before
// publication, "flew to X to meet Y on Monday" in a paper of Tuesday, it is held too:
// contact.purpose-past, contacts_date_tense.go dayBefore), and a contact told in the present tense,
// "meets Y on Friday"; told in the present progressive with a time after publication, "is
// meeting Y on Thursday" in a paper of Tuesday, "is calling Y later today", the contact is
// scheduled, not held: contact.progressive-ahead, contacts_date_tense.go progressiveAhead; so
// is one told in the simple present with such a time, "meets Y on Friday" in a paper of
// Tuesday, "travels to X next week, where he meets Y": contact.present-ahead; a contact
// noun no verb tells as done, with a time after publication, "the talks between X and Y on
// March 14" in a paper of March 10, is scheduled too: contact.noun-ahead; a contact a verb
// tells as held keeps its status and drops a day after publication, another event's, "held
// talks at the summit, which opens on March 14": date.held-ahead, contacts_held_ahead.go;
// words told ahead, "next month", "next week", are passed over when such a contact's date
// is read, so that the story's or the journey's day may date it, "With elections due next
// month, X met Y": date.held-ahead too, contacts_details.go),
// date.nearest (the nearest such day, for a cancelled contact),
// date.said-day (a day word in a speaker's quoted words, "yesterday", "this morning", counts
// from the day the attribution says they were spoken: `"I met Y yesterday," X told
// reporters on Wednesday` is Tuesday; contacts_date_anaphoric.go sayingDay),
// date.from-day (contacts_date_anaphoric.go: "later that day", "the next day", "on the second day (of her visit)",
// "two days later" count from the latest day told in the sentences before: "arrived in
// Geneva on Thursday. Later that day, he met Lavrov"; with none told there, "later in the
// day" counts from the lead's day, not the publication day: date.lead-day,
// contacts_date_lead_day.go; "a day after" right before a
// contact dates it a day before that day: "met Y on Tuesday, a day after she spoke with Z"), date.text-only (words that cannot be resolved, such as "last week", kept as
// DateText), date.late-words (contacts_date_year.go: a year alone, "first met Y in 2019",
// "In 2021, X met Y", "met Y last year", or a span from an event of no day told, "met Y a
// day after the vote", kept as DateText with no date, for a contact no other rule dated
// or gave words, where it opens the sentence or follows the contact word with nothing of
// another doing between; the date rules never see a year alone), date.story (contacts_storydate.go: a held contact of the lead's people, told near the
// top with no date of its own, takes the day the lead gives: "made a dash to Brussels on
// Wednesday ... after meeting Schulz", or of persons of the states that are the lead's
// subject, "Norway and Chile pledged on Tuesday ... X met Y": contacts_storydate_countries.go;
// not one told in the past perfect, "had met"; further
// down too while the text names no other time before it, no other day nor "in 2019", "in late 2019" or "at the end of 2019", and
// not occasions summed up by a count, "held three meetings"; nor when the lead's day is the
// own date of a contact of other people, "X met Y, and A and B held talks late Saturday"),
// date.nearby (contacts_date_nearby.go: a held contact with no date of its own, told in the
// sentence of another held contact's day or the next one of its paragraph and sharing a
// party with it, took place that day: "X met Y in Vienna on Tuesday. She also held talks
// with Z"; not one told as earlier, counted or repeated),
// date.perfect-lead (contacts_date_perfect.go: a held
// contact the lead tells in the present perfect with no date and no word of repetition is
// the day's news, of the publication date: "Netanyahu has met Blinken in Jerusalem").
// date.title (contacts_date_title.go: the day a headline names dates the lead's undated
// contact whose every party it names, one by name and the others by country beside a word
// of contact: "Biden, Xi hold call Thursday", "Biden, Chinese leader hold call Thursday").
// The lead's day is not the story's when it is another event's ("After Monday's attack",
// "X, who took office on Monday"); a span counts the contact's day from an event dated
// after it ("met Y a day before the vote on Sunday", "Two days after Monday's attack, X
// phoned Y"); a contact held at "the summit" (its sidelines, margins) takes the day of
// the dated gathering told before; "the meeting" told with a day up to ten sentences
// after an undated contact of its mode gives it that day, and so does "The call took place
// on Tuesday" to a contact dated only by the saying that reported it ("..., the Elysee said
// on Wednesday"); "The meeting came a day after X met Y on Monday" dates the meeting told
// before, not X and Y's contact, a day after Monday; a span of days ("from Friday to
// Sunday", "from Feb. 28 to March 2", "between May 30 and June 2") names no day, one
// within a month names the month ("between June 9 and 11", "June 9 through 11"); a season
// or a decade ("last summer", "in the spring of 2019", "in the 1990s") names none, and
// moves the text to a time other than the lead's day, which date.story then lends no more.
// A contact noun that refers to a contact named elsewhere takes no day from the verb it
// is an argument of ("But last April, the rebels pulled out of negotiations": the pulling
// out's; contacts_date_governor.go), and one of a round of meetings none from a clause
// joined after it ("met A and B, and C and D held talks late Saturday").
// A date after the contact word whose clause has a
// subject of its own dates that other event ("..., after Turkey shot down a Russian jet in
// November 2015", "met X days after he was sworn in on Monday", "met X and will travel
// to Paris on Friday", "met X, and on Friday she will address parliament"), and so does one in a
// participle clause on another verb's object ("met X to discuss the ceasefire agreed on
// Monday"; the parse, contacts_date_event.go); not a date that only names, offices and
// prepositions part from the contact word, right before the comma of a closing
// attribution ("had talks with Y on Tuesday, the Kremlin said": the contact's, whatever
// verb the parse hangs it on). A date after words that tell another event
// before or some time after the contact ("ahead of the vote on Sunday", "a week after the
// election on March 3", "Ahead of Sunday's vote") is that event's (contacts_details.go,
// word classes precedes, follows and span); a saying's date dates a contact the saying
// followed ("told reporters on Wednesday after meeting X"), but not a plan it announced,
// fronted or not ("On Friday, the Kremlin said X will meet Y": contacts_date_fronted_saying.go),
// and a gathering's date the
// contact it hosted ("met X on the margins of the G20 summit, which opened on Saturday").
// A contact told again as an earlier occasion ("The two first met in Paris in November"),
// in the past perfect after one told plainly ("They had met in Paris in November"), or as
// unnamed talks set apart by a word of order ("their first meeting since talks in
// January") lends no date to the contact of the story (contacts_details.go,
// contacts_building.go).
// A day of the month told by its ordinal alone ("on the 3rd") is of the month of
// publication, or of the month before or after it by the tense (importer/dates); "last
// evening" is yesterday, "a fortnight ago" 14 days back, and "the night before" counts a
// day back like "the day before"; a date printed with a no-break or narrow space ("20
// February") is found as with a plain one. A year told of a contact recalled as an earlier
// occasion ("The two first met in Bali in November 2022", "had met") does not run on to
// the days told after it, as a plainly told one does ("On December 7, 2021, ... They
// spoke again on December 30"); nor does date.nearby lend the day of such a contact. A day
// fronted before a subject that a relative clause follows dates the main clause ("On
// Tuesday, X, who had spoken to Z on Sunday, met Y"), and a day the parse hangs on a
// clause of another event before the contact word ("On Tuesday, after arriving in Jakarta
// on Monday, X met Y") gives way to the contact's own day (noted date.earlier-clause;
// with none it still dates the contact). Of two dates left after these rules, the nearest
// gives way to one the parse hangs on the contact's own predicate (the contact verb, or a
// contact noun and the first verb above it) when the nearest hangs on another verb ("X will
// travel to Rome on Friday, days after meeting Y on Tuesday": Tuesday; noted
// date.own-predicate, contacts_date_attach.go). date.trip (contacts_date_trip.go) also lends the
// day of any doing of a participant told in the sentence right before, in its paragraph,
// to a contact that goes on with a pronoun ("On 20 February, X addressed parliament. She
// also met Y"); the day of a contact told just before (date.nearby) is tried first. The
// made-up battery of these idioms is TestContactDateIdioms.
// TestEveryRuleHasACase fails when a rule listed here has no example that fires it.
//
// Two clauses joined by "and", each with a subject of its own and a contact verb, "X met
// Y in Paris, and Z met W in Berlin", are two contacts, not X's with Z and W
// (contacts_clause_split.go: the parse's coordination, or past contact verbs on both
// sides of one name when the parse misreads it). A relative clause between two
// coordinated subjects, "A, who arrived in Jakarta on Monday, and B held talks", leaves
// both the subjects of the verb after it (relativeCoordinated).
//
// Several named parties: one subject with several objects ("met A, B and C", "held talks
// with A and B", "phoned A and B") makes one contact per object, a visitor's round of
// meetings, unless the words join them: a host ("hosted A and B"), a summit, a meal, a
// signing, a video call, a "conference", "group", "joint" or "trilateral" contact, a
// plural noun before the list ("sat with US envoys A and B"), a possessive that ties an
// object to the one before ("Biden and his deputy Harris"). Parties on both sides or
// listed together are one contact of all ("talks between P, Q and R", "A and B met Z",
// "joined a video call with A, B and C", "where M and N also joined them", "A and B flew
// to X, where C will host them", "A and B met, hosted by C"); cues keep any list apart
// ("separately", "separate bilateral meetings"; "A and B, speaking separately," with no one named is none; "both", "respectively", "then", "later", a
// date or place per party, a "where" clause after several countries). A subject that is unnamed never makes a contact of its
// objects with each other. Parties may be described ("the Russian and North Korean
// leaders" are the article's leaders of those countries; "the foreign ministers of A, B
// and C" also the persons listed just before, when their number and countries fit; "the
// foreign ministers of the four countries" the persons of as many countries the sentence
// before or after names, when they are that many: describedCount; and so
// are the names after "The Rwandan and Burundian foreign ministers," one by one:
// mentions_distribute.go) or
// named by a hyphenated compound of their surnames ("the Biden-Xi meeting",
// contacts_hyphen_pair.go) or named in the next sentence
// ("X and opposition leaders held talks. The delegation included A and B."), and "the two
// prime ministers held talks" before any contact is the two persons the next sentence
// names side by side ("A and B agreed ..."). "The two leaders discussed ..." with no medium named, right after
// a sentence of its paragraph where one of them arrived, flew or travelled, is a meeting
// (arrivedBefore); and talks that name only the host right after a sentence whose one
// other person made the journey, "X arrived in Addis Ababa on Sunday. Talks with Abiy
// focused on ...", "Y gave him a welcome before talks", are the visitor's with the host
// (visitorBefore; with the host as the noun's object or "him"/"her" before it, so "chaired
// a cabinet meeting" takes no visitor). Other
// contact words: "invited X to visit" and "accepted an invitation" (proposed, a contact
// of its own), "requested", "proposed", "sought" or "offered a meeting with Y" (words.tsv
// initiating: its subject is the other party, as of a light verb; so of "cancelled",
// "postponed", "called off talks with Y": class cancel, cancelling), "was granted an audience
// by X" (the agent of a passive light verb is a party), "signed by X and Y", "was received by X", "received a delegation headed by X" (its head is the
// party), "X, whom Y met" (the parse), "received a U.S. congressional delegation led by
// X" (words before the delegation say whose it is), "talks ... attended by" persons of
// several countries with no contact told before to join (contact.attended-by: theirs;
// so is "A, B and C attended the trilateral meeting", no gathering: attendedTogether),
// "was joined by A and B at a meeting" (one meeting of all), "called up X", "greeted", "and again on
// <date>" (a second contact); "since <date>, when they met" and "last visited ..., when
// he met" are earlier contacts than the one reported; "has not spoken to X since the
// call" is none, but the call it counts from was held, between the same parties; "A and
// B discussed X when they met in May" is the May meeting; a person who "attended the
// summit" is no party to it. A contact noun in a fronted adjunct with no determiner, "a"
// or "their" is the main clause's subjects' ("During talks on Tuesday, A and B agreed"),
// not the contact told before; "X began a visit to China with a meeting with Y" (opened,
// ended, wrapped up a trip or tour) is the visitor's, and so are talks a verb of
// trip-bound in the past opens or closes: "X ended two days of talks with Y", "began talks
// with Y" (not "launched talks between A and B": A and B's).
//
// A leader's own words quoted over several sentences, the speaker named only after the
// last, tell the speaker's contact in the first person ("I met X this morning. ...," he
// wrote) or with no subject, as posts do ("Had a good call with X", "Spoke with my friend
// X", "Delighted to meet X"): the speaker is a party, unless a spokesperson or press
// secretary, whose "we" is their principal's; a speaker's quoted "we" after their contact
// is that contact's pair, as "they" is, and never a pair without the speaker ("I had a
// call with X. We will meet soon," Y said: a meeting of X and Y, scheduled)
// (quotedAuthor, spokesperson; an embedded post outside quotation marks is its writer's
// whom the signature line after it names with the account's handle, "— X (@handle) March
// 4, 2025", at the end of its paragraph or as the next one, and its "today" or weekday
// counts from the signature's day: postAuthor, postDay, contacts_signed_post.go;
// contacts_first_person.go); such a post right after the contact it retells, with the
// same parties and no day of its own, is that contact, whatever medium it names. Likewise
// a live blog's entry under a time stamp with a day and month (Input.Stamps, from the
// cleaner: "Tue 4 Mar 2025 18.05 GMT") dates its "today" and weekdays from that day; under
// a stamp with a time only, from the publication day (entryDay).
//
// A person "(also) present at", "attending" or "taking part in" the meeting with Y right
// after a meeting of Y was told, on no other day, is one more party of that meeting, not
// a second one with Y (joinsToldMeeting, contacts_present_at.go); so is who "hosted the
// meeting" or "joined by phone" right after it (hostsNoun, joinedByMedium).
//
// A contact noun told only as the time of the contact before it in its sentence, between
// the same parties in a mode that agrees ("held talks on Monday, a day before their
// formal summit", "ahead of their summit on Tuesday"), is no second contact
// (contacts_reference_point.go); "a day after their phone call" is, but the sentences
// after speak of the first ("X met Y on Monday, three days after X held a summit with Z.
// W joined the talks": X and Y's talks, toldAsTimeOf).
//
// "X urged Y to act when the two met", "X assured Y of support during their meeting": a
// communication verb (class tell) with a person on each side, then a contact told as its
// occasion ("when", "during", "in" and "the two", "they", "their") with no contact told
// in this sentence or the one before: the pair is the verb's subject and object
// (tellPair, contacts_tell_pair.go). With the object a bare given name that names no actor,
// "When John asked George while they were having lunch", "they" are still those two, not
// the pair of a contact told before: no contact (tellsGivenName).
//
// Who is no party (TestParticipantSets): who calls for, proposes, prepares for or offers
// to host "talks between A and B" (A and B are the parties); the host of a conference
// the contact was held beside ("on the margins of a conference hosted by C") or of a
// social occasion it was held at ("met Y at a reception hosted by C", words class
// occasion, which also makes "a brief conversation at the dinner" no second contact:
// occasionPlace); an
// organization named after its seat after "at" or "in" ("at the White House"); a
// possessor after a contact verb ("welcomed Erdogan's decision"); a person after "of"
// completing a common noun ("met the family of X"); a body whose own session the meeting
// is ("a meeting of the Security Council"); a person named after a comma who speaks there
// ("with Chinese officials, spokesman X said") or after "that" past unnamed people ("at a
// meeting with business leaders that Xi should visit"). A movement, party or body (an
// organization of kind group) that sends its officials, delegation or representatives is
// the party ("met Taliban officials", "a Hamas delegation met X": class delegates); a
// state's or an alliance's people ("NATO counterparts") are not. Who attends a meeting
// "involving" A and B is one. A held contact told again with its day written another way ("on June
// 12" ... "on Monday") is one contact.
// A contact none of whose parties has an office, a country or an organization ("Mark
// Lane talked with Gary Wilson", "where she met Paul Danton") is one all the same: the
// guidelines count a call or meeting between any named persons or organizations.
// A contact word in a question ("Who did they meet?"), with an adverb of frequency ("has
// repeatedly assured X") or a unit of time after "every" ("has been calling X every day":
// words class recurrence), after an indefinite pronoun ("something to talk about"), of
// players in a match ("met Nadal in the final": words class fixture, contacts_fixture.go)
// or in "a letter signed by X and Y" reports none (contacts_unreported.go).
// "They" or "the two"
// who met a thing or people no one names, the verb's object a common noun in the parse
// ("the two met fierce criticism", "they were meeting pockets of resistance", "they will
// meet the press") or "me", "us", "them" ("they met us at the airport": pairMetPronoun), are
// no pair of a contact (pairMetThing, contacts_pair_object.go).
// The object of a verb of telling or asking that "to" and a contact verb follow, "X urged
// Y to meet Z", "asked Y to speak with Z", is the contact's party, not the verb's subject:
// Y and Z, proposed (controlledInfinitive, contacts_participants.go).
// "called" that names the noun before it, "a charity called X", "a soldier called X" (a
// participle with the name as its complement in the parse), is no call (namedBy,
// contacts_naming_participle.go).
//
// # Contact modes and statuses
//
// phone: phone/telephone call, by phone, phoned, called X ("During the call, ..." after a
// video call is that video call: a call told again with "the" and no medium takes the
// medium of the contact it joins, phone when none tells; contacts_modes.go). video: video call,
// videoconference, virtual meeting. meeting: met, meeting, summit, hosted, joint press
// conference, in person, and "held talks" when no medium is named. unspecified: spoke,
// talked, conversation, discussed with ("spoke with Y, his office said after the call":
// the call said after is that contact, a phone call; "A readout of the call said X and Y
// discussed ...": the call a saying reports before it is that contact, readoutOf), "a frank exchange with" (words class exchange-tone); "held talks by phone" / "via video link" / "a conversation with Y on the phone" name the
// medium after the noun; a headline that names a medium ("Readout of ... Call with X",
// Input.Title) gives it to a contact of the first two sentences whose parties it names (by
// surname, or "PM call with X" by the office: titleNamesAll, shared with date.title) and
// whose medium the body leaves open (contacts_title_medium.go). Status: cancelled (cancelled, called off, scrapped near the
// contact word, or "the talks between X and Y were postponed"), proposed (requested,
// proposed, offered, invited, could, may, ready to, "no date has been set", "asked X for a
// call", "asked to meet Y"; "urged X in a phone call" is held), scheduled (will, would, to meet, scheduled, set,
// expected, due, planned, agreed to, "ahead of a meeting"), else held. Negated, refused ("ruled
// out", "turned down a meeting": refusalParticle; "has not ruled out" is proposed), tried ("tried to",
// "was unable to": class negation) or hypothetical
// ("if", "would be open to / happy to / love to meet", "would meet Y only after ...": words
// class condition; a petition rebuffed, "whose request for a meeting with Y was turned
// down": classes petition and rebuff) contacts are none, and so is a contact noun told as
// their occasion ("X and Y will not meet during the summit": occasionOfRefused), but not a negated
// telling of one ("gave no details of the talks between A and B", "no readout of the call":
// held, and the teller is no party); "would like to
// meet", "it would be good to meet" and a contact under a word of doubt ("analysts doubt
// that X would meet Y", "not sure X had the courage to meet Y": words class doubt; past a long subject, the
// parse: doubtedAbove) are proposed ("good for X to meet Y": X is the
// infinitive's subject, a party, not the speaker). So are denied ones ("denied that X had spoken with Y", "dismissed
// reports that X met Y": class denial, on the parse) and those yet to happen ("has yet to
// speak with Y"). A contact noun that opens its clause takes its status from the predicate
// past its parties (contacts_status_subject.go, class occurrence): "a call between X and Y
// may take place" and "is possible" are proposed, "will take place" and "was being
// planned" scheduled, "failed to take place", "is not on the cards", "was ruled out" and "are unlikely" none.
// A contact noun after "is a" or "be a" is a plan, proposed ("the first step is a call
// between X and Y").
// A plural contact noun that sums up several contacts ("have held several meetings since
// 2011", "in previous meetings with X": class habitual) is none of them. A plan told as
// unfulfilled ("was supposed to meet Y", "had been due to meet Y, but ...") is cancelled, and
// so is a plan a later sentence calls off ("X was due to meet Y. The meeting with Y was
// called off.": a cancelled frame after a scheduled or proposed contact, building.enrich).
package extract
