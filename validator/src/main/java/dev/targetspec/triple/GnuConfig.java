package dev.targetspec.triple;

import java.util.Map;
import java.util.Objects;

/**
 * GNU {@code config.sub} canonicalization of configuration names
 * ("CPU-VENDOR-[KERNEL-]OS" or an alias such as {@code sun4} or {@code mingw32}).
 *
 * <p>The tables (aliases, recognised CPUs and systems, default vendors and
 * systems) are the facts of GNU config's {@code config.sub}, timestamp
 * 2025-07-10 (git commit a2287c3041a3f2a204eb942e09c015eab00dc7dd of
 * https://git.savannah.gnu.org/git/config.git, GPL-3.0-or-later with the
 * Autoconf exception); the evaluation is written for this project. The steps
 * mirror the script's: split the name, decode machine aliases, supply default
 * vendor and OS, canonicalize the OS, then validate CPU, OS, object format and
 * the kernel/OS pair. Names config.sub rejects raise
 * {@link InvalidTripleException} with a message naming the bad component.
 */
public final class GnuConfig {

    private GnuConfig() {
    }

    /**
     * The canonical configuration name, as {@code config.sub NAME} prints it.
     *
     * @throws InvalidTripleException when config.sub would reject the name
     */
    public static String normalize(String name) throws InvalidTripleException {
        Objects.requireNonNull(name, "name");
        return new Run(name).canonical();
    }

    /** Whether {@code config.sub} accepts {@code name}. */
    public static boolean isValid(String name) {
        try {
            normalize(name);
            return true;
        } catch (InvalidTripleException e) {
            return false;
        }
    }

    // ------------------------------------------------------------------ tables

    /** Three-part names whose last two parts are KERNEL-OS (no vendor given). */
    private static final CaseTable KERNEL_OS_PAIRS = CaseTable.ofPatterns("""
            cloudabi*-eabi* kfreebsd*-gnu* knetbsd*-gnu* kopensolaris*-gnu* ironclad-* linux-*
            managarm-* netbsd*-eabi* netbsd*-gnu* nto-qnx* os2-emx* rtmk-nova* storm-chaos*
            uclinux-gnu* uclinux-uclibc* windows-*
            """);

    /** Second parts of two-part names that are manufacturers, not systems. */
    private static final CaseTable MANUFACTURERS = CaseTable.ofPatterns("""
            3100* 32* 3300* 3600* 7300* acorn altos* apollo apple atari att* axis be bull cbm ccur
            cisco commodore convergent* convex* cray crds dec* delta* dg digital dolphin encore*
            gould harris highlevel hitachi* hp ibm* intergraph isi* knuth masscomp microblaze*
            mips* motorola* ncr* news next ns oki omron* pc533* rebel rom68k rombug semi sequent*
            sgi* siemens sim sni sony* stratus sun sun[234]* tektronix tti* ultra unicom* wec
            winbond wrs
            """);

