package clean

import (
	"regexp"
	"strings"
)

// patterns are the compiled regular expressions of the rules, built once by New.
type patterns struct {
	readTime      anchored
	byline        anchored
	creditTail    creditTails
	creditOnly    anchored
	creditSlash   anchored
	creditInline  *regexp.Regexp
	captionLead   anchored
	captionDate   *regexp.Regexp
	nameCredit    anchored
	agencyOnly    anchored
	agencyWords   int // the words of the longest agency name
	related       anchored
	relatedHead   anchored
	widget        anchored
	widgetSite    anchored
	promo         anchored
	appeal        anchored // tried at each word start of a paragraph (tail.go: wordStartMatch)
	bioRole       anchored
	bioFollow     *regexp.Regexp
	disclaimer    anchored
	outlet        *regexp.Regexp
	staffHead     anchored
	staffTail     *regexp.Regexp
	staffCut      *regexp.Regexp
	reportedFrom  anchored
	endMark       anchored
	phone         *regexp.Regexp
	pressHead     anchored
	nav           anchored
	tags          anchored
	tagList       anchored
	commentHead   anchored
	commentStamp  anchored
	commenter     anchored
	commentLabels map[string]bool
	notice        *regexp.Regexp
	noticeWords   lowerWords // words every match of notice holds (prefilter.go)
	appealWords   lowerWords // words that spare the appeal pattern most paragraphs (tail.go)
	appealOpens   lowerWords // the literal openings of the appeal pattern's alternatives
	staffWords    lowerWords // words every staff credit or rights notice at the end holds (lines.go)
	urlTail       *regexp.Regexp
	shareWords    map[string]bool
	acronyms      map[string]bool
	capsHead      *regexp.Regexp
	staffRole     *regexp.Regexp
	staffPlace    *regexp.Regexp
	stamp         anchored
	clock         anchored
	stampWords    map[string]bool
	stampLabels   map[string]bool
	hereTail      *regexp.Regexp
	turnLabel     *regexp.Regexp
	turnTail      *regexp.Regexp
	signOff       *regexp.Regexp
	turnWords     map[string]bool
	jobWords      map[string]bool // bareByline: jobWords
	headingWords  map[string]bool // bareByline: headingWords
	abbreviations map[string]bool // Unwrap: abbreviations
}

// turnTail is what follows the words of a transcript's speaker label: a bracketed note or
// not ("(retranslated)"), the colon and the turn's first word (patterns.turnLabel).
const turnTail = `(?: \([^()]{1,60}\))?: \S`

// agencies are news and photo agencies that sign credits and datelines. The list only
// helps to recognise a lone credit line; datelines and bylines also accept names not in it.
func agencies() []string {
	return []string{
		"AP", "Associated Press", "Reuters", "REUTERS", "AFP", "Agence France-Presse", "UPI",
		"EPA", "EPA-EFE", "EFE", "dpa", "DPA", "ANSA", "TASS", "Tass", "Sputnik", "RIA Novosti",
		"Xinhua", "Anadolu", "Anadolu Agency", "IANS", "PTI", "ANI", "Bloomberg", "Getty Images",
		"Getty", "Shutterstock", "Alamy", "Pool", "POOL", "SIPA", "Sipa", "NurPhoto", "Kyodo",
		"Yonhap", "CNN", "BBC", "Al Jazeera", "AAP", "CP", "The Canadian Press", "WAM", "SPA",
		"IRNA", "WAFA", "Ukrinform", "Interfax", "AA", "Handout", "HANDOUT", "Agencies", "AGENCIES", "Reuter", "REUTER",
	}
}

