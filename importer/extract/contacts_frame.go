package extract

// frame is one report of a contact in one clause, before frames are merged into contacts.
type frame struct {
	sent       int
	tr         trigger
	actors     []int
	pair       bool // participants come from an earlier contact ("they", "the two")
	leaders    bool // "the two leaders": the earlier contact between leaders
	trio       bool // "the three leaders": the earlier contact of three
	another    bool // "another call on May 13", "they last spoke", "meet again Thursday"
	mode       string
	status     string
	explicit   bool // the status was stated, not defaulted
	date       dateExpr
	hasDate    bool
	saidDay    bool // the date is the day of a saying after the contact ("X spoke with Y, the Elysee said on Wednesday"), not told as the contact's own
	planPast   bool // a plan told in the past tense ("were due to meet"): its weekday counts from the day before publication
	present    bool // told in the present tense ("meets", "is meeting"): its weekday counts from the day before publication
	progress   bool // told in the present progressive ("is meeting", "are holding talks") with a date
	tenseless  bool // a contact noun with a date and no verb of its own ("talks at the summit next week"): no tense tells it done
	tripPast   bool // scheduled and dated, the purpose of a journey told as made: "flew to Kyiv to meet Y on Monday"
	earlier    bool // told as before the story's day: "had earlier met", "had previously spoken"
	perfect    bool // told in the present perfect with no word of time: "X has met Y"
	pluperfect bool // told in the past perfect: "X had met Y in November"
	ordered    bool // an unnamed contact set apart by a word of order: "followed talks on Monday", "since talks in January"
	purposeMet bool // held only as the purpose of a journey told as made: "flew to Kyiv to meet Y"
	sameDay    bool
	initiator  int
	location   string
	duration   int
	proposal   bool // "Russia proposed a call Monday": the date is the proposal's
	split      bool // one of the bilateral frames of a clause naming several people
	join       bool // "X and Y also joined the call": add them to the previous contact
	isContext  bool // a contact with unnamed people: lends mode and date (see context)
	selfTold   bool // a party tells it in their own quoted words ("Had a good call with X," Y wrote): a retelling of their contact just told
	we         int  // 1 + the speaker whose quoted "we" is its pair, or 0: a pair without the speaker is not theirs
	rule       string
	subjects   []int
	objects    []int
	objectsEnd int    // token after the last object's mention
	venue      string // the gathering the contact was held at, by its noun: "summit" of "on the sidelines of the summit"
	sidelines  bool   // told as held on the sidelines of a gathering: a side meeting, not the gathering's own
	otherDates []int  // the dates of its clause told as another event's ("to discuss the plan unveiled on Friday"), by first token
}