    /** One-part shorthands: machine (cpu-vendor) and system. */
    private static final CaseTable SHORTHANDS = CaseTable.parse("""
            386bsd : machine=i386-pc os=bsd
            a29khif : machine=a29k-amd os=udi
            adobe68k : machine=m68010-adobe os=scout
            alliant : machine=fx80-alliant os=
            altos|altos3068 : machine=m68k-altos os=
            am29k : machine=a29k-none os=bsd
            amdahl : machine=580-amdahl os=sysv
            amiga : machine=m68k-unknown os=
            amigaos|amigados : machine=m68k-unknown os=amigaos
            amigaunix|amix : machine=m68k-unknown os=sysv4
            apollo68 : machine=m68k-apollo os=sysv
            apollo68bsd : machine=m68k-apollo os=bsd
            aros : machine=i386-pc os=aros
            aux : machine=m68k-apple os=aux
            balance : machine=ns32k-sequent os=dynix
            blackfin : machine=bfin-unknown os=linux
            cegcc : machine=arm-unknown os=cegcc
            cray : machine=j90-cray os=unicos
            crds|unos : machine=m68k-crds os=
            da30 : machine=m68k-da30 os=
            decstation|pmax|pmin|dec3100|decstatn : machine=mips-dec os=
            delta88 : machine=m88k-motorola os=sysv3
            dicos : machine=i686-pc os=dicos
            djgpp : machine=i586-pc os=msdosdjgpp
            ebmon29k : machine=a29k-amd os=ebmon
            es1800|OSE68k|ose68k|ose|OSE : machine=m68k-ericsson os=ose
            gmicro : machine=tron-gmicro os=sysv
            go32 : machine=i386-pc os=go32
            h8300hms : machine=h8300-hitachi os=hms
            h8300xray : machine=h8300-hitachi os=xray
            h8500hms : machine=h8500-hitachi os=hms
            harris : machine=m88k-harris os=sysv3
            hp300|hp300hpux : machine=m68k-hp os=hpux
            hp300bsd : machine=m68k-hp os=bsd
            hppaosf : machine=hppa1.1-hp os=osf
            hppro : machine=hppa1.1-hp os=proelf
            i386mach : machine=i386-mach os=mach
            isi68|isi : machine=m68k-isi os=sysv
            m68knommu : machine=m68k-unknown os=linux
            magnum|m3230 : machine=mips-mips os=sysv
            merlin : machine=ns32k-utek os=sysv
            mingw64 : machine=x86_64-pc os=mingw64
            mingw32 : machine=i686-pc os=mingw32
            mingw32ce : machine=arm-unknown os=mingw32ce
            monitor : machine=m68k-rom68k os=coff
            morphos : machine=powerpc-unknown os=morphos
            moxiebox : machine=moxie-unknown os=moxiebox
            msdos : machine=i386-pc os=msdos
            msys : machine=i686-pc os=msys
            mvs : machine=i370-ibm os=mvs
            nacl : machine=le32-unknown os=nacl
            ncr3000 : machine=i486-ncr os=sysv4
            netbsd386 : machine=i386-pc os=netbsd
            netwinder : machine=armv4l-rebel os=linux
            news|news700|news800|news900 : machine=m68k-sony os=newsos
            news1000 : machine=m68030-sony os=newsos
            necv70 : machine=v70-nec os=sysv
            nh3000 : machine=m68k-harris os=cxux
            nh[45]000 : machine=m88k-harris os=cxux
            nindy960 : machine=i960-intel os=nindy
            mon960 : machine=i960-intel os=mon960
            nonstopux : machine=mips-compaq os=nonstopux
            os400 : machine=powerpc-ibm os=os400
            OSE68000|ose68000 : machine=m68000-ericsson os=ose
            os68k : machine=m68k-none os=os68k
            paragon : machine=i860-intel os=osf
            parisc : machine=hppa-unknown os=linux
            psp : machine=mipsallegrexel-sony os=psp
            pw32 : machine=i586-unknown os=pw32
            rdos|rdos64 : machine=x86_64-pc os=rdos
            rdos32 : machine=i386-pc os=rdos
            rom68k : machine=m68k-rom68k os=coff
            sa29200 : machine=a29k-amd os=udi
            sei : machine=mips-sei os=seiux
            sequent : machine=i386-sequent os=
            sps7 : machine=m68k-bull os=sysv2
            st2000 : machine=m68k-tandem os=
            stratus : machine=i860-stratus os=sysv4
            sun2 : machine=m68000-sun os=
            sun2os3 : machine=m68000-sun os=sunos3
            sun2os4 : machine=m68000-sun os=sunos4
            sun3 : machine=m68k-sun os=
            sun3os3 : machine=m68k-sun os=sunos3
            sun3os4 : machine=m68k-sun os=sunos4
            sun4 : machine=sparc-sun os=
            sun4os3 : machine=sparc-sun os=sunos3
            sun4os4 : machine=sparc-sun os=sunos4
            sun4sol2 : machine=sparc-sun os=solaris2
            sun386|sun386i|roadrunner : machine=i386-sun os=
            sv1 : machine=sv1-cray os=unicos
            symmetry : machine=i386-sequent os=dynix
            t3e : machine=alphaev5-cray os=unicos
            t90 : machine=t90-cray os=unicos
            toad1 : machine=pdp10-xkl os=tops20
            tpf : machine=s390x-ibm os=tpf
            udi29k : machine=a29k-amd os=udi
            ultra3 : machine=a29k-nyu os=sym1
            v810|necv810 : machine=v810-nec os=none
            vaxv : machine=vax-dec os=sysv
            vms : machine=vax-dec os=vms
            vsta : machine=i386-pc os=vsta
            vxworks960 : machine=i960-wrs os=vxworks
            vxworks68 : machine=m68k-wrs os=vxworks
            vxworks29k : machine=a29k-wrs os=vxworks
            xbox : machine=i686-pc os=mingw32
            ymp : machine=ymp-cray os=unicos
            """);

