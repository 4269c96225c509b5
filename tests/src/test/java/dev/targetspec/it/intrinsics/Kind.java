package dev.targetspec.it.intrinsics;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What kind of operation a runtime routine serves, told from its name, so that the recall test can
 * say per kind what a derived list misses. A conversion between two float types counts as the rarer
 * type (f16, then f128, then f64).
 */
enum Kind {
    INTEGER("integer"), F16("f16"), F32("f32"), F64("f64"), F128("f128"), MEMORY("memory"), ATOMIC("atomic"),
    STACK("stack"), PLATFORM("platform"), OTHER("other");

    private final String id;

    Kind(String id) {
        this.id = id;
    }

    String id() {
        return id;
    }

    private record Rule(Pattern pattern, Kind kind) {
    }

    /** Float type codes of the GCC runtime names: hf, sf, df, and tf/kf/xf for the quad types. */
    private static final String FT = "(hf|sf|df|tf|kf|xf)";

    private static final List<Rule> RULES = List.of(
            rule("(atomic|sync)_.*|aarch64_(cas|swp|ldadd|ldclr|ldeor|ldset).*", ATOMIC),
            rule("(mem(cpy|move|set|cmp)|bcmp|bzero)(64)?|aeabi_mem.*", MEMORY),
            rule(".*(probestack|chkstk.*|alloca)", STACK),
            rule("GLOBAL_OFFSET_TABLE_|TOC\\.|gp_disp|stack_pointer|indirect_function_table|fltused|os_arm64x_.*"
                    + "|asan_.*|(start|stop)_asan_globals|aeabi_unwind_cpp_pr[0-9]", PLATFORM),
            // libm: the suffix is the type.
            rule("f(min|max|mod|minimum|maximum|minimum_num|maximum_num)f16", F16),
            rule("f(min|max|mod|minimum|maximum|minimum_num|maximum_num)(l|f128)", F128),
            rule("f(min|max|mod|minimum|maximum|minimum_num|maximum_num)f", F32),
            rule("f(min|max|mod|minimum|maximum|minimum_num|maximum_num)", F64),
            // Conversions between float types: the rarer type names the kind.
            rule("(extend|trunc)(hf" + FT + "|" + FT + "hf)2|gnu_(h2f|f2h)_ieee|aeabi_(h2f|f2h|d2h)", F16),
            rule("(extend|trunc)((tf|kf|xf)" + FT + "|" + FT + "(tf|kf|xf))2|_?Qp?_.*", F128),
            rule("(extend|trunc)(sfdf|dfsf)2|aeabi_(f2d|d2f)|mspabi_cvt(fd|df)", F64),
            // Arithmetic, comparison and integer conversions of one float type.
            rule("(add|sub|mul|div|neg|pow[i]?)hf[23]|(eq|ne|lt|le|gt|ge|unord|cmp)hf2|fix(uns)?hf(si|di|ti)"
                    + "|float(un)?(si|di|ti)hf", F16),
            rule("(add|sub|mul|div|neg)(tf|kf|xf)3|(eq|ne|lt|le|gt|ge|unord|cmp)(tf|kf|xf)2"
                    + "|fix(uns)?(tf|kf|xf)(si|di|ti)|float(un)?(si|di|ti)(tf|kf|xf)", F128),
            rule("(add|sub|mul|div|neg)df3|(eq|ne|lt|le|gt|ge|unord|cmp)df2|fix(uns)?df(si|di|ti)"
                    + "|float(un)?(si|di|ti)df|aeabi_(d[a-z]+|[dlu]*2d|i2d|ui2d|l2d|ul2d|d2u?l?[iu]?z)"
                    + "|hexagon_.*df3|mspabi_(addd|subd|mpyd|divd|cmpd|fixd.*|flt.*d)|[iu]64tod|dto[iu]64", F64),
            rule("(add|sub|mul|div|neg)sf3|(eq|ne|lt|le|gt|ge|unord|cmp)sf2|fix(uns)?sf(si|di|ti)"
                    + "|float(un)?(si|di|ti)sf|aeabi_(f[a-z]+|i2f|ui2f|l2f|ul2f|f2u?l?[iu]?z)"
                    + "|mspabi_(addf|subf|mpyf|divf|cmpf|fixf.*|flt.*f)|[iu]64tos|sto[iu]64", F32),
            // Everything integer: division, multiplication, shifts, bit counts, overflow checks.
            rule("u?(div|mod|mul|divmod)(qi|hi|si|di|ti)[34]|(ashl|lshr|ashr)(si|di|ti)3|(clz|ctz|popcount|parity"
                    + "|bswap|ffs)(si|di|ti)2|mulo(si|di|ti)4|aeabi_(u?idiv(mod)?|u?ldivmod|lmul|llsl|llsr|lasr)"
                    + "|a(u)?ll(div|rem|mul|shl|shr)|rt_[su]div(64)?|mspabi_(mpy|div|rem|sl|sr).*|hexagon_.*"
                    + "|u?(div|rem|mul)", INTEGER));

    private static Rule rule(String regex, Kind kind) {
        return new Rule(Pattern.compile(regex), kind);
    }

    /** The kind of {@code symbol}, spelled as the object file has it (with its format's prefix). */
    static Kind of(String symbol) {
        String bare = symbol.replaceFirst("^[.#_]+", "");
        for (Rule r : RULES) {
            if (r.pattern().matcher(bare).matches()) {
                return r.kind();
            }
        }
        return OTHER;
    }
}
