package extract

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

// describeClauses writes each clause of a sentence as "kind [subject] verb: words", its words without
// punctuation, in the order the clauses open; "-" for no subject or verb; a subject carried from
// another clause is written "^Name".
func describeClauses(s *sentence) []string {
	var out []string
	for ci, c := range s.clauses {
		var ws []string
		for k, t := range s.toks {
			if s.clauseAt[k] == ci && t.isWord() {
				ws = append(ws, t.text)
			}
		}
		if len(ws) == 0 {
			continue
		}
		subj := "-"
		if len(c.subjs) > 0 {
			var names []string
			for _, m := range c.subjs {
				names = append(names, m.surface)
			}
			subj = strings.Join(names, "+")
			if !c.own {
				subj = "^" + subj
			}
		}
		verb := "-"
		if c.verb >= 0 {
			verb = s.toks[c.verb].text
		}
		out = append(out, fmt.Sprintf("%s [%s] %s: %s", c.kind, subj, verb, strings.Join(ws, " ")))
	}
	return out
}

// TestClauseReader checks the clauses the reader finds in sentences written in the shapes wire copy uses.
func TestClauseReader(t *testing.T) {
	x := mustInternalExtractor(t)
	show := os.Getenv("ACTORGRAPH_CLAUSES") != ""
	for _, c := range clauseCases {
		d, err := x.read(t.Context(), c.text)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, s := range d.sents {
			got = append(got, describeClauses(s)...)
		}
		if show {
			fmt.Printf("\t{%q, []string{\n", c.text)
			for _, g := range got {
				fmt.Printf("\t\t%q,\n", g)
			}
			fmt.Printf("\t}},\n")
			continue
		}
		if strings.Join(got, "\n") != strings.Join(c.want, "\n") {
			t.Errorf("%s\n got:\n\t%s\nwant:\n\t%s", c.text, strings.Join(got, "\n\t"), strings.Join(c.want, "\n\t"))
		}
	}
}