    /**
     * Machine aliases. Special values: {@code @i86} the leading iN86 of the
     * input, {@code @machine} the machine as given, {@code @head} the machine
     * up to its first dash, {@code @split} cpu-vendor as written, {@code os?=}
     * a default kept only when no system was given, {@code @irix4} irix4
     * unless the system given is already irix.
     */
    private static final CaseTable MACHINES = CaseTable.parse("""
            w89k : cpu=hppa1.1 vendor=winbond
            op50n : cpu=hppa1.1 vendor=oki
            op60c : cpu=hppa1.1 vendor=oki
            ibm* : cpu=i370 vendor=ibm
            orion105 : cpu=clipper vendor=highlevel
            mac|mpw|mac-mpw : cpu=m68k vendor=apple
            pmac|pmac-mpw : cpu=powerpc vendor=apple
            3b1|7300|7300-att|att-7300|pc7300|safari|unixpc : cpu=m68000 vendor=att
            3b* : cpu=we32k vendor=att
            bluegene* : cpu=powerpc vendor=ibm os=cnk
            decsystem10*|dec10* : cpu=pdp10 vendor=dec os=tops10
            decsystem20*|dec20* : cpu=pdp10 vendor=dec os=tops20
            delta|3300|delta-motorola|3300-motorola|motorola-delta|motorola-3300 : cpu=m68k vendor=motorola
            dpx2|dpx2[23]00|dpx2[23]xx : cpu=m68k vendor=bull
            dpx2100|dpx21xx : cpu=i386 vendor=bull
            dpx20 : cpu=rs6000 vendor=bull
            encore|umax|mmax : cpu=ns32k vendor=encore
            elxsi : cpu=elxsi vendor=elxsi os?=bsd
            fx2800 : cpu=i860 vendor=alliant
            genix : cpu=ns32k vendor=ns
            h3050r*|hiux* : cpu=hppa1.1 vendor=hitachi os=hiuxwe2
            hp3k9[0-9][0-9]|hp9[0-9][0-9] : cpu=hppa1.0 vendor=hp
            hp9k2[0-9][0-9]|hp9k31[0-9] : cpu=m68000 vendor=hp
            hp9k3[2-9][0-9] : cpu=m68k vendor=hp
            hp9k6[0-9][0-9]|hp6[0-9][0-9] : cpu=hppa1.0 vendor=hp
            hp9k7[0-79][0-9]|hp7[0-79][0-9] : cpu=hppa1.1 vendor=hp
            hp9k78[0-9]|hp78[0-9] : cpu=hppa1.1 vendor=hp
            hp9k8[67]1|hp8[67]1|hp9k80[24]|hp80[24]|hp9k8[78]9|hp8[78]9|hp9k893|hp893 : cpu=hppa1.1 vendor=hp
            hp9k8[0-9][13679]|hp8[0-9][13679] : cpu=hppa1.1 vendor=hp
            hp9k8[0-9][0-9]|hp8[0-9][0-9] : cpu=hppa1.0 vendor=hp
            i*86v32 : cpu=@i86 vendor=pc os=sysv32
            i*86v4* : cpu=@i86 vendor=pc os=sysv4
            i*86v : cpu=@i86 vendor=pc os=sysv
            i*86sol2 : cpu=@i86 vendor=pc os=solaris2
            j90|j90-cray : cpu=j90 vendor=cray os?=unicos
            iris|iris4d : cpu=mips vendor=sgi os=@irix4
            miniframe : cpu=m68000 vendor=convergent
            *mint|mint[0-9]*|*MiNT|*MiNT[0-9]* : cpu=m68k vendor=atari os=mint
            news-3600|risc-news : cpu=mips vendor=sony os=newsos
            next|m*-next : cpu=m68k vendor=next
            np1 : cpu=np1 vendor=gould
            op50n-*|op60c-* : cpu=hppa1.1 vendor=oki os=proelf
            pa-hitachi : cpu=hppa1.1 vendor=hitachi os=hiuxwe2
            pbd : cpu=sparc vendor=tti
            pbb : cpu=m68k vendor=tti
            pc532 : cpu=ns32k vendor=pc532
            pn : cpu=pn vendor=gould
            power : cpu=power vendor=ibm
            ps2 : cpu=i386 vendor=ibm
            rm[46]00 : cpu=mips vendor=siemens
            rtpc|rtpc-* : cpu=romp vendor=ibm
            sde : cpu=mipsisa32 vendor=sde os?=elf
            simso-wrs : cpu=sparclite vendor=wrs os=vxworks
            tower|tower-32 : cpu=m68k vendor=ncr
            vpp*|vx|vx-* : cpu=f301 vendor=fujitsu
            w65 : cpu=w65 vendor=wdc
            w89k-* : cpu=hppa1.1 vendor=winbond os=proelf
            none : cpu=none vendor=none
            leon|leon[3-9] : cpu=sparc vendor=@machine
            leon-*|leon[3-9]-* : cpu=sparc vendor=@head
            *-* : cpu=@split
            i*86|x86_64 : cpu=@machine vendor=pc
            pc98 : cpu=i386 vendor=pc
            x64|amd64 : cpu=x86_64 vendor=pc
            * : cpu=@machine vendor=unknown
            """);

