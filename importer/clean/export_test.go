package clean

// WordCount is wordCount, for the external tests.
func WordCount(s string) int { return wordCount(s) }
