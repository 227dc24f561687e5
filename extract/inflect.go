package extract

import "strings"

// irregular lists the past tense and past participle of the irregular verbs the lexicon uses.
var irregular = map[string][2]string{
	"send": {"sent", "sent"}, "lead": {"led", "led"}, "meet": {"met", "met"}, "hold": {"held", "held"},
	"strike": {"struck", "struck"}, "sell": {"sold", "sold"}, "buy": {"bought", "bought"}, "give": {"gave", "given"},
	"take": {"took", "taken"}, "seek": {"sought", "sought"}, "fight": {"fought", "fought"}, "win": {"won", "won"},
	"bring": {"brought", "brought"}, "speak": {"spoke", "spoken"}, "shoot": {"shot", "shot"}, "cut": {"cut", "cut"},
	"withdraw": {"withdrew", "withdrawn"}, "overthrow": {"overthrew", "overthrown"}, "fly": {"flew", "flown"},
	"lend": {"lent", "lent"}, "build": {"built", "built"}, "pay": {"paid", "paid"}, "say": {"said", "said"},
	"tell": {"told", "told"}, "keep": {"kept", "kept"}, "stand": {"stood", "stood"}, "freeze": {"froze", "frozen"},
	"oversee": {"oversaw", "overseen"}, "undertake": {"undertook", "undertaken"}, "rebuke": {"rebuked", "rebuked"},
	"set": {"set", "set"}, "put": {"put", "put"}, "shut": {"shut", "shut"}, "hit": {"hit", "hit"}, "ring": {"rang", "rung"},
	"run": {"ran", "run"}, "drive": {"drove", "driven"}, "break": {"broke", "broken"}, "sign": {"signed", "signed"},
	"forbid": {"forbade", "forbidden"}, "beat": {"beat", "beaten"}, "seize": {"seized", "seized"}, "lay": {"laid", "laid"},
	"sit": {"sat", "sat"}, "deal": {"dealt", "dealt"}, "swear": {"swore", "sworn"}, "choose": {"chose", "chosen"},
	"sweep": {"swept", "swept"}, "shake": {"shook", "shaken"}, "ride": {"rode", "ridden"}, "grow": {"grew", "grown"},
	"become": {"became", "become"}, "begin": {"began", "begun"}, "throw": {"threw", "thrown"},
	"find": {"found", "found"}, "think": {"thought", "thought"}, "come": {"came", "come"}, "slay": {"slew", "slain"}, "tear": {"tore", "torn"},
	"gainsay": {"gainsaid", "gainsaid"}, "sublet": {"sublet", "sublet"},
	"fall": {"fell", "fallen"}, "have": {"had", "had"}, "quit": {"quit", "quit"}, "do": {"did", "done"}, "go": {"went", "gone"}, "be": {"was", "been"},
}

// irregularThird lists third persons that the rules would get wrong.
var irregularThird = map[string]string{"have": "has", "do": "does", "go": "goes", "be": "is"}

// doubling lists the verbs that double their last consonant before -ed and -ing ("ban", "banned"); those
// ending in "l" double it in British spelling only, so both spellings are kept ("labelled", "labeled").
var doubling = words("ban|bar|stop|ship|plan|drop|grip|rob|shun|snub|slam|spur|admit|commit|equip|" +
	"control|patrol|kidnap|scrap|tap|step|clip|flag|map|top|trap|wrap|chop|drag|net|pin|plot|" +
	"prod|rap|rig|tag|quit|permit|submit|omit|refer|prefer|confer|compel|expel|propel|repel|dispel|" +
	"rebel|abet|regret|outstrip|label|travel|signal|cancel|model|fuel|total|counsel|level|channel|slap|readmit|" +
	"stab|gun|extol|spar|quarrel|" +
	// verbs of the WordNet table (wordnet_verbs.go)
	"flog|pistol-whip|sublet")

// stressedL are the verbs in -l that double it in American spelling too.
var stressedL = words("expel|compel|propel|repel|dispel|rebel|excel|control|patrol|extol")

// verbForms returns the forms of an English verb: the base, third person, past, past participle and
// gerund ("impose" → impose, imposes, imposed, imposing). The lexicon lists base forms only, so every
// trigger covers its tenses alike and no inflection is forgotten for one verb and not another. A phrase
// inflects its first word ("crack down on").
func verbForms(base string) []string {
	if first, rest, ok := strings.Cut(base, " "); ok {
		var out []string
		for _, f := range verbForms(first) {
			out = append(out, f+" "+rest)
		}
		return out
	}
	n := len(base)
	last := base[n-1]
	stem, ed := base, "ed"
	third, ger := base+"s", base+"ing"
	out := []string{base}
	switch {
	case strings.HasSuffix(base, "ie"):
		ed, ger = "d", base[:n-2]+"ying"
	case last == 'e':
		ed = "d"
		if !strings.HasSuffix(base, "ee") {
			ger = base[:n-1] + "ing"
		}
	case last == 'y' && n > 1 && !strings.ContainsRune("aeiou", rune(base[n-2])):
		stem, third = base[:n-1]+"i", base[:n-1]+"ies"
	case doubling[base]:
		if last == 'l' && !stressedL[base] {
			out = append(out, base+"ed", base+"ing") // American spelling
		}
		stem, ger = base+string(last), base+string(last)+"ing"
	case strings.HasSuffix(base, "s") || strings.HasSuffix(base, "x") || strings.HasSuffix(base, "z") ||
		strings.HasSuffix(base, "ch") || strings.HasSuffix(base, "sh") || strings.HasSuffix(base, "o"):
		third = base + "es"
	}
	if t, ok := irregularThird[base]; ok {
		third = t
	}
	past := stem + ed
	out = append(out, third, past, ger)
	if irr, ok := irregularOf(base); ok {
		out = append(out[:len(out)-2], irr[0], irr[1], ger)
	}
	return uniq(out)
}

// irregularOf returns the irregular past forms of a verb, or of the irregular verb it ends in after a
// prefix: "uphold" → upheld, "withhold" → withheld, "overtake" → overtook.
func irregularOf(base string) ([2]string, bool) {
	if irr, ok := irregular[base]; ok {
		return irr, true
	}
	for _, pre := range []string{"up", "with", "over", "under", "out", "re", "fore", "mis"} {
		if rest, ok := strings.CutPrefix(base, pre); ok {
			if irr, ok := irregular[rest]; ok && len(rest) >= 3 {
				return [2]string{pre + irr[0], pre + irr[1]}, true
			}
		}
	}
	return [2]string{}, false
}

// nounForms returns a noun and its plural ("sanction", "sanctions"; "ally", "allies").
func nounForms(n string) []string {
	if strings.Contains(n, " ") {
		i := strings.LastIndexByte(n, ' ')
		var out []string
		for _, f := range nounForms(n[i+1:]) {
			out = append(out, n[:i+1]+f)
		}
		return out
	}
	k := len(n)
	switch {
	case strings.HasSuffix(n, "s") || strings.HasSuffix(n, "x") || strings.HasSuffix(n, "ch") || strings.HasSuffix(n, "sh") || strings.HasSuffix(n, "o"):
		return uniq([]string{n, n + "es"})
	case strings.HasSuffix(n, "y") && k > 1 && !strings.ContainsRune("aeiou", rune(n[k-2])):
		return []string{n, n[:k-1] + "ies"}
	}
	return []string{n, n + "s"}
}

func uniq(l []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, s := range l {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}