    /**
     * CPU-vendor pairs that fix the vendor or CPU. {@code os+=} appends to
     * the system; {@code @sh5e} and {@code @xscale} are the script's two sed
     * rewrites; {@code @validate} checks the CPU against {@link #CPUS}.
     */
    private static final CaseTable CPU_VENDOR = CaseTable.parse("""
            c[12]-convex|c[12]-unknown|c3[248]-convex|c3[248]-unknown : vendor=convex os?=bsd
            craynv-unknown : vendor=cray os?=unicosmp
            c90-unknown|c90-cray : vendor=cray os?=unicos
            fx80-unknown : vendor=alliant
            romp-unknown : vendor=ibm
            mmix-unknown : vendor=knuth
            microblaze-unknown|microblazeel-unknown : vendor=xilinx
            rs6000-unknown : vendor=ibm
            vax-unknown : vendor=dec
            pdp11-unknown : vendor=dec
            we32k-unknown : vendor=att
            cydra-unknown : vendor=cydrome
            i370-ibm* : vendor=ibm
            orion-unknown : vendor=highlevel
            xps-unknown|xps100-unknown : cpu=xps100 vendor=honeywell
            armh-unknown|armh-alt : cpu=armv7l vendor=alt os?=linux-gnueabihf
            m68k-isi : os?=sysv
            m68k-sony : os?=newsos
            m68k-tektronix : os?=bsd
            m88k-harris : os?=sysv3
            i386-bull|m68k-bull : os?=sysv3
            rs6000-bull : os?=bosx
            mips-sni : os?=sysv4
            amd64-* : cpu=x86_64
            blackfin-* : cpu=bfin os?=linux
            c54x-* : cpu=tic54x
            c55x-* : cpu=tic55x
            c6x-* : cpu=tic6x
            e500v[12]-* : cpu=powerpc os+=spe
            mips3*-* : cpu=mips64
            ms1-* : cpu=mt
            m68knommu-* : cpu=m68k os?=linux
            m9s12z-*|m68hcs12z-*|hcs12z-*|s12z-* : cpu=s12z
            openrisc-* : cpu=or32
            parisc-* : cpu=hppa os?=linux
            pentium-*|p5-*|k5-*|k6-*|nexgen-*|viac3-* : cpu=i586
            pentiumpro-*|p6-*|6x86-*|athlon-*|athlon_*-* : cpu=i686
            pentiumii-*|pentium2-*|pentiumiii-*|pentium3-* : cpu=i686
            pentium4-* : cpu=i786
            ppc-*|ppcbe-* : cpu=powerpc
            ppcle-*|powerpclittle-* : cpu=powerpcle
            ppc64-* : cpu=powerpc64
            ppc64le-*|powerpc64little-* : cpu=powerpc64le
            sb1-* : cpu=mipsisa64sb1
            sb1el-* : cpu=mipsisa64sb1el
            sh5e[lb]-* : cpu=@sh5e
            spur-* : cpu=spur
            strongarm-*|thumb-* : cpu=arm
            tx39-* : cpu=mipstx39
            tx39el-* : cpu=mipstx39el
            xscale-*|xscalee[bl]-* : cpu=@xscale
            arm64-*|aarch64le-*|arm64_32-* : cpu=aarch64
            cr16-* : os?=elf
            crisv32-*|etraxfs*-* : cpu=crisv32 vendor=axis
            cris-*|etrax*-* : cpu=cris vendor=axis
            crx-* : os?=elf
            neo-tandem : cpu=neo vendor=tandem
            nse-tandem : cpu=nse vendor=tandem
            nsr-tandem : cpu=nsr vendor=tandem
            nsv-tandem : cpu=nsv vendor=tandem
            nsx-tandem : cpu=nsx vendor=tandem
            mipsallegrexel-sony : cpu=mipsallegrexel vendor=sony
            tile*-* : os?=linux-gnu
            * : cpu=@validate
            """);

    /** CPU types accepted with any vendor. */
    private static final CaseTable CPUS = CaseTable.ofPatterns("""
            1750a 580 [cjt]90 a29k aarch64 aarch64_be aarch64c abacus alpha alpha64 alpha64ev56 alpha64ev6[78] 
            alpha64ev[4-8] alpha64pca5[67] alphaev56 alphaev6[78] alphaev[4-8] alphapca5[67] am33_2.0 amdgcn 
            arc arc32 arc64 arceb arm arm64e arm64ec arm[lb]e arme[lb] armv* asmjs avr avr32 ba be32 be64 bfin 
            bpf bs2000 c30 c4x c8051 c[123]* clipper craynv csky cydra d10v d30v dlx dsp16xx e2k elxsi epiphany 
            f30[01] f700 fido fr30 frv ft32 fx80 h8300 h8500 hexagon hppa hppa1.[01] hppa2.0 hppa2.0[nw] hppa64 
            i*86 i370 i860 i960 ia16 ia64 intelgt ip2k iq2000 javascript k1om kvx le32 le64 lm32 loongarch32 
            loongarch64 m32c m32r m32rle m5200 m68000 m680[012346]0 m6811 m6812 m68360 m683?2 m68hc11 m68hc12 
            m68hcs12x m68k m88110 m88k maxq mb mcore mep metag microblaze microblazeel mips* mmix mn10200 
            mn10300 moxie msp430 mt nanomips* nds32 nds32be nds32le nfp nios nios2 nios2eb nios2el none np1 
            ns16k ns32k nvptx open8 or1k* or32 orion pdp10 pdp11 picochip pj pjl pn power powerpc powerpc64 
            powerpc64le powerpcle powerpcspe pru pyramid riscv riscv32 riscv32be riscv64 riscv64be rl78 romp 
            rs6000 rx s390 s390x score sh sh64 sh64le sh[12345][lb]e sh[1234] sh[1234]e[lb] sh[23]e sh[23]ele 
            sh[24]a sh[24]ae[lb] sh[lb]e she[lb] shl sparc sparc64 sparc64b sparc64v sparc86x sparclet 
            sparclite sparcv8 sparcv9 sparcv9b sparcv9v spu sv1 sx* tahoe thumbv7* tic30 tic4x tic54x tic55x 
            tic6x tic80 tron ubicom32 v70 v810 v850 v850e v850e1 v850e2 v850e2v3 v850es vax vc4 visium w65 
            wasm32 wasm64 we32k x86 x86_64 xc16x xgate xps100 xstormy16 xtensa* ymp z80 z8k
            """);