var clauseCases = []struct {
	text string
	want []string
}{
	{"Turkey signed a trade deal with Iran on Monday and later met Russia in Ankara.", []string{
		"main [Turkey] signed: Turkey signed a trade deal with Iran on Monday",
		"coordinated [^Turkey] met: and later met Russia in Ankara",
	}},
	{"Laos borders Vietnam and joined ASEAN in 1997.", []string{
		"main [Laos] borders: Laos borders Vietnam",
		"coordinated [^Laos] joined: and joined ASEAN in 1997",
	}},
	{"Russia supplies Syria with arms and signed an agreement with Iran.", []string{
		"main [Russia] supplies: Russia supplies Syria with arms",
		"coordinated [^Russia] signed: and signed an agreement with Iran",
	}},
	{"Turkey, which hosted the talks, signed a deal with Iran.", []string{
		"main [Turkey] signed: Turkey signed a deal with Iran",
		"relative [^Turkey] hosted: which hosted the talks",
	}},
	{"Rwanda, which Uganda accuses of backing the M23 rebels, denies the charge.", []string{
		"main [Rwanda] denies: Rwanda denies the charge",
		"relative [Uganda] accuses: which Uganda accuses of backing the M23 rebels",
	}},
	{"President William Ruto of Kenya, who arrived in Nairobi on Friday, said that Ethiopia had attacked Somalia.", []string{
		"main [William Ruto] said: President William Ruto of Kenya said",
		"relative [^William Ruto] arrived: who arrived in Nairobi on Friday",
		"reported [Ethiopia] attacked: that Ethiopia had attacked Somalia",
	}},
	{"While Egypt mediated between Israel and Hamas, Qatar hosted Iran.", []string{
		"main [Qatar] hosted: Qatar hosted Iran",
		"adverbial [Egypt] mediated: While Egypt mediated between Israel and Hamas",
	}},
	{"Kenya will deploy police to Haiti, Ruto said on Friday.", []string{
		"reported [Kenya] deploy: Kenya will deploy police to Haiti",
		"main [-] said: Ruto said on Friday",
	}},
	{"\"We will not accept this,\" said Ruto, adding that Kenya would send troops to Haiti.", []string{
		"main [-] said: said Ruto",
		"quote [-] accept: We will not accept this",
		"participial [-] adding: adding",
		"reported [Kenya] send: that Kenya would send troops to Haiti",
	}},
	{"Russia launched drones at Ukraine overnight, killing three people in Kharkiv.", []string{
		"main [Russia] launched: Russia launched drones at Ukraine overnight",
		"participial [^Russia] killing: killing three people in Kharkiv",
	}},
	{"Backed by Russia, the junta in Mali expelled France's ambassador.", []string{
		"main [junta in Mali] expelled: the junta in Mali expelled France ambassador",
		"participial [^junta in Mali] Backed: Backed by Russia",
	}},
	{"After signing the accord in Doha, Qatar hosted Hamas.", []string{
		"main [Qatar] hosted: Qatar hosted Hamas",
		"adverbial [^Qatar] signing: After signing the accord in Doha",
	}},
	{"Japan lodged a protest with China after Chinese coast guard ships entered its waters.", []string{
		"main [Japan] lodged: Japan lodged a protest with China",
		"adverbial [Chinese coast guard] entered: after Chinese coast guard ships entered its waters",
	}},
	{"The European Union sanctioned Iran because Tehran supplied drones to Russia.", []string{
		"main [European Union] sanctioned: The European Union sanctioned Iran",
		"adverbial [Tehran] supplied: because Tehran supplied drones to Russia",
	}},
	{"Algeria criticised Mali; Morocco backed the junta.", []string{
		"main [Algeria] criticised: Algeria criticised Mali",
		"main [Morocco] backed: Morocco backed the junta",
	}},
	{"The Collective Security Treaty Organization (CSTO) sent troops to Kazakhstan.", []string{
		"main [CSTO] sent: The Collective Security Treaty Organization CSTO sent troops to Kazakhstan",
	}},
	{"Egypt, Qatar and the United States brokered the truce between Israel and Hamas.", []string{
		"main [Egypt+Qatar+United States] brokered: Egypt Qatar and the United States brokered the truce between Israel and Hamas",
	}},
	{"Israel struck Lebanon, and Hezbollah fired rockets at Israel.", []string{
		"main [Israel] struck: Israel struck Lebanon",
		"coordinated [Hezbollah] fired: and Hezbollah fired rockets at Israel",
	}},
	{"Ukraine told reporters on Friday that Iran supplied drones to Russia.", []string{
		"main [Ukraine] told: Ukraine told reporters on Friday",
		"reported [Iran] supplied: that Iran supplied drones to Russia",
	}},
	{"The United Nations said Sudan's army had bombed Khartoum.", []string{
		"main [United Nations] said: The United Nations said",
		"reported [Sudan's army] bombed: Sudan army had bombed Khartoum",
	}},
	{"Niger expelled the French ambassador — a move France condemned — and turned to Russia.", []string{
		"main [Niger] expelled: Niger expelled the French ambassador",
		"aside [-] —: a move France condemned",
		"coordinated [^Niger] turned: and turned to Russia",
	}},
	{"China's foreign ministry, speaking in Beijing, warned the Philippines against provocation.", []string{
		"main [foreign ministry] warned: China foreign ministry warned the Philippines against provocation",
		"participial [^foreign ministry] speaking: speaking in Beijing",
	}},
	{"Officials who met Putin in Moscow said Russia would supply gas to Hungary.", []string{
		"main [-] said: Officials said",
		"relative [-] met: who met Putin in Moscow",
		"reported [Russia] supply: Russia would supply gas to Hungary",
	}},
	{"India bought oil from Russia, which the United States sanctioned last year.", []string{
		"main [India] bought: India bought oil from Russia",
		"relative [United States] sanctioned: which the United States sanctioned last year",
	}},
	{"As Russian troops advanced, Poland sent tanks to Ukraine.", []string{
		"main [Poland] sent: Poland sent tanks to Ukraine",
		"adverbial [Russian] advanced: As Russian troops advanced",
	}},
	{"Brazil hosted the summit, but Argentina refused to sign the declaration.", []string{
		"main [Brazil] hosted: Brazil hosted the summit",
		"coordinated [Argentina] refused: but Argentina refused to sign the declaration",
	}},
	{"The deal that Chevron signed with Angola was approved by parliament.", []string{
		"main [-] approved: The deal was approved by parliament",
		"relative [Chevron] signed: that Chevron signed with Angola",
	}},
	{"Venezuela seized the tanker, according to officials in Guyana.", []string{
		"main [Venezuela] seized: Venezuela seized the tanker according to officials in Guyana",
	}},
	{"Sudan accused the United Arab Emirates of arming the Rapid Support Forces, a charge the UAE denies.", []string{
		"main [Sudan] accused: Sudan accused the United Arab Emirates of arming the Rapid Support Forces",
		"relative [-] -: a charge the UAE denies",
	}},
	{"Kenya, whose police lead the mission, asked the United States for more funds.", []string{
		"main [Kenya] asked: Kenya asked the United States for more funds",
		"relative [^Kenya] lead: whose police lead the mission",
	}},
	{"The president of Ghana met Nigeria's Bola Tinubu in Abuja before flying to Senegal.", []string{
		"main [president] met: The president of Ghana met Nigeria Bola Tinubu in Abuja",
		"adverbial [^president] flying: before flying to Senegal",
	}},
	{"Armenia accused Azerbaijan of shelling its villages, the defence ministry said.", []string{
		"reported [Armenia] accused: Armenia accused Azerbaijan of shelling its villages",
		"main [ministry] said: the defence ministry said",
	}},
	{"Ethiopia and Somalia, which had broken off relations in January, agreed to restore ties after talks in Ankara.", []string{
		"main [Ethiopia+Somalia] agreed: Ethiopia and Somalia agreed to restore ties after talks in Ankara",
		"relative [^Somalia] broken: which had broken off relations in January",
	}},
	{"South Korea condemned the launch, which North Korea said tested a new missile.", []string{
		"main [South Korea] condemned: South Korea condemned the launch",
		"relative [North Korea] said: which North Korea said",
		"reported [-] tested: tested a new missile",
	}},
	{"Gazprom halted gas deliveries to Poland and Bulgaria after both refused to pay in roubles.", []string{
		"main [Gazprom] halted: Gazprom halted gas deliveries to Poland and Bulgaria",
		"adverbial [-] refused: after both refused to pay in roubles",
	}},
	{"France withdrew its troops from Niger when the junta demanded it.", []string{
		"main [France] withdrew: France withdrew its troops from Niger",
		"adverbial [junta] demanded: when the junta demanded it",
	}},
	{"Ana Ruiz, a 31-year-old Chilean lawyer, died on Monday after being detained in Santiago by police.", []string{
		"main [Ana Ruiz] died: Ana Ruiz a 31-year-old Chilean lawyer died on Monday",
		"adverbial [^Ana Ruiz] detained: after being detained in Santiago by police",
	}},
	{"Poland backed sanctions on Russia while Hungary blocked them.", []string{
		"main [Poland] backed: Poland backed sanctions on Russia",
		"adverbial [Hungary] blocked: while Hungary blocked them",
	}},
	{"Argentina hosted the summit, criticising Venezuela and praising Brazil.", []string{
		"main [Argentina] hosted: Argentina hosted the summit",
		"participial [^Argentina] criticising: criticising Venezuela and praising Brazil",
	}},
	{"Iran denied that it had sent weapons to the Houthis.", []string{
		"main [Iran] denied: Iran denied",
		"reported [it] sent: that it had sent weapons to the Houthis",
	}},
	{"Speaking in Beijing on Monday, Wang Yi said China would support Pakistan.", []string{
		"main [Wang Yi] said: Wang Yi said",
		"participial [^Wang Yi] Speaking: Speaking in Beijing on Monday",
		"reported [China] support: China would support Pakistan",
	}},
	{"The agreement, signed in Riyadh, commits Saudi Arabia to buy arms from the United States.", []string{
		"main [-] commits: The agreement commits Saudi Arabia to buy arms from the United States",
		"participial [-] signed: signed in Riyadh",
	}},
	{"Hungary blocked the EU statement, saying it was one-sided.", []string{
		"main [Hungary] blocked: Hungary blocked the EU statement",
		"participial [^Hungary] saying: saying",
		"reported [it] was: it was one-sided",
	}},
	{"Before the vote, Ghana and Nigeria had backed the resolution.", []string{
		"main [Ghana+Nigeria] backed: Before the vote Ghana and Nigeria had backed the resolution",
	}},
	{"Uganda sent troops to Somalia (where al-Shabaab still holds towns) and trained the Somali army.", []string{
		"main [Uganda] sent: Uganda sent troops to Somalia",
		"aside [al-Shabaab] holds: where al-Shabaab still holds towns",
		"coordinated [^Uganda] trained: and trained the Somali army",
	}},
}
