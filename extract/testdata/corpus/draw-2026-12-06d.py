# The sixth draw (2026-12-06, fourth session): slots 133-150, drawn before any of their articles was written.
# Twelve go to the development split and six to the held-out split (drawn here too), so that the held-out
# split stays above a third of the corpus: 118 development against 62 held out.
import random
r = random.Random(202612064)
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
sty = (styles * 4)[:18]; r.shuffle(sty)
ev = ["real"] * 9 + ["invented"] * 9; r.shuffle(ev)
split = ["dev"] * 12 + ["heldout"] * 6; r.shuffle(split)
for i in range(18):
    print(f"| {133+i} | {reg[i]} | {kin[i]} | {sty[i]} | {ev[i]} | {split[i]} |")