    /**
     * System aliases, applied to the OS part. {@code @s:FROM:TO} replaces the
     * first FROM, {@code vendor?=} replaces only an unknown vendor,
     * {@code obj=@os} moves the OS to the object-format slot.
     */
    private static final CaseTable OS_ALIASES = CaseTable.parse("""
            auroraux : os=auroraux
            bluegene* : os=cnk
            solaris1|solaris1.* : os=@s:solaris1:sunos4
            solaris : os=solaris2
            unixware* : os=sysv4.2uw
            ns|ns1|nextstep|nextstep1|openstep1 : os=nextstep
            ns2|nextstep2|openstep2 : os=nextstep2
            ns3|nextstep3|openstep|openstep3 : os=openstep3
            ns4|nextstep4|openstep4 : os=openstep4
            es1800* : os=ose
            chorusos* : os=chorusos
            isc : os=isc2.2
            sco6 : os=sco5v6
            sco5 : os=sco3.2v5
            sco4 : os=sco3.2v4
            sco3.2.[4-9]* : os=@s:sco3.2.:sco3.2v
            sco*v*|scout
            sco* : os=sco3.2v2
            psos* : os=psos
            qnx* : os=qnx
            hiux* : os=hiuxwe2
            lynx*178 : os=lynxos178
            lynx*5 : os=lynxos5
            lynxos*
            lynx* : os=lynxos
            mac[0-9]* : os=@s:mac:macos
            opened* : os=openedition
            os400* : os=os400
            sunos5* : os=@s:sunos5:solaris2
            sunos6* : os=@s:sunos6:solaris3
            wince* : os=wince
            utek* : os=bsd vendor?=tektronix
            dynix* : os=bsd
            acis* : os=aos
            atheos* : os=atheos
            syllable* : os=syllable
            386bsd : os=bsd
            ctix* : os=sysv vendor?=convergent
            uts* : os=sysv
            nova* : kernel=rtmk os=nova
            sinix5.* : os=@s:sinix:sysv vendor?=sni
            sinix* : os=sysv4 vendor?=sni
            tpf* : os=tpf
            triton* : os=sysv3
            oss* : os=sysv3
            svr4* : os=sysv4
            svr3 : os=sysv3
            sysvr4 : os=sysv4
            ose* : os=ose
            *mint|mint[0-9]*|*MiNT|MiNT[0-9]* : os=mint
            dicos* : os=dicos
            pikeos* : os=@pikeos
            aout*|coff*|elf*|pe* : obj=@os os=
            """);

    /** The system (and object format) assumed for a cpu-vendor pair when none is given. */
    private static final CaseTable DEFAULT_OS = CaseTable.parse("""
            score-* : obj=elf
            spu-* : obj=elf
            *-acorn : os=riscix1.2
            arm*-rebel : kernel=linux os=gnu
            arm*-semi : obj=aout
            c4x-*|tic4x-* : obj=coff
            c8051-* : obj=elf
            clipper-intergraph : os=clix
            hexagon-* : obj=elf
            tic54x-* : obj=coff
            tic55x-* : obj=coff
            tic6x-* : obj=coff
            pdp10-* : os=tops20
            pdp11-* : os=none
            *-dec|vax-* : os=ultrix4.2
            m68*-apollo : os=domain
            i386-sun : os=sunos4.0.2
            m68000-sun : os=sunos3
            m68*-cisco : obj=aout
            mep-* : obj=elf
            *-sgi : os=irix
            *-siemens : os=sysv4
            mips*-cisco : obj=elf
            mips*-*|nanomips*-* : obj=elf
            or32-* : obj=coff
            *-tti : os=sysv3
            sparc-*|*-sun : os=sunos4.1.1
            pru-* : obj=elf
            *-be : os=beos
            *-ibm : os=aix
            *-knuth : os=mmixware
            *-wec : os=proelf
            *-winbond : os=proelf
            *-oki : os=proelf
            *-hp : os=hpux
            *-hitachi : os=hiuxwe2
            i860-*|*-att|*-ncr|*-altos|*-motorola|*-convergent : os=sysv
            *-cbm : os=amigaos
            *-dg : os=dgux
            *-dolphin : os=sysv3
            m68k-ccur : os=rtu
            m88k-omron* : os=luna
            *-next : os=nextstep
            *-sequent : os=ptx
            *-crds : os=unos
            *-ns : os=genix
            i370-* : os=mvs
            *-gould : os=sysv
            *-highlevel : os=bsd
            *-encore : os=bsd
            *-masscomp : os=rtu
            f30[01]-fujitsu|f700-fujitsu : os=uxpv
            *-rom68k : obj=coff
            *-*bug : obj=coff
            *-apple : os=macos
            *-atari* : os=mint
            *-wrs : os=vxworks
            * : os=none
            """);