// stampWords are the words a timestamp line may hold besides dates and times: time
// zones, "AM", "Updated", "ago", units of relative time. They are matched in lower case.
func stampWords() []string {
	return []string{
		"am", "pm", "a.m", "p.m", "gmt", "bst", "utc", "cet", "cest", "eet", "eest", "msk", "et", "est", "edt",
		"ct", "cst", "cdt", "pt", "pst", "pdt", "ist", "jst", "kst", "hkt", "sgt", "aest", "aedt", "z",
		"on", "at", "update", "updated", "published", "posted", "last", "first", "ago",
		"hr", "hrs", "hour", "hours", "min", "mins", "minute", "minutes", "sec", "secs", "second", "seconds",
		"day", "days", "week", "weeks", "-", "|",
	}
}

// stampLabels are the stamp words that label a page's date stamp when they open it
// ("Published 3 Dec 2026", "Last updated ..."): a stamp so labelled is cut from the story
// glued to it whatever follows (stampglued.go). They are matched in lower case.
func stampLabels() []string {
	return []string{"published", "posted", "updated", "last", "first"}
}

// turnWords are words of a transcript's speaker labels, in lower case: a label in
// capitals that holds one ("QUESTION:", "MR. PRICE:", "SECRETARY RUBIO:", "JANE DOE,
// HOST:") opens a turn, where "ALSO READ:" or "UPDATE:" holds none.
func turnWords() []string {
	return []string{"q", "question", "questions", "a", "journalist", "reporter", "moderator", "host", "byline", "anchor",
		"interviewer", "mr.", "mr", "ms.", "ms", "mrs.", "mrs", "dr.", "secretary", "president", "minister", "ambassador",
		"spokesperson", "spokesman", "spokeswoman", "participant", "official", "chancellor", "premier", "senator", "general"}
}

// jobWords are the words of a line under an author's bare name that says what the author
// does ("Political editor", "Diplomatic correspondent, Kyiv"), in lower case and without a
// plural "s": with one, the name line above is a byline (barebyline.go).
func jobWords() []string {
	return []string{"editor", "correspondent", "reporter", "writer", "journalist", "columnist",
		"producer", "analyst", "contributor", "staff", "bureau", "chief", "presenter"}
}

// headingWords are words that start headings and labels, never names ("Live Updates",
// "Breaking News"), in lower case: a bare byline's name must not start with one
// (barebyline.go).
func headingWords() []string {
	return []string{"live", "breaking", "latest", "analysis", "opinion", "explainer", "watch", "video",
		"news", "world", "politics", "business", "update", "updates", "more", "related", "top"}
}

// abbreviations are the short forms that a full stop ends without ending a sentence,
// titles and the like ("Mr.", "Gen.", "No."), as printed: a line that ends with one is
// joined to the next, which a name or a noun opens more often than a new sentence
// (unwrap.go endsAbbreviation).
func abbreviations() []string {
	return []string{"Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Lt", "Col", "Maj", "Sgt", "Adm", "Capt", "Gov",
		"Sen", "Rep", "St", "Jr", "Sr", "Rev", "Hon", "No", "Nos", "vs", "Amb", "Pres"}
}

// commentLabels are the buttons printed under each reader's comment, matched in lower case:
// one among the lines after a comment stamp tells a thread of comments from a live blog's
// entries, which carry a name and a time too.
func commentLabels() []string {
	return []string{"reply", "reply ↓", "reply↓", "log in to reply", "report", "report comment", "reply to this comment"}
}

// shareWords are the words of a bar of share buttons ("Share Tweet Email", "Share on
// Facebook"): a line made of them alone is furniture. They are matched in lower case.
func shareWords() []string {
	return []string{
		"share", "shares", "tweet", "facebook", "twitter", "x", "whatsapp", "linkedin", "email", "e-mail", "print",
		"copy", "link", "copied", "reddit", "telegram", "pinterest", "messenger", "flipboard", "save", "comment", "comments",
		"digg", "mixx", "delicious", "del.icio.us", "stumbleupon", "myspace", "google",
		"this", "article", "story", "page", "on", "via", "to", "|", "·", "•",
	}
}

