#!/usr/bin/env python3
"""Checks that the map classes' colours stay apart for normal vision and under simulated
protanopia, deuteranopia and tritanopia (Machado, Oliveira & Fernandes 2009, severity
1.0), by CIEDE2000. Prints the closest pairs for each; tst_classcolors asserts the same
on core/painting/classcolors.cpp. Usage: check-palette.py"""
import math, itertools, sys
# Machado, Oliveira & Fernandes (2009), severity 1.0, applied to linear RGB.
M = {
 'normal': [[1,0,0],[0,1,0],[0,0,1]],
 'protanopia': [[0.152286,1.052583,-0.204868],[0.114503,0.786281,0.099216],[-0.003882,-0.048116,1.051998]],
 'deuteranopia': [[0.367322,0.860646,-0.227968],[0.280085,0.672501,0.047413],[-0.011820,0.042940,0.968881]],
 'tritanopia': [[1.255528,-0.076749,-0.178779],[-0.078411,0.930809,0.147602],[0.004733,0.691367,0.303900]],
}
def lin(c): c/=255; return c/12.92 if c<=0.04045 else ((c+0.055)/1.055)**2.4
def srgb(c):
    c=max(0,min(1,c)); return 255*(12.92*c if c<=0.0031308 else 1.055*c**(1/2.4)-0.055)
def sim(rgb, kind):
    l=[lin(x) for x in rgb]; m=M[kind]
    return [srgb(sum(m[i][j]*l[j] for j in range(3))) for i in range(3)]
def lab(rgb):
    r,g,b=[lin(x) for x in rgb]
    X=0.4124*r+0.3576*g+0.1805*b; Y=0.2126*r+0.7152*g+0.0722*b; Z=0.0193*r+0.1192*g+0.9505*b
    X/=0.95047; Z/=1.08883
    f=lambda t: t**(1/3) if t>0.008856 else 7.787*t+16/116
    return 116*f(Y)-16, 500*(f(X)-f(Y)), 200*(f(Y)-f(Z))
def de2000(c1,c2):
    L1,a1,b1=lab(c1); L2,a2,b2=lab(c2)
    C1=math.hypot(a1,b1); C2=math.hypot(a2,b2); Cb=(C1+C2)/2
    G=0.5*(1-math.sqrt(Cb**7/(Cb**7+25**7)))
    a1p=(1+G)*a1; a2p=(1+G)*a2
    C1p=math.hypot(a1p,b1); C2p=math.hypot(a2p,b2)
    h1p=math.degrees(math.atan2(b1,a1p))%360; h2p=math.degrees(math.atan2(b2,a2p))%360
    dLp=L2-L1; dCp=C2p-C1p
    dh=h2p-h1p
    if C1p*C2p==0: dh=0
    elif dh>180: dh-=360
    elif dh<-180: dh+=360
    dHp=2*math.sqrt(C1p*C2p)*math.sin(math.radians(dh/2))
    Lbp=(L1+L2)/2; Cbp=(C1p+C2p)/2
    if C1p*C2p==0: hbp=h1p+h2p
    elif abs(h1p-h2p)<=180: hbp=(h1p+h2p)/2
    elif h1p+h2p<360: hbp=(h1p+h2p+360)/2
    else: hbp=(h1p+h2p-360)/2
    T=1-0.17*math.cos(math.radians(hbp-30))+0.24*math.cos(math.radians(2*hbp))+0.32*math.cos(math.radians(3*hbp+6))-0.20*math.cos(math.radians(4*hbp-63))
    dth=30*math.exp(-((hbp-275)/25)**2)
    Rc=2*math.sqrt(Cbp**7/(Cbp**7+25**7))
    Sl=1+0.015*(Lbp-50)**2/math.sqrt(20+(Lbp-50)**2); Sc=1+0.045*Cbp; Sh=1+0.015*Cbp*T
    Rt=-math.sin(math.radians(2*dth))*Rc
    return math.sqrt((dLp/Sl)**2+(dCp/Sc)**2+(dHp/Sh)**2+Rt*(dCp/Sc)*(dHp/Sh))
def hx(s): s=s.lstrip('#'); return [int(s[i:i+2],16) for i in (0,2,4)]
def report(pal):
    names=list(pal); worst=[]
    for kind in M:
        cols={n:sim(hx(pal[n]),kind) for n in names}
        pairs=sorted(((de2000(cols[a],cols[b]),a,b) for a,b in itertools.combinations(names,2)))
        worst.append((kind,pairs[0],pairs[1]))
        print(f'{kind:13s} min ΔE2000 {pairs[0][0]:5.1f} ({pairs[0][1]} / {pairs[0][2]}), next {pairs[1][0]:5.1f} ({pairs[1][1]} / {pairs[1][2]})')
    return min(w[1][0] for w in worst)
if __name__ == '__main__':
    palette = {'Banned': '#681205', 'Restricted': '#E77125', 'GovernmentBan': '#CF86DD',
               'UnderReview': '#FFDB0D', 'Allowed': '#10529D', 'NoneInForce': '#8A8A8A',
               'NoData': '#F2F2F2'}
    print('smallest difference over all four:', round(report(palette), 1))