    /** Systems (and system-like libc/ABI names) config.sub accepts. */
    private static final CaseTable SYSTEMS = CaseTable.ofPatterns("""
            llvm* musl* newlib* relibc* uclibc* eabi* gnueabi* simlinux simwindows spe ghcjs
            abug aix* amdhsa* amigados* amigaos* android* aof* aos* aros* atheos* auroraux* aux* banan_os* 
            beos* bitrig* bme* bosx* bsd* cegcc* chorusos* chorusrdb* clix* cloudabi* cnk* conix* cos* cxux* 
            cygwin* darwin* dgux* dicos* dnix* domain* dragonfly* drops* ebmon* ecoff* ekkobsd* emscripten* 
            emx* es* fiwix* freebsd* fuchsia* genix* genode* glidix* gnu* go32* haiku* hcos* hiux* hms* hpux* 
            ieee* interix* ios* iris* irix* isc* its* l4re* libertybsd* lites* lnews* luna* lynxos* mach* 
            macos* magic* mbr* midipix* midnightbsd* mingw32* mingw64* minix* mint* mirbsd* mks* mlibc* 
            mmixware* mon960* morphos* moss* moxiebox* mpeix* mpw* msdos* msys* mvs* nacl* netbsd* netware* 
            newsos* nextstep* nindy* nonstopux* nova* nsk* nucleus* nx6 nx7 oabi* ohos* onefs* openbsd* 
            openedition* openstep* os108* os2* os400* os68k* os9* ose* osf* oskit* osx* palmos* phoenix* plan9* 
            powermax* powerunix* proelf* psos* psp* ptx* pw32* qnx* rdos* redox* rhapsody* riscix* riscos* 
            rtems* rtmk* rtu* scout* secbsd* sei* serenity* sim* skyos* solaris* solidbsd* sortix* storm-chaos* 
            sunos sunos[34]* superux* syllable* sym* sysv* tenex* tirtos* tock* toppers* tops10* tops20* tpf* 
            tvos* twizzler* uclinux* udi* udk* ultrix* unicos* uniplus* unleashed* unos* uwin* uxpv* v88r* 
            *vms* vos* vsta* vxsim* vxworks* wasi* watchos* wince* windiss* windows* winnt* xenix* xray* 
            zephyr* zvmoe*
            sco3.2v2 sco3.2v[4-9]* sco5v6* uefi none kernel* msvc*
            """);

    private static final CaseTable OBJECT_FORMATS = CaseTable.ofPatterns("aout* coff* elf* pe*");

    /**
     * Kernel-OS-object combinations, matched against "KERNEL-OS-OBJ": rows
     * without settings are accepted; {@code error=} names the rejection.
     */
    private static final CaseTable KERNEL_OS = CaseTable.parse("""
            linux-gnu*-|linux-android*-|linux-dietlibc*-|linux-llvm*-|linux-mlibc*-|linux-musl*-|linux-newlib*-|linux-relibc*-|linux-uclibc*-|linux-ohos*-
            uclinux-uclibc*-|uclinux-gnu*-
            ironclad-mlibc*-
            managarm-mlibc*-|managarm-kernel*-
            windows*-msvc*-
            -dietlibc*-|-llvm*-|-mlibc*-|-musl*-|-newlib*-|-relibc*-|-uclibc*- : error=libc
            -kernel*- : error=needs-kernel
            *-kernel*- : error=kernel-unsupported
            *-msvc*- : error=needs-windows
            kfreebsd*-gnu*-|knetbsd*-gnu*-|netbsd*-gnu*-|kopensolaris*-gnu*-
            vxworks-simlinux-|vxworks-simwindows-|vxworks-spe-
            nto-qnx*-
            os2-emx-
            rtmk-nova-
            *-eabi*-|*-gnueabi*-
            ios*-simulator-|tvos*-simulator-|watchos*-simulator-
            none--*
            -*-
            --*
            *-*-* : error=kernel-os
            """);

    /** The vendor supplied for an unknown vendor, matched against "CPU-OS". */
    private static final CaseTable DEFAULT_VENDOR = CaseTable.parse("""
            *-riscix* : vendor=acorn
            *-sunos*|*-solaris* : vendor=sun
            *-cnk*|*-aix* : vendor=ibm
            *-beos* : vendor=be
            *-hpux* : vendor=hp
            *-mpeix* : vendor=hp
            *-hiux* : vendor=hitachi
            *-unos* : vendor=crds
            *-dgux* : vendor=dg
            *-luna* : vendor=omron
            *-genix* : vendor=ns
            *-clix* : vendor=intergraph
            *-mvs*|*-opened* : vendor=ibm
            *-os400* : vendor=ibm
            s390-*|s390x-* : vendor=ibm
            *-ptx* : vendor=sequent
            *-tpf* : vendor=ibm
            *-vxsim*|*-vxworks*|*-windiss* : vendor=wrs
            *-aux* : vendor=apple
            *-hms* : vendor=hitachi
            *-mpw*|*-macos* : vendor=apple
            *-*mint|*-mint[0-9]*|*-*MiNT|*-MiNT[0-9]* : vendor=atari
            *-vos* : vendor=stratus
            """);

    // ------------------------------------------------------------------ evaluation

