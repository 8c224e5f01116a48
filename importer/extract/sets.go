package extract

func sameInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func subset(a, b []int) bool {
	for _, v := range a {
		if !contains(b, v) {
			return false
		}
	}
	return true
}

func contains(a []int, v int) bool {
	for _, x := range a {
		if x == v {
			return true
		}
	}
	return false
}

func distinct(a []int) []int {
	var out []int
	seen := map[int]bool{}
	for _, v := range a {
		if v >= 0 && !seen[v] {
			seen[v] = true
			out = append(out, v)
		}
	}
	return out
}

// overlaps reports whether a and b share a value.
func overlaps(a, b []int) bool {
	for _, v := range a {
		if contains(b, v) {
			return true
		}
	}
	return false
}
