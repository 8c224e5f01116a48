package clean_test

import "testing"

func TestComments(t *testing.T) {
	thread := "Tom Reeve says:\nMarch 3, 2024 at 9:12 am\nPresident Biden should have met Prime Minister Modi sooner.\nReply\n" +
		"Ana Silva says:\nMarch 3, 2024 at 11:40 pm\nI agree with Tom.\nReply"
	runCases(t, []cleanCase{
		{"thread under its heading", story + "\n2 thoughts on “Ministers talk”\n" + thread, story,
			[]string{"comment", "comment", "comment", "comment", "comment", "comment", "comment", "comment", "comment"}},
		{"names without says, reply buttons", story + "\nComments\nJOE BLACK\n14/03/2024 at 3:00 pm\nWhere is Macron in all this?\nReply\n" +
			"Kate W\n14/03/2024 at 5:29 pm\nGreat read.\nReply", story,
			[]string{"comment", "comment", "comment", "comment", "comment", "comment", "comment", "comment", "comment"}},
		{"comment form between heading and thread", story + "\nThis Post Has 2 Comments\nLeave a Comment\nName *\n" + thread, story,
			[]string{"comment", "comment", "comment", "comment", "comment", "comment", "comment", "comment", "comment", "comment", "comment"}},
		{"one comment is no thread", story + "\nTom Reeve says:\nMarch 3, 2024 at 9:12 am\nGreat read.",
			story + "\n\nTom Reeve says:\n\nGreat read.", []string{"widget"}},
		{"live blog entries are kept", story + "\nJane Doe\nMarch 3, 2024 at 9:12 am\nThe ministers met in Geneva.\n" +
			"Jane Doe\nMarch 3, 2024 at 11:40 am\nThe talks ended without a deal.",
			story + "\n\nThe ministers met in Geneva.\n\nThe talks ended without a deal.", []string{"widget", "widget", "repeat", "heading"}},
	})
}