    /** The working state of one canonicalization; never shared. */
    private static final class Run {
        private final String input;
        private String basicMachine;
        private String basicOs;
        private String cpu;
        private String vendor;
        private String kernel = "";
        private String os = "";
        private String obj = "";

        Run(String input) {
            this.input = input;
        }

        String canonical() throws InvalidTripleException {
            split();
            decodeMachine();
            decodeCpuVendor();
            if (vendor.startsWith("digital")) {
                vendor = "dec";
            } else if (vendor.startsWith("commodore")) {
                vendor = "cbm";
            }
            if (!basicOs.isEmpty()) {
                decodeOs();
            } else {
                apply(DEFAULT_OS.match(cpu + "-" + vendor).settings());
            }
            validate();
            if (vendor.equals("unknown")) {
                CaseTable.Row row = DEFAULT_VENDOR.match(cpu + "-" + os);
                if (row != null) {
                    vendor = row.settings().get("vendor");
                }
            }
            StringBuilder sb = new StringBuilder(cpu).append('-').append(vendor);
            for (String part : new String[] {kernel, os, obj}) {
                if (!part.isEmpty()) {
                    sb.append('-').append(part);
                }
            }
            return sb.toString();
        }

        private InvalidTripleException invalid(String component, String why) {
            return new InvalidTripleException(input, component,
                    "Invalid configuration '" + input + "': " + why + ".");
        }

        /** Separates the name into a machine part and a system part. */
        private void split() throws InvalidTripleException {
            String[] f = input.split("-", 4);
            int dashes = (int) input.chars().filter(ch -> ch == '-').count();
            if (dashes >= 4) {
                throw invalid("name", "more than four components");
            }
            String f1 = f[0];
            if (dashes == 3) {
                basicMachine = f1 + "-" + f[1];
                basicOs = f[2] + "-" + f[3];
            } else if (dashes == 2) {
                String maybeOs = f[1] + "-" + f[2];
                if (KERNEL_OS_PAIRS.matches(maybeOs)) {
                    basicMachine = f1;
                    basicOs = maybeOs;
                } else if (maybeOs.equals("android-linux")) {
                    basicMachine = f1 + "-unknown";
                    basicOs = "linux-android";
                } else {
                    basicMachine = f1 + "-" + f[1];
                    basicOs = f[2];
                }
            } else if (dashes == 1) {
                String f2 = f[1];
                String pair = f1 + "-" + f2;
                if (ShellGlob.matches("convex-c[12]", pair) || ShellGlob.matches("convex-c3[248]", pair)) {
                    basicMachine = f2 + "-convex";
                    basicOs = "";
                } else if (pair.equals("decstation-3100")) {
                    basicMachine = "mips-dec";
                    basicOs = "";
                } else if (ShellGlob.matches("sun*os*", f2)) {
                    basicMachine = f1;
                    basicOs = f2;
                } else if (MANUFACTURERS.matches(f2)) {
                    basicMachine = pair;
                    basicOs = "";
                } else if (ShellGlob.matches("tock*", f2) || ShellGlob.matches("zephyr*", f2)) {
                    basicMachine = f1 + "-unknown";
                    basicOs = f2;
                } else {
                    basicMachine = f1;
                    basicOs = f2;
                }
            } else {
                CaseTable.Row row = SHORTHANDS.match(f1);
                if (row != null) {
                    basicMachine = row.settings().get("machine");
                    basicOs = row.settings().get("os");
                } else {
                    basicMachine = input;
                    basicOs = "";
                }
            }
        }

        /** Decodes one-part and ad-hoc machine names into cpu and vendor. */
        private void decodeMachine() {
            Map<String, String> s = MACHINES.match(basicMachine).settings();
            for (Map.Entry<String, String> e : s.entrySet()) {
                String v = e.getValue();
                switch (e.getKey()) {
                    case "cpu" -> {
                        switch (v) {
                            case "@i86" -> cpu = input.substring(0, input.indexOf("86") + 2);
                            case "@machine" -> cpu = basicMachine;
                            case "@split" -> {
                                int dash = basicMachine.indexOf('-');
                                cpu = basicMachine.substring(0, dash);
                                vendor = basicMachine.substring(dash + 1);
                            }
                            default -> cpu = v;
                        }
                    }
                    case "vendor" -> vendor = switch (v) {
                        case "@machine" -> basicMachine;
                        case "@head" -> basicMachine.substring(0, basicMachine.indexOf('-'));
                        default -> v;
                    };
                    case "os" -> basicOs = v.equals("@irix4")
                            ? (ShellGlob.matches("irix*", basicOs) ? basicOs : "irix4") : v;
                    case "os?" -> basicOs = basicOs.isEmpty() ? v : basicOs;
                    default -> throw new IllegalStateException(e.getKey());
                }
            }
        }

