package extract_test

import (
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// TestClaimsStayClaims reads sentences in the shapes news uses to report what someone else says, hedges or
// denies. The reported relationship must never be stored as a fact: it is either dropped or kept as a claim,
// and then the claim names its claimant (an entity id) or graph.ClaimUnattributed. Facts the sentence does
// state (an accusation is a fact about the accuser) are checked too.
func TestClaimsStayClaims(t *testing.T) {
	tests := []struct {
		name    string
		text    string
		claimed rel    // never a fact, in any type between its two actors
		by      string // the claimant when the relationship is kept; "" when it must be dropped
		want    []rel  // facts the sentence states
	}{
		{name: "according to, after the clause", text: "Iran supplied drones to the Houthis, according to a United Nations panel.", claimed: rel{"state:iran", graph.Supports, "organization:houthis"}, by: "organization:united-nations"},
		{name: "according to, before the clause", text: "According to Kyiv, Belarus has trained Russian troops.", claimed: rel{"state:belarus", graph.Supports, "state:russia"}, by: "state:ukraine"},
		{name: "is said to have", text: "Rwanda is said to have sent troops into Burundi.", claimed: rel{"state:rwanda", graph.DeployedForcesTo, "state:burundi"}, by: graph.ClaimUnattributed},
		{name: "reportedly", text: "Eritrea reportedly deployed soldiers to Sudan last week.", claimed: rel{"state:eritrea", graph.DeployedForcesTo, "state:sudan"}, by: graph.ClaimUnattributed},
		{name: "allegedly", text: "Russia allegedly supplied weapons to the Taliban.", claimed: rel{"state:russia", graph.Supports, "organization:taliban"}, by: graph.ClaimUnattributed},
		{name: "is believed to have", text: "North Korea is believed to have shipped artillery shells to Russia.", claimed: rel{"state:north-korea", graph.Supports, "state:russia"}, by: graph.ClaimUnattributed},
		{name: "has accused X of backing Y", text: "Ukraine has accused Belarus of backing Russia's invasion.", claimed: rel{"state:belarus", graph.Supports, "state:russia"}, by: "state:ukraine", want: []rel{{"state:ukraine", graph.Accuses, "state:belarus"}}},
		{name: "present-tense accusation by a body", text: "Sudan's army accuses the United Arab Emirates of arming the Rapid Support Forces.", claimed: rel{"state:united-arab-emirates", graph.Supports, "organization:rapid-support-forces"}, by: "organization:sudanese-army"},
		{name: "denies with a gerund", text: "Venezuela denies supplying fuel to Cuba.", claimed: rel{"state:venezuela", graph.Supports, "state:cuba"}},
		{name: "denied that it had", text: "Venezuela denied that it had supplied weapons to the National Liberation Army.", claimed: rel{"state:venezuela", graph.Supports, "organization:national-liberation-army"}},
		{name: "claims without that", text: "Pakistan claims India funded the Balochistan Liberation Army.", claimed: rel{"state:india", graph.Supports, "organization:balochistan-liberation-army"}, by: "state:pakistan"},
		{name: "sources close to", text: "Sources close to the Sudanese army say Egypt supplied drones to the army.", claimed: rel{"state:egypt", graph.Supports, "organization:sudanese-armed-forces"}, by: "organization:sudanese-army"},
		{name: "a headline with says", text: "Ukraine says Iran sent drones to Russia", claimed: rel{"state:iran", graph.Supports, "state:russia"}, by: "state:ukraine"},
		{name: "the reporting clause after, in the present tense", text: "Turkey sold drones to Ethiopia, Western diplomats say.", claimed: rel{"state:turkey", graph.Supports, "state:ethiopia"}, by: graph.ClaimUnattributed},
		{name: "is alleged to have", text: "Egypt is alleged to have supplied arms to the Libyan National Army.", claimed: rel{"state:egypt", graph.Supports, "organization:libyan-national-army"}, by: graph.ClaimUnattributed},
		{name: "a relative accused and its denial", text: "Chad, which Sudan accuses of arming the Rapid Support Forces, rejected the charge.", claimed: rel{"state:chad", graph.Supports, "organization:rapid-support-forces"}, by: "state:sudan", want: []rel{{"state:sudan", graph.Accuses, "state:chad"}}},
		{name: "a state's media reported", text: "Israel struck Iran overnight, Iranian state media reported.", claimed: rel{"state:israel", graph.Attacked, "state:iran"}, by: "organization:iranian-state-media"},
		{name: "is thought to have", text: "Moscow is thought to have paid the Wagner Group.", claimed: rel{"state:russia", graph.Supports, "organization:wagner-group"}, by: graph.ClaimUnattributed},
		{name: "a minister's claim that", text: "Hungary's foreign minister claimed that Ukraine had blocked oil deliveries to Slovakia.", claimed: rel{"state:ukraine", graph.Sanctions, "state:slovakia"}, by: "state:hungary"},
		{name: "alleges that", text: "Niger's junta alleges that France is backing jihadist groups in Mali.", claimed: rel{"state:france", graph.Supports, "state:mali"}, by: "organization:nigerien-junta"},
		{name: "officials in a capital said", text: "Officials in Kinshasa said Rwandan troops had crossed into Burundi.", claimed: rel{"state:rwanda", graph.DeployedForcesTo, "state:burundi"}, by: "state:democratic-republic-of-the-congo"},
		{name: "a passive report of an allegation", text: "Belarus has been accused of helping Russia evade sanctions.", claimed: rel{"state:belarus", graph.Supports, "state:russia"}, by: graph.ClaimUnattributed},
		{name: "a denial of one's own act", text: "Kenya said it had not sent troops to Somalia.", claimed: rel{"state:kenya", graph.DeployedForcesTo, "state:somalia"}},
		{name: "accused in a headline", text: "Mali accuses Algeria of harbouring rebels", claimed: rel{"state:algeria", graph.Supports, "state:mali"}, want: []rel{{"state:mali", graph.Accuses, "state:algeria"}}},
		{name: "a reporting clause inside the sentence", text: "Eritrea, the ministry said, supplied rifles to the Tigray People's Liberation Front.", claimed: rel{"state:eritrea", graph.Supports, "organization:tigray-peoples-liberation-front"}, by: graph.ClaimUnattributed},
		{name: "accused by", text: "Serbia was accused by Kosovo of arming the gunmen.", claimed: rel{"state:serbia", graph.Supports, "state:kosovo"}},
		{name: "suspected of", text: "Iran is suspected of supplying missiles to the Houthis.", claimed: rel{"state:iran", graph.Supports, "organization:houthis"}, by: graph.ClaimUnattributed},
		{name: "in a statement, said that", text: "In a statement, Ukraine said Belarus had sent troops to the border.", claimed: rel{"state:belarus", graph.DeployedForcesTo, "state:ukraine"}},
		{name: "said after the clause, inverted", text: "Egypt has been backing the Sudanese army, said Ethiopia.", claimed: rel{"state:egypt", graph.Supports, "organization:sudanese-army"}, by: "state:ethiopia"},
		{name: "has long maintained", text: "Israel has long maintained that Iran arms Hezbollah.", claimed: rel{"state:iran", graph.Supports, "organization:hezbollah"}, by: "state:israel"},
		{name: "repeatedly denied with a gerund", text: "Iran has repeatedly denied arming the Houthis.", claimed: rel{"state:iran", graph.Supports, "organization:houthis"}},
		{name: "rejected accusations that", text: "China rejected accusations that it armed Russia.", claimed: rel{"state:china", graph.Supports, "state:russia"}},
		{name: "dismissed reports that", text: "Rwanda dismissed as lies reports that it had sent troops to Burundi.", claimed: rel{"state:rwanda", graph.DeployedForcesTo, "state:burundi"}},
		{name: "alleges without that", text: "Washington alleges Beijing is supplying Moscow with drone parts.", claimed: rel{"state:china", graph.Supports, "state:russia"}, by: "state:united-states"},
		{name: "experts say", text: "United Nations experts say Rwanda provided support to the March 23 Movement.", claimed: rel{"state:rwanda", graph.Supports, "organization:march-23-movement"}, by: "organization:united-nations"},
		{name: "a relative clause of the accused", text: "The Houthis, which Iran is accused of arming, attacked ships.", claimed: rel{"state:iran", graph.Supports, "organization:houthis"}, by: graph.ClaimUnattributed},
		{name: "reportedly agreed to sell", text: "Pakistan reportedly agreed to sell jets to Azerbaijan.", claimed: rel{"state:pakistan", graph.Supports, "state:azerbaijan"}, by: graph.ClaimUnattributed},
		{name: "was reported to have", text: "Turkey was reported to have sent drones to Somalia.", claimed: rel{"state:turkey", graph.Supports, "state:somalia"}, by: graph.ClaimUnattributed},
		{name: "appears to have", text: "Iran appears to have supplied drones to Sudan.", claimed: rel{"state:iran", graph.Supports, "state:sudan"}, by: graph.ClaimUnattributed},
		{name: "intelligence officials believe", text: "Western intelligence officials believe Iran sent missiles to Russia.", claimed: rel{"state:iran", graph.Supports, "state:russia"}, by: graph.ClaimUnattributed},
		{name: "critics accuse", text: "Critics accuse Russia of propping up Syria.", claimed: rel{"state:russia", graph.Supports, "state:syria"}, by: graph.ClaimUnattributed},
		{name: "headline: denies sending", text: "Rwanda denies sending troops to Burundi", claimed: rel{"state:rwanda", graph.DeployedForcesTo, "state:burundi"}},
		{name: "headline: accused of arming", text: "Iran accused of arming Houthis", claimed: rel{"state:iran", graph.Supports, "organization:houthis"}, by: graph.ClaimUnattributed},
		{name: "headline: colon report", text: "Iran armed Houthis: UN report", claimed: rel{"state:iran", graph.Supports, "organization:houthis"}, by: "organization:united-nations"},
		{name: "a report found", text: "Rwanda armed the March 23 Movement, a United Nations report found.", claimed: rel{"state:rwanda", graph.Supports, "organization:march-23-movement"}, by: "organization:united-nations"},
		{name: "sources said", text: "Qatar paid Hamas, sources said.", claimed: rel{"state:qatar", graph.Supports, "organization:hamas"}, by: graph.ClaimUnattributed},
		{name: "people familiar with the matter", text: "China supplied Russia with drones, two people familiar with the matter said.", claimed: rel{"state:china", graph.Supports, "state:russia"}, by: graph.ClaimUnattributed},
		{name: "the unclear", text: "It is unclear whether Iran sent drones to Venezuela.", claimed: rel{"state:iran", graph.Supports, "state:venezuela"}},
		{name: "a claim by a named person after", text: "Russia sent troops to Libya, Khalifa Haftar claimed.", claimed: rel{"state:russia", graph.DeployedForcesTo, "state:libya"}, by: "person:khalifa-haftar"},
		{name: "a noun of allegation", text: "Iran's alleged supply of drones to Russia angered Kyiv.", claimed: rel{"state:iran", graph.Supports, "state:russia"}, by: graph.ClaimUnattributed},
		{name: "reports that", text: "Reports that Belarus sent troops to Russia alarmed Poland.", claimed: rel{"state:belarus", graph.DeployedForcesTo, "state:russia"}, by: graph.ClaimUnattributed},
		{name: "a report by X said", text: "A report by Amnesty International said Saudi Arabia had bombed Yemen.", claimed: rel{"state:saudi-arabia", graph.Attacked, "state:yemen"}, by: "organization:amnesty-international"},
		{name: "accused by, with a gerund", text: "Hungary has been accused by Poland of helping Russia.", claimed: rel{"state:hungary", graph.Supports, "state:russia"}, by: "state:poland"},
		{name: "alleged that", text: "Sudan alleged that the United Arab Emirates had supplied weapons to the Rapid Support Forces.", claimed: rel{"state:united-arab-emirates", graph.Supports, "organization:rapid-support-forces"}, by: "state:sudan"},
		{name: "headline: denies", text: "Kenya denies sending troops to Somalia", claimed: rel{"state:kenya", graph.DeployedForcesTo, "state:somalia"}},
		{name: "headline: says with a colon quote", text: "Ukraine says Belarus trained Russian troops", claimed: rel{"state:belarus", graph.Supports, "state:russia"}, by: "state:ukraine"},
		{name: "it is alleged", text: "It is alleged that Iran supplied missiles to the Houthis.", claimed: rel{"state:iran", graph.Supports, "organization:houthis"}, by: graph.ClaimUnattributed},
		{name: "claimed responsibility is own", text: "Iraq claimed that Turkey had bombed Kurdistan.", claimed: rel{"state:turkey", graph.Attacked, "place:kurdistan"}, by: "state:iraq"},
		{name: "purportedly", text: "Russia purportedly sent fighters to Mali.", claimed: rel{"state:russia", graph.DeployedForcesTo, "state:mali"}, by: graph.ClaimUnattributed},
		{name: "insists", text: "Azerbaijan insists Armenia shelled its positions.", claimed: rel{"state:armenia", graph.Attacked, "state:azerbaijan"}, by: "state:azerbaijan"},
		{name: "evidence suggests", text: "Evidence suggests North Korea supplied missiles to Russia.", claimed: rel{"state:north-korea", graph.Supports, "state:russia"}, by: graph.ClaimUnattributed},
		{name: "analysts believe", text: "Analysts believe China is arming Russia.", claimed: rel{"state:china", graph.Supports, "state:russia"}, by: graph.ClaimUnattributed},
		{name: "a denial with a that-clause later", text: "Rwanda has denied claims that it backs the March 23 Movement.", claimed: rel{"state:rwanda", graph.Supports, "organization:march-23-movement"}},
		{name: "dismissed as baseless allegations", text: "Beijing dismissed as baseless allegations that it supplied Russia with weapons.", claimed: rel{"state:china", graph.Supports, "state:russia"}},
		{name: "rumoured", text: "Qatar is rumoured to have funded the Taliban.", claimed: rel{"state:qatar", graph.Supports, "organization:taliban"}, by: graph.ClaimUnattributed},
		{name: "a denial of an attack", text: "Israel denied striking Lebanon.", claimed: rel{"state:israel", graph.Attacked, "state:lebanon"}},
		{name: "according to a statement by", text: "Mali attacked Algeria, according to a statement by the Algerian defence ministry.", claimed: rel{"state:mali", graph.Attacked, "state:algeria"}, by: "organization:algerian-defence-ministry"},
		{name: "told reporters that", text: "The Ukrainian foreign minister told reporters that Iran had supplied drones to Russia.", claimed: rel{"state:iran", graph.Supports, "state:russia"}, by: "state:ukraine"},
		{name: "in an interview", text: "In an interview, Hungary's prime minister said Ukraine had attacked Russia.", claimed: rel{"state:ukraine", graph.Attacked, "state:russia"}, by: "state:hungary"},
		{name: "human rights groups say", text: "Human rights groups say Egypt detained hundreds of protesters.", claimed: rel{"state:egypt", graph.Detained, "organization:egyptian-protesters"}, by: graph.ClaimUnattributed},
		{name: "a leaked report", text: "A leaked United Nations report says Eritrea armed al-Shabaab.", claimed: rel{"state:eritrea", graph.Supports, "organization:al-shabaab"}, by: "organization:united-nations"},
		{name: "a charge after an accusation names the accusation, a fact", text: "The opposition accused Kenya of arming the militia, a charge Kenya denied.", claimed: rel{"state:kenya", graph.Supports, "organization:militia"}, want: []rel{{"organization:kenyan-opposition", graph.Accuses, "state:kenya"}}},
		{name: "a claim noun after the fact", text: "Iran supplied drones to Russia, a claim Tehran denies.", claimed: rel{"state:iran", graph.Supports, "state:russia"}, by: graph.ClaimUnattributed},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := mustExtract(t, tt.text)
			for _, r := range b.Relations {
				if r.From != tt.claimed.from || r.To != tt.claimed.to {
					continue
				}
				for _, ev := range r.Evidence {
					switch {
					case ev.Claim == "":
						t.Errorf("%s stated as a fact: %q", r.ID, ev.Text)
					case tt.by == "":
						t.Errorf("%s kept as a claim of %s; it must be dropped", r.ID, ev.Claim)
					case ev.Claim != tt.by:
						t.Errorf("%s claimed by %s, want %s", r.ID, ev.Claim, tt.by)
					}
				}
			}
			for _, w := range tt.want {
				if r := hasRelation(b, w.from, w.t, w.to); r == nil || !statedAsFact(*r) {
					t.Errorf("want the fact %s %s %s", w.from, w.t, w.to)
				}
			}
			if t.Failed() {
				for _, r := range b.Relations {
					for _, ev := range r.Evidence {
						t.Logf("got %s (claim %q)", r.ID, ev.Claim)
					}
				}
			}
		})
	}
}
