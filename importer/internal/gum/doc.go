// Package gum reads the documents of the GUM treebank (Zeldes 2017, "The GUM Corpus:
// Creating Multilayer Resources in the Classroom", CC BY 4.0) from its CoNLL-U files as
// the importer would see them as articles: each document's text rebuilt from its tokens,
// with its paragraphs, sentences and tokens (with their syntax) placed on the text in rune
// offsets, and GUM's gold annotation kept beside them: entity mentions and their
// coreference chains, quotations, and dates normalised with their grain.
//
// GUM is real text (news, interviews, biographies, speeches, textbooks, travel guides)
// whose gold is independent of the development set the extraction rules were written
// from, so two evaluations read it: importer/dates/internal/gumeval scores the date finder
// on its dates, importer/extract/gumeval scores names, actors, pronouns and quote speakers
// on its entities. They read the same documents the same way, so they share this reader;
// what they need differently (whether a first paragraph that repeats the title is part of
// the text) is an Option.
//
// The reader stays apart from importer/parse's ReadCoNLLU, which gives the tagger and
// parser the syntactic words of each sentence and nothing else: it drops exactly what this
// package is for (multiword tokens' printed forms, SpaceAfter, the MISC column's Entity=
// and XML= annotation, documents, paragraphs and their metadata). Building on it would
// make the training reader carry a treebank evaluation's concerns and re-read every line
// for the columns it leaves out.
package gum
