package extract

// MaxSentenceTokens is maxSentenceTokens, for the tests of the extract_test package.
const MaxSentenceTokens = maxSentenceTokens