        /** Normalizes CPU names and CPU-specific vendors; rejects unknown CPUs. */
        private void decodeCpuVendor() throws InvalidTripleException {
            Map<String, String> s = CPU_VENDOR.match(cpu + "-" + vendor).settings();
            for (Map.Entry<String, String> e : s.entrySet()) {
                String v = e.getValue();
                switch (e.getKey()) {
                    case "cpu" -> {
                        switch (v) {
                            case "@validate" -> {
                                if (!CPUS.matches(cpu)) {
                                    throw invalid("cpu", "machine '" + cpu + "-" + vendor + "' not recognized");
                                }
                            }
                            // sh5el -> sh5le, sh5eb -> sh5be
                            case "@sh5e" -> cpu = cpu.length() == 5
                                    ? cpu.substring(0, 3) + cpu.charAt(4) + "e" : cpu;
                            case "@xscale" -> cpu = "arm" + cpu.substring("xscale".length());
                            default -> cpu = v;
                        }
                    }
                    case "vendor" -> vendor = v;
                    case "os?" -> basicOs = basicOs.isEmpty() ? v : basicOs;
                    case "os+" -> basicOs = basicOs + v;
                    default -> throw new IllegalStateException(e.getKey());
                }
            }
        }

        /** Splits a given system into kernel and OS and applies the OS aliases. */
        private void decodeOs() {
            String b = basicOs;
            if (ShellGlob.matches("gnu/linux*", b)) {
                kernel = "linux";
                os = b.replaceFirst("gnu/linux", "gnu");
            } else if (b.equals("os2-emx")) {
                kernel = "os2";
                os = "emx";
            } else if (ShellGlob.matches("nto-qnx*", b)) {
                kernel = "nto";
                os = b.replaceFirst("nto-qnx", "qnx");
            } else if (b.contains("-")) {
                int dash = b.indexOf('-');
                kernel = b.substring(0, dash);
                os = b.substring(dash + 1);
            } else if (b.startsWith("nto")) {
                kernel = "nto";
                os = "qnx" + b.substring(3);
            } else if (b.startsWith("ironclad")) {
                kernel = "ironclad";
                os = "mlibc" + b.substring("ironclad".length());
            } else if (b.startsWith("linux")) {
                kernel = "linux";
                os = "gnu" + b.substring("linux".length());
            } else if (b.startsWith("managarm")) {
                kernel = "managarm";
                os = "mlibc" + b.substring("managarm".length());
            } else {
                kernel = "";
                os = b;
            }
            CaseTable.Row row = OS_ALIASES.match(os);
            if (row == null) {
                return;
            }
            for (Map.Entry<String, String> e : row.settings().entrySet()) {
                String v = e.getValue();
                switch (e.getKey()) {
                    case "os" -> {
                        if (v.startsWith("@s:")) {
                            String[] ft = v.split(":", -1);
                            int at = os.indexOf(ft[1]);
                            os = at < 0 ? os : os.substring(0, at) + ft[2] + os.substring(at + ft[1].length());
                        } else if (v.equals("@pikeos")) {
                            if (cpu.startsWith("arm")) {
                                os = "eabi";
                            } else {
                                os = "";
                                obj = "elf";
                            }
                        } else {
                            os = v;
                        }
                    }
                    case "obj" -> obj = v.equals("@os") ? os : v;
                    case "kernel" -> kernel = v;
                    case "vendor?" -> vendor = vendor.equals("unknown") ? v : vendor;
                    default -> throw new IllegalStateException(e.getKey());
                }
            }
        }

        private void apply(Map<String, String> settings) {
            os = "";
            obj = "";
            kernel = "";
            for (Map.Entry<String, String> e : settings.entrySet()) {
                switch (e.getKey()) {
                    case "os" -> os = e.getValue();
                    case "obj" -> obj = e.getValue();
                    case "kernel" -> kernel = e.getValue();
                    default -> throw new IllegalStateException(e.getKey());
                }
            }
        }

        /** Rejects unknown systems, object formats and impossible combinations. */
        private void validate() throws InvalidTripleException {
            if (!os.isEmpty() && !SYSTEMS.matches(os)) {
                throw invalid("os", "OS '" + os + "' not recognized");
            }
            if (!obj.isEmpty() && !OBJECT_FORMATS.matches(obj)) {
                throw invalid("object format", "machine code format '" + obj + "' not recognized");
            }
            String cpuOs = cpu + "-" + os;
            if (!cpuOs.equals("javascript-ghcjs")
                    && (ShellGlob.matches("javascript-*", cpuOs) || ShellGlob.matches("*-ghcjs", cpuOs))) {
                throw invalid("cpu", "cpu '" + cpu + "' is not valid with os '" + os + obj + "'");
            }
            CaseTable.Row row = KERNEL_OS.match(kernel + "-" + os + "-" + obj);
            String error = row == null ? null : row.settings().get("error");
            if (error != null) {
                throw switch (error) {
                    case "libc" -> invalid("os", "libc '" + os + "' needs explicit kernel");
                    case "needs-kernel" -> invalid("os", "'" + os + "' needs explicit kernel");
                    case "kernel-unsupported" -> invalid("kernel", "'" + kernel + "' does not support '" + os + "'");
                    case "needs-windows" -> invalid("os", "'" + os + "' needs 'windows'");
                    default -> invalid("kernel", "Kernel '" + kernel + "' not known to work with OS '" + os + "'");
                };
            }
        }
    }
}
