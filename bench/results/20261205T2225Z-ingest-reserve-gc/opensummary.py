import re,statistics as st,sys
newname=sys.argv[1]
rows=[]
for f in sys.argv[2:]:
    b=None
    for line in open(f):
        m=re.match(r'== (\S+) (\S+) (\S+)',line)
        if m: b=m.group(1).replace('oldm','old'); b='new' if b==newname else b; continue
        if line.startswith('BenchmarkPerfOpen'):
            d=dict((k,float(v)) for v,k in re.findall(r'([\d.]+) (\S+)',line.split('ns/op')[1]))
            rows.append((b,d))
pairs=[(rows[i],rows[i+1]) for i in range(0,len(rows)-1,2)]
for k in ['open-cpu-ms','open-ms','click-cpu-ms','click-ms']:
    rat=[]
    for a,b in pairs:
        o,n=(a,b) if a[0]=='old' else (b,a)
        rat.append(n[1][k]/o[1][k])
    olds=[r[1][k] for r in rows if r[0]=='old']; news=[r[1][k] for r in rows if r[0]=='new']
    print(k,'median old %.1f new %.1f; pair ratios median %.2f, new higher in %d of %d'%(st.median(olds),st.median(news),st.median(rat),sum(x>1 for x in rat),len(rat)), [round(x,2) for x in rat])
