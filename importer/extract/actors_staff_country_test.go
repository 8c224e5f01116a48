package extract_test

import "testing"

// TestStaffOfKnownPerson covers a spokesperson or an aide whose title follows a known
// person's name without "'s", or whose apposition names the known person after "for":
// the aide serves that person's country; an official of a body with no country gets none.
func TestStaffOfKnownPerson(t *testing.T) {
	x := newExtractor(t)
	cases := []actorCase{
		{"spokeswoman of a president", "Trump spokeswoman Hope Hicks said no meeting was planned.",
			[]actorWant{{"Hope Hicks", "spokeswoman", "US"}}, nil},
		{"aide of a president", "Putin aide Yuri Ushakov told reporters the call went well.",
			[]actorWant{{"Yuri Ushakov", "Adviser", "RU"}}, nil},
		{"spokesman of a UN chief", "Guterres spokesman Stephane Dujarric said the UN was ready.",
			[]actorWant{{"Stephane Dujarric", "spokesman", ""}}, nil},
		{"spokeswoman for a president, in apposition", "Hope Hicks, a spokeswoman for Trump, said no meeting was planned.",
			[]actorWant{{"Hope Hicks", "spokeswoman", "US"}}, nil},
		{"spokesman for a titled president, in apposition", "Piet Vos, a spokesman for President Emmanuel Macron, said the call went well.",
			[]actorWant{{"Piet Vos", "spokesman", "FR"}}, nil},
		{"spokesman for a UN chief, in apposition", "Stephane Dujarric, a spokesman for Guterres, said the UN was ready.",
			[]actorWant{{"Stephane Dujarric", "spokesman", ""}}, nil},
	}
	runActorCases(t, x, cases)
}
