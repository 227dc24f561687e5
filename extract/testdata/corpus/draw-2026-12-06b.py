# The fourth held-out draw (2026-12-06): slots 77-108, drawn before any of their articles was written.
import random
r = random.Random(202612062)
regions = ["West Africa", "East Africa", "Central Africa", "Southern Africa", "Middle East and North Africa",
           "Western Europe", "Eastern Europe and the Caucasus", "Central Asia", "South Asia", "East Asia",
           "Southeast Asia and the Pacific", "Latin America", "North America"]
kinds = ["disputed election", "coup", "ceasefire or peace deal", "sanctions", "arms sale",
         "state visit with signed agreements", "military exercise", "border clash", "expelled diplomats",
         "extradition", "energy or infrastructure deal", "acquisition involving a state company",
         "decision of an international or regional body", "protest and crackdown", "aid"]
styles = ["wire copy", "analysis", "feature", "live updates", "rewritten press release"]
reg = []
for _ in range(3):
    a = regions[:]; r.shuffle(a); reg += a
kin = []
for _ in range(3):
    k = kinds[:]; r.shuffle(k); kin += k
sty = (styles * 7)[:32]; r.shuffle(sty)
ev = ["real"] * 16 + ["invented"] * 16; r.shuffle(ev)
for i in range(32):
    print(f"| {77+i} | {reg[i]} | {kin[i]} | {sty[i]} | {ev[i]} |")
