package extract

// Mode is how a contact took place (GUIDELINES.md: Contacts).
type Mode string

// The modes of a contact.
const (
	ModePhone       Mode = "phone"       // phone or telephone call, "spoke by phone"
	ModeVideo       Mode = "video"       // video call, virtual meeting
	ModeMeeting     Mode = "meeting"     // in person: met, talks, summit, joint press conference
	ModeUnspecified Mode = "unspecified" // "spoke with", "talked to" with no medium given
)

// Status is what the reporting article says of a contact at its time of writing.
type Status string

// The statuses of a contact.
const (
	StatusHeld      Status = "held"
	StatusScheduled Status = "scheduled"
	StatusProposed  Status = "proposed"
	StatusCancelled Status = "cancelled"
)

// Kind is what an actor is.
type Kind string

// The kinds of actor.
const (
	KindPerson       Kind = "person"
	KindOrganization Kind = "organization"
)