// acronyms are organisations written in capitals that open sentences, and so are not
// the place of a dateline printed without a separator ("NATO Secretary-General ...").
func acronyms() []string {
	return []string{
		"NATO", "OPEC", "ASEAN", "BRICS", "UNESCO", "UNICEF", "UNHCR", "UNRWA", "IAEA", "OSCE", "OECD", "APEC",
		"ECOWAS", "SADC", "IGAD", "CSTO", "NASA", "ISIS", "ISIL", "HAMAS", "FIFA", "KCNA", "IRNA", "TASS", "XINHUA",
		"AFP", "BBC", "CNN", "WHO", "IMF", "FBI", "CIA", "WTO", "GCC", "UAE", "USA", "PLO", "ICC", "ICJ", "SCO",
	}
}

// widgetLabels are the alternatives of the widget pattern: the labels of buttons, banners
// and placeholders that make up a whole line, matched in any case.
func widgetLabels() []string {
	return []string{
		`loading(?:\.{1,3}|…)?`, `live(?: updates| blog| coverage)?`, `advertisement`, `ad`,
		`sponsored(?: content)?`, `skip advertisement`, `story continues below(?: this)? advertisement`,
		`scroll to continue(?: with content)?`, `continue reading(?: below)?`,
		`share(?: this(?: article| story| page)?)?(?: on \w+)?:?`, `print`, `email`, `comments?`,
		`listen to (?:this )?(?:article|story)`, `play video`, `watch(?: the)? video`, `open in app`,
		`close`, `back to top`, `toggle caption`, `enlarge this image`, `hide caption`, `copy link`,
		`link copied!?`, `\d+\s+comments?`, `this (?:story|article|post) has been shared [\d,.]+ times\.?`, `updated`, `published`, `post a comment`,
		`leave a (?:reply|comment)`, `your email address will not be published\.?`,
		`suggest to a friend:?`, `(?:video )?ad feedback`, `supported by`,
		`skip to (?:main )?(?:content|navigation)`, `menu`, `search`, `sign in`, `log in`, `home`,
		`share full article`, `read in app`, `purchase licensing rights(?:, opens new tab)?`,
		`story highlights`, `listen now`, `watch live`, `image`, `photo`, `video`, `gallery`,
		`\d+ photos`, `e-?mail to a friend`, `ireport\b.*`,
		`your browser does not support (?:the )?(?:audio|video)(?: element| tag)?\.?`,
		`originally published (?:on|at|in)\b.*`,
		`latest (?:headlines|stories|news) from [\p{L} ]{1,30}`, `[_=*~•·-]{3,}`, `[\d\s.,:;/°'"-]+`,
	}
}

// appealPhrases are the alternatives of the appeal pattern, matched in any case: a
// paragraph that holds one asks readers for money or support. Each opens with \b before a
// letter, which wordStartMatch needs (tail.go).
func appealPhrases() []string {
	return []string{
		`\bsupport (?:our|independent|quality|free|us)\b[\p{L} ,-]{0,30}\b(?:journalism|work|reporting)`,
		`\bsupport (?:us|our work)\b`, `\bdonate\b`, `\bmake a (?:donation|contribution)\b`,
		`\byour (?:contribution|support|donation|generosity) (?:supports|helps|makes|keeps|is|will|allows)\b`,
		`\bwe (?:cannot|can't|can not|could not|couldn't) do (?:this |it )?without you\b`,
		`\bbecome a (?:member|supporter|patron|paying subscriber)\b`,
		`\bhelp (?:us|fund|keep)\b[^.]{0,40}\b(?:journalism|independent|free|going)\b`,
		`\b(?:independent|quality) journalism (?:needs|costs|depends)\b`,
	}
}

// wordSet returns words as a set.
func wordSet(words []string) map[string]bool {
	set := make(map[string]bool, len(words))
	for _, w := range words {
		set[w] = true
	}
	return set
}

