package names

import "strings"

// Compatible reports whether two person names may denote the same person although their
// Keys differ: the surnames' keys are equal and the first names are equal, one is an
// initial of the other, or one is a common English nickname of the other (Dave/David,
// Pat/Patrick, Joe/Joseph). Use it within one article, where the shared surname is strong
// context; across a database prefer Key equality.
func Compatible(a, b string) bool {
	ka, kb := strings.Fields(Key(a)), strings.Fields(Key(b))
	if len(ka) == 0 || len(kb) == 0 || ka[len(ka)-1] != kb[len(kb)-1] {
		return false
	}
	if len(ka) == 1 || len(kb) == 1 {
		return true
	}
	fa, fb := ka[0], kb[0]
	switch {
	case fa == fb:
		return true
	case len(fa) == 1 && strings.HasPrefix(fb, fa), len(fb) == 1 && strings.HasPrefix(fa, fb):
		return true
	}
	return nickname(fa) != "" && nickname(fa) == nickname(fb)
}

// nickname maps a first-name key (after Translit) to the key of its formal form, or
// returns the word itself when it is a formal form; "" for names it does not know.
func nickname(w string) string {
	switch w {
	case "dave", "david":
		return "david"
	case "pat", "patrick":
		return "patrick"
	case "joe", "joseph", "josef":
		return "joseph"
	case "mike", "michael", "mikhael":
		return "michael"
	case "bil", "bily", "wil", "wiliam", "liam":
		return "wiliam"
	case "bob", "boby", "rob", "robert":
		return "robert"
	case "jim", "jimy", "james", "jamy":
		return "james"
	case "tom", "tomas", "tomy":
		return "tomas"
	case "tony", "antony", "anton", "antonio":
		return "antony"
	case "dan", "daniel", "dany":
		return "daniel"
	case "ben", "benjamin", "bibi":
		return "benjamin"
	case "aleks", "aleksander", "aleksandr", "sasha":
		return "aleksander"
	case "chris", "christofer":
		return "christofer"
	case "matt", "mat", "matew":
		return "matew"
	case "nick", "nicolas", "nikolas", "nicholas", "nikolay":
		return "nicolas"
	case "steve", "steven", "stefen", "stefan":
		return "steven"
	case "ted", "edward", "ed":
		return "edward"
	case "andy", "andrew":
		return "andrew"
	case "jake", "jacob":
		return "jacob"
	case "kate", "katerine", "caterine", "katy":
		return "caterine"
	case "liz", "elizabet", "beth":
		return "elizabet"
	}
	return ""
}
