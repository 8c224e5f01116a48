package extract_test

import (
	"testing"

	"hotline/importer/extract"
)

// TestHeadlineHolder covers a holder named in full only in the headline ("King X Y of
// Jordan receives Z", "PM X Y meets Z") whom the body calls by office, office and given
// name, or office and surname ("His Majesty King X met", "the King received", "The
// Prime Minister met"): that is the headline's person. A body that names another holder
// in full keeps its own.
func TestHeadlineHolder(t *testing.T) {
	x := newExtractor(t)
	for _, c := range []struct {
		name, title, body string
		want              []string // the parties of the one contact
	}{
		{"royal title and given name", "King Abdallah Hamdan of Jordan receives Japanese foreign minister", "His Majesty King Abdallah met Japanese Foreign Minister Kenji Sato in Amman on Monday.", []string{"Abdallah Hamdan", "Kenji Sato"}},
		{"the king", "King Abdallah Hamdan of Jordan receives Japanese foreign minister", "The King received Japanese Foreign Minister Kenji Sato in Amman on Monday.", []string{"Abdallah Hamdan", "Kenji Sato"}},
		{"his majesty the king", "King Abdallah Hamdan of Jordan receives Japanese foreign minister", "His Majesty the King received Japanese Foreign Minister Kenji Sato in Amman on Monday.", []string{"Abdallah Hamdan", "Kenji Sato"}},
		{"abbreviated office, the office in the body", "PM Rajesh Verma meets Japanese counterpart in Delhi", "The Prime Minister met Japanese Prime Minister Kenji Sato in Delhi on Monday.", []string{"Rajesh Verma", "Kenji Sato"}},
		{"abbreviated office, office and surname in the body", "PM Rajesh Verma meets Japanese counterpart in Delhi", "Prime Minister Verma met Japanese Prime Minister Kenji Sato in Delhi on Monday.", []string{"Rajesh Verma", "Kenji Sato"}},
		{"president and surname", "President Mark Renkers hosts Kenyan leader", "President Renkers met Kenyan President William Otieno at the White House on Monday.", []string{"Mark Renkers", "William Otieno"}},
		{"office and given name", "President Budi Santoso arrives in Beijing", "President Budi met Chinese Premier Li Wen in Beijing on Monday.", []string{"Budi Santoso", "Li Wen"}},
		{"honorific and surname", "PM Rajesh Verma meets Japanese counterpart in Delhi", "Mr. Verma met Japanese Prime Minister Kenji Sato in Delhi on Monday.", []string{"Rajesh Verma", "Kenji Sato"}},
		{"a headline in capitals", "PRESIDENT MARK RENKERS HOSTS KENYAN LEADER", "President Renkers met Kenyan President William Otieno at the White House on Monday.", []string{"Mark Renkers", "William Otieno"}},
		{"a headline in capitals with a hyphenated given name", "KING ABDALLAH-HAMZA NASSER OF JORDAN RECEIVES JAPANESE MINISTER", "King Nasser met Japanese Foreign Minister Kenji Sato in Amman on Monday.", []string{"Abdallah-Hamza Nasser", "Kenji Sato"}},
		{"a headline in capitals names someone else", "PRESIDENT MARK RENKERS HOSTS KENYAN LEADER", "President Otieno met Secretary of State Ann Lowry in Nairobi on Monday.", []string{"Otieno", "Ann Lowry"}},
		{"the body's surname is not the headline's", "President Mark Renkers hosts Kenyan leader", "President Otieno met Secretary of State Ann Lowry in Nairobi on Monday.", []string{"Otieno", "Ann Lowry"}},
		{"the body names another holder", "King Abdallah Hamdan of Jordan receives Japanese foreign minister", "King Talal Nasser met Japanese Foreign Minister Kenji Sato in Amman on Monday.", []string{"Talal Nasser", "Kenji Sato"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			res := x.Extract(extract.Input{Title: c.title, Text: c.body, Published: "2024-03-05"})
			if len(res.Contacts) != 1 || sortedNames(res, res.Contacts[0]) != sortedCopy(c.want) {
				t.Errorf("contacts %v, want one of %v (actors %v)", describe(res), c.want, actorNames(res))
			}
		})
	}
}
