import random
r = random.Random(20261206)
regions = ["West Africa", "East Africa", "Central Africa", "Southern Africa", "Middle East and North Africa",
           "Western Europe", "Eastern Europe and the Caucasus", "Central Asia", "South Asia", "East Asia",
           "Southeast Asia and the Pacific", "Latin America", "North America"]
kinds = ["disputed election", "coup", "ceasefire or peace deal", "sanctions", "arms sale",
         "state visit with signed agreements", "military exercise", "border clash", "expelled diplomats",
         "extradition", "energy or infrastructure deal", "acquisition involving a state company",
         "decision of an international or regional body", "protest and crackdown", "aid"]
styles = ["wire copy", "analysis", "feature", "live updates", "rewritten press release"]
a = regions[:]; r.shuffle(a); b = regions[:]; r.shuffle(b)
reg = a + b[:3]
k1 = kinds[:]; r.shuffle(k1); k2 = kinds[:]; r.shuffle(k2)
kin = k1 + k2[:1]
sty = (styles * 4)[:16]; r.shuffle(sty)
ev = ["real"] * 8 + ["invented"] * 8; r.shuffle(ev)
for i in range(16):
    print(f"| {61+i} | {reg[i]} | {kin[i]} | {sty[i]} | {ev[i]} |")