// alternation returns a regexp alternation that matches any of words literally, longest first.
func alternation(words []string) string {
	quoted := make([]string, len(words))
	for i, w := range words {
		quoted[i] = regexp.QuoteMeta(w)
	}
	// Longer names first so that "EPA-EFE" wins over "EPA".
	for i := 1; i < len(quoted); i++ {
		for j := i; j > 0 && len(quoted[j]) > len(quoted[j-1]); j-- {
			quoted[j], quoted[j-1] = quoted[j-1], quoted[j]
		}
	}
	return "(?:" + strings.Join(quoted, "|") + ")"
}

// mostWords returns the word count of the longest of names.
func mostWords(names []string) int {
	n := 0
	for _, s := range names {
		n = max(n, wordCount(s))
	}
	return n
}

// reportedClause is one clause of a credit saying where reporters worked: capitalised
// names (possessives allowed, "CNN's Ann Lee") then "reported from" and capitalised places.
const reportedClause = `(?:[\p{Lu}][\p{L}'’.-]*,?\s+|and\s+){1,10}(?:reported|wrote|filed|contributed(?: reporting)?) from [\p{Lu}][\p{L}.'’-]*(?:,?\s+[\p{Lu}][\p{L}.'’-]*)*`

// monthWord is a month name or its abbreviation as captions print it.
const monthWord = `Jan\.?|Feb\.?|Mar\.?|Apr\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?|January|February|March|April|May|June|July|August|September|October|November|December`

// photoNoun is the photo a caption speaks of: "undated file photo", "image made from video".
const photoNoun = `(?:(?:undated|handout|file|combination|aerial|pool)\s+)*(?:photo|image|picture|photograph|video grab)\b`

// capsName is a person's name whose last word is in capitals.
const capsName = `(?:[\p{Lu}][\p{L}'’-]+\s+){1,3}[\p{Lu}][\p{Lu}'’-]+`

