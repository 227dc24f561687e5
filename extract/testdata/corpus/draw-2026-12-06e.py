# The seventh draw (2026-12-06, fourth session): slots 151-174, drawn before any of their articles was written.
# Sixteen go to the development split and eight to the held-out split (drawn here too), so that the held-out
# split stays above a third of the corpus: 134 development against 70 held out.
import random
r = random.Random(202612065)
regions = ["West Africa", "East Africa", "Central Africa", "Southern Africa", "Middle East and North Africa",
           "Western Europe", "Eastern Europe and the Caucasus", "Central Asia", "South Asia", "East Asia",
           "Southeast Asia and the Pacific", "Latin America", "North America"]
kinds = ["disputed election", "coup", "ceasefire or peace deal", "sanctions", "arms sale",
         "state visit with signed agreements", "military exercise", "border clash", "expelled diplomats",
         "extradition", "energy or infrastructure deal", "acquisition involving a state company",
         "decision of an international or regional body", "protest and crackdown", "aid"]
styles = ["wire copy", "analysis", "feature", "live updates", "rewritten press release"]
reg = []
for _ in range(2):
    a = regions[:]; r.shuffle(a); reg += a
kin = []
for _ in range(2):
    k = kinds[:]; r.shuffle(k); kin += k
sty = (styles * 5)[:24]; r.shuffle(sty)
ev = ["real"] * 12 + ["invented"] * 12; r.shuffle(ev)
split = ["dev"] * 16 + ["heldout"] * 8; r.shuffle(split)
for i in range(24):
    print(f"| {151+i} | {reg[i]} | {kin[i]} | {sty[i]} | {ev[i]} | {split[i]} |")