func newPatterns() patterns {
	agency := alternation(agencies())
	// A photographer or handout credit: "Sergei Ilnitsky/EPA-EFE", "Name / AFP via Getty Images".
	slashCredit := `[\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*){0,4}\s*/\s*` + agency + `(?:\s+via\s+Getty\s+Images)?`
	photoWord := `(?:File\s+)?(?:[Pp]hoto(?:graph)?s?|PHOTO|[Pp]icture|Image|Video)(?:\s+[Cc]redit)?\s*(?:by\b|:)`
	return patterns{
		readTime: newAnchored(`^\d{1,3}\s*(?:-\s*)?(?:min|mins|minute|minutes)\.?\s+read(?:ing)?(?:\s*[·|•-]\s*)?`),
		byline:   newAnchored(`^(?:(?:By|BY|Written by|Words by|Reporting by|Story by|Posted by):?|Author:|AUTHOR:)\s+(.+)$`),
		creditTail: newCreditTails(
			photoWord+`[^.!?()]{1,80}`,
			slashCredit+`|`+
				// "(Xinhua/Ann Lee)", "(AP Photo/Ann Lee)": agency first, then the photographer.
				`\(`+agency+`(?:\s+(?:Photo|Images?))?\s*/\s*[\p{Lu}][\p{L}.'’ -]{1,40}|`+
				// "... REUTERS/Ann Lee/File Photo": agency, photographer and kind, unbracketed.
				`\b`+agency+`/[\p{Lu}][\p{L}.'’ -]{1,40}(?:/(?:File Photo|File|Pool|Handout))*|`+
				// "(Ann Lee/The Example Herald)": a staff photographer and the paper, bracketed.
				`\([\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*){1,3}\s*/\s*(?:The\s+)?[\p{Lu}][\p{L}&.'’-]*(?:\s+[\p{Lu}][\p{L}&.'’-]*){0,4}`,
			`\(?(?:AFP\s+)?via\s+Getty\s+Images\)?|Getty\s+Images`,
			// "[File: Ann Lee/AP Photo]", "[Photo: Government Press Office]"
			`\[(?:(?:File|Photo|Image|Picture)\b[^\]]{0,80}|[^\]]{0,60}/[^\]]{0,40})\]`),
		creditOnly: newAnchored(`^(?:\(?` + photoWord + `|Credits?:|Credit(?:\.\.\.|…)|Image source\b|Image copyright\b|©|Copyright\b)`),
		// The credits of creditOnly with a slash, apart: names open them, which any
		// paragraph's first runes may be, but a paragraph without a slash is none.
		creditSlash: newAnchored(`^(?:` + slashCredit + `|` +
			// A photographer and the outlet that employs them: "Ann Lee/The Example Times".
			`[\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*){0,3}\s*/\s*(?:The\s+)?[\p{Lu}][\p{L}&.'’-]*(?:\s+[\p{Lu}][\p{L}&.'’-]*){0,4}$)`),
		creditInline: regexp.MustCompile(`\s*\(` + photoWord + `[^)]{1,80}\)`),
		captionLead: newAnchored(`^(?:(?i:image caption|photo caption|caption|media caption)\s*[,:]?\s|` +
			`(?:FILE|File)\s*[-–—:]\s|In this ` + photoNoun + `|This ` + photoNoun + `\s+(?:shows|taken|released|provided|made|distributed|obtained|from)\b|` +
			`Media playback is unsupported\b|Skip (?:Twitter|X|Facebook|Instagram|YouTube|TikTok) post\b|` +
			// "From left are Ann Lee, ...", "Left to right: ...", "(L-R) ...": who stands where in the picture.
			`(?:From (?:left|right)(?: to (?:right|left))?|Left to right|\(?[LR] ?- ?[RL]\)?)(?:\s+are)?\s*[,:]?\s+\p{Lu})`),
		// A caption that ends with the date the photo was taken: "..., Feb. 21, 2016."
		captionDate: regexp.MustCompile(`, (?:` + monthWord + `) \d{1,2}, \d{4}\.$|, \d{1,2} (?:` + monthWord + `) \d{4}\.$`),
		// A photographer credit in the agencies' style, the family name in capitals:
		// "Ann LEE", "ANN LEE, BO CHAN".
		nameCredit: newAnchored(`^` + capsName + `(?:\s*,\s*` + capsName + `){0,3}$`),
		agencyOnly: newAnchored(`^\(?` + agency + `(?:\s*(?:Photo|Images?|/\s*[\p{L}. '-]+))?\)?\.?$`),
		related: newAnchored(`^(?:(?:READ MORE|Read More|Read more|READ ALSO|Read also|Read Also|ALSO READ|Also read|Also Read|` +
			`RELATED|Related|SEE ALSO|See also|See Also|MORE|More|WATCH|Watch|LISTEN|Listen|RECOMMENDED|Recommended|` +
			`Click to read|Full story)\s*(?:[:|»>]|[-–—]\s)|(?:Also read|ALSO READ|Also Read)\b|` +
			// "Related Story Leaders clash", and "list 1 of 3Leaders clash" glued by scrapers.
			`Related (?:Story|Stories|Articles?|Content|Coverage|News|Video|Links?|Topics):?\s+\p{Lu}|list \d+ of \d+|` +
			// "Keep reading list of 4 items", "All AboutIran • Ann Lee" (old CNN topic links).
			`(?i:keep reading|end of list)\b|All About\s*\p{Lu})`),
		relatedHead: newAnchored(`(?i)^(?:related(?: articles| stories| topics| coverage| content| news| links)?|read more|` +
			`more on this (?:story|topic)|most (?:read|popular|viewed)|top stories|you may also like|recommended(?: stories| for you)?|` +
			`trending(?: now| stories)?|more from [\p{L} ]{1,30}|latest news|what to read next)\s*:?$`),
		widget: newAnchoredAlts(`(?i)^(?:`, widgetLabels(), `)$`),
		// A web address alone, apart from widget: its words may start any paragraph,
		// but a paragraph without a dot is none.
		widgetSite: newAnchored(`(?i)^(?:[\w-]+\.)+(?:com|org|net|info)(?:/\S*)?$`),
		promo: newAnchored(`(?i)^(?:subscribe\b|sign up\b|click here\b|follow us\b|download (?:our|the) app|` +
			`get (?:our|the) [\p{L} ]{0,40}newsletter|join our [\p{L} ]{0,30}(?:channel|newsletter|community)|` +
			`(?:get|receive) (?:breaking news|the latest|our latest)[^.]{0,60}(?:inbox|email|alerts?)|` +
			`want more\b.*\?$|don'?t miss\b|(?:notification\S*)?get (?:instant )?(?:alerts|notifications)\b)`),
		appeal: newAnchoredAlts(`^(?i:`, appealPhrases(), `)`),
		bioRole: newAnchored(`^(?:[\p{Lu}][\p{L}'’.-]*\s+){1,4}(?:is|was|has been|covers|writes)\s+(?:an?\s+|the\s+)?` +
			`(?:[\p{L}'’,-]+\s+){0,5}?(?i:reporter|correspondent|journalist|editor|writer|columnist|contributor|producer|` +
			`analyst|fellow|author|anchor|photographer|intern|freelancer|blogger|commentator|professor)s?\b|` +
			// "Ann Lee writes features and covers Lima for Example News."
			`^(?:[\p{Lu}][\p{L}'’.-]*\s+){1,4}(?:writes|covers|reports)\s+[^.]{1,80}\bfor\s+(?:the\s+)?\p{Lu}[^.]*\.$`),
		bioFollow: regexp.MustCompile(`(?i)\bfollow (?:him|her|them|me|us) (?:on|at) (?:twitter|x|instagram|facebook|linkedin|threads|bluesky|mastodon)\b|` +
			`^@\w+$|\b(?:email|contact) (?:him|her|them) at\b|` +
			`^(?:reach|follow|contact|email) [\p{L} .'’-]{1,40} (?:on|at|via) (?:twitter|x|email|instagram|facebook|bluesky)\b`),
		disclaimer: newAnchored(`(?i)^\(?(?:the (?:views|opinions) expressed\b|disclaimer\b|this (?:story|article) (?:has been|was) (?:published|generated) from\b|` +
			`this (?:story|article|report) has not been edited\b)`),
		// Staff credits open with "Reporting by", also in parentheses, where wire copy may
		// drop the "by": "(Reporting Ann Lee in Lima; Editing by Bo Chan)".
		staffHead: newAnchored(`^(?:\((?:Additional )?[Rr]eporting\s+\p{Lu}|\(?\s*(?:(?:Additional )?[Rr]eporting [Bb]y\b|Writing by\b|Editing by\b|Compiled by\b|Edited by\b|` +
			`(?:Translated|Translation|Graphics|Produced|Fact[- ]checked|Illustrations?) by\b|` +
			`(?i:some information (?:for|in) this (?:report|story|article) (?:came|comes) from)\b|` +
			`(?:[-—–]\s*)?[Ww]ith (?:additional )?(?:reporting|inputs?|agency inputs) (?:by|from)\b|[Ww]ith (?:agencies|` + agency + `)\)?\.?$|` +
			`(?:Web )?[Ee]ditor\s*:|` +
			`This (?:article|story|report|piece) was (?:written|reported|compiled|edited|produced) by\b|` +
			`(?i:sources?\s*:\s*[^.]{1,80}$|our standards:|copyright\b|©)))`),
		staffTail: regexp.MustCompile(`(?i)(?:\bcontributed (?:to )?(?:this )?(?:report|story|article)(?:ing)?|\ball rights reserved)\.?$`),
		// A staff credit in parentheses glued to the last sentence of a paragraph.
		staffCut: regexp.MustCompile(`\s*\(\s*(?:(?:Additional )?[Rr]eporting|Writing|Editing|Compiled|Edited) [^()]{3,400}\)\s*$`),
		// "Ann Lee reported from Lima and Bo Chan wrote from Quito."
		reportedFrom: newAnchored(`^(?:` + reportedClause + `(?:\.?\s+and\s+|;\s*|\.?\s+|,\s+))*` + reportedClause + `\.?$`),
		// Marks that close a story: a release's "###", a wire's "END" or "-30-", the
		// "@highlight" that opens the summary lines of CNN story files, and the
		// lower-case initials of the desk that handled a dispatch ("abc-de/fg").
		endMark: newAnchored(`^(?:#{1,3}|-30-|@highlight|\(?(?:END|ENDS|End|Ends)\)?|[a-z]{2,5}(?:[-/][a-z]{1,5}){1,6})$`),
		// A telephone number as releases print them: "02 6277 7500", "(02) 6277 7500",
		// "+61 2 6277 7500", "0407 710 374", "+1-202-555-0100".
		phone: regexp.MustCompile(`(?:\+\d{1,3}[\s-]?)?(?:\(\d{1,4}\)\s?|\d{1,4}[\s-])\d{3,4}[\s-]\d{3,4}\b`),
		// The heading of a release's contacts: "Media enquiries", "Press contact:".
		pressHead: newAnchored(`(?i)^(?:for )?(?:media|press|news) (?:enquiries|inquiries|contacts?|office|liaison|queries)\b`),
		// A line of navigation: "World > Asia > China", "Home | News | Politics".
		nav: newAnchored(`^[\p{Lu}][^>»›|]{0,30}(?:\s*[>»›|]\s*[\p{Lu}][^>»›|]{0,30}){1,8}$`),
		// A line of tags: "Tags: Trade, Lima, Ann Lee".
		tags: newAnchored(`(?i)^(?:tags|topics|filed under|categories|keywords|related topics|more on)\s*:`),
		// A long line of tags, with or without the colon: "Tagged Trade, Lima, Ann Lee, ...".
		tagList: newAnchored(`(?i)^(?:tags|tagged(?:\s+(?:in|with|as))?|topics|filed under|categories|keywords)\s*:?\s+\S`),
		// The heading of a page's comments: "12 Comments", "20 thoughts on “Title”",
		// "This Post Has 80 Comments", "Leave a Reply", "{ 38 comments… read them below }".
		commentHead: newAnchored(`(?i)^[{(\[]?\s*(?:(?:\d+|one|no)\s+(?:comments?|responses?|thoughts?|replies|reactions?)\b|` +
			`this (?:post|entry|article|story) has \d+ comments?|(?:leave|post|add) a (?:reply|comment)|` +
			`(?:reader |user )?comments?\s*(?:\(\d+\))?$|join the (?:conversation|discussion)\b|discussion$)`),
		// When a comment was posted, the date and the clock time: "August 15, 2020 at 9:35 am",
		// "15 August 2020 at 09:35", "08/15/2020 at 9:35 pm".
		commentStamp: newAnchored(`(?i)^(?:posted\s+)?(?:on\s+)?(?:(?:` + monthWord + `)\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|` +
			`\d{1,2}(?:st|nd|rd|th)?\s+(?:` + monthWord + `),?\s+\d{4}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2})` +
			`,?\s*(?:at|@|[-–|/])?\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?$`),
		// The line that names a comment's writer: "Ann Lee says:", "ANN LEE", "annlee77 wrote:".
		commenter:     newAnchored(`^\p{L}[\p{L}\p{N}'’._-]*(?:\s+[\p{L}\p{N}'’._-]+){0,4}(?:\s+(?:says|said|wrote|commented|replied):)?$`),
		commentLabels: wordSet(commentLabels()),
		// Notices about cookies, scripts and browsers that sites print above or below a story.
		notice: regexp.MustCompile(`(?i)\b(?:we use cookies|(?:this|our) (?:site|website) uses cookies|accept (?:all )?cookies|` +
			`cookie (?:policy|settings|preferences|consent)|by (?:continuing to )?(?:use|using|browse|browsing) (?:this|our) (?:site|website)|` +
			`(?:please )?enable javascript|javascript is (?:disabled|required)|(?:you are using|update) (?:an outdated|your) browser|` +
			`not available in your (?:region|country))\b`),
		// A paragraph that ends with a web address: "Follow our coverage at https://...".
		urlTail:    regexp.MustCompile(`(?:https?://|www\.)\S*[^\s.]$`),
		shareWords: wordSet(shareWords()),
		acronyms:   wordSet(acronyms()),
		// One role of a staff credit and the names after it: "Reporting by Ann Lee in Lima".
		staffRole: regexp.MustCompile(`(?:^|[(;]\s*)(Additional reporting|Reporting|Writing)(?: [Bb]y)?\s+([^;()]+)`),
		// Where a reporter of a staff credit worked: " in Lima", " in New York".
		staffPlace: regexp.MustCompile(`\s+in\s+[\p{Lu}][\p{L}.'’-]*(?:,?\s+[\p{Lu}][\p{L}.'’-]*)*`),
		// One to three words in capitals (joined by "/" or "-" too) and a space: the place
		// of a dateline printed without a separator.
		// a transcript's speaker label: a name or an office in capitals, a bracketed note
		// or not, the colon ("SECRETARY X:", "MR. Y:", "Q:", "QUESTION (Jane Doe, Example
		// News):", "JANE DOE, HOST:"), and what follows the words of any label
		turnLabel: regexp.MustCompile(`^\p{Lu}[\p{Lu}\p{M} .,'’-]{0,40}` + turnTail),
		turnTail:  regexp.MustCompile(`^` + turnTail),
		// a reporter's sign-off under a live blog's entry: "— Clara Whitfield in Rome", "– Tom Hale, Kyiv"
		signOff:       regexp.MustCompile(`^[—–] ?\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,2}(?:,? (?:in|from|reporting from) \p{Lu}[\p{L}'’. -]{1,30}|, \p{Lu}[\p{L}'’. -]{1,30})?$`),
		capsHead:      regexp.MustCompile(`^(\p{Lu}{2,}(?:[-'’]\p{Lu}+)*(?:[ /]\p{Lu}{2,}(?:[-'’]\p{Lu}+)*){0,2})\s+\p{Lu}`),
		stamp:         newAnchored(`(?i)^(?:published|updated|last updated?|last modified|modified|posted|first published)(?: on| at)?\s*:?\s+\S`),
		clock:         newAnchored(`^\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?$`),
		stampWords:    wordSet(stampWords()),
		stampLabels:   wordSet(stampLabels()),
		turnWords:     wordSet(turnWords()),
		jobWords:      wordSet(jobWords()),
		headingWords:  wordSet(headingWords()),
		abbreviations: wordSet(abbreviations()),
		// "... For the latest click here.", "... Sign up here."
		hereTail: regexp.MustCompile(`\b(?i:click|tap|sign up|subscribe|register) here\b[^.]{0,40}\.?$`),
		outlet:   regexp.MustCompile(`^([\p{Lu}][\p{L}]{2,30})-\s+`),
		// The words the notice and appeal filters look for (prefilter.go, tail.go).
		noticeWords: newLowerWords(noticeWords()...),
		appealWords: newLowerWords(appealWords()...),
		appealOpens: newLowerWords(appealOpenings()...),
		staffWords:  newLowerWords("contributed", "reserved"),
		agencyWords: mostWords(agencies()),
	}
}
