//! The disassembler: a code object as `python3 -m dis` prints it (line numbers when the line
//! changes, `>>` at jump targets, instruction index, SCREAMING_CASE opname, operand, the
//! resolved argument in parentheses, then an `ExceptionTable:`), followed by every nested code
//! object, depth first. Indices are instruction indices (mnemo has no byte offsets), and code
//! objects are named without an address: `<code object f, file "x.py", line 3>`.
//!
//! Start reading at [`disassemble`].

use super::code::*;
use crate::ast::{CmpOp, Operator};
use std::fmt::Write;

pub fn disassemble(code: &CodeObject) -> String {
    let mut out = String::new();
    dis_one(code, &mut out);
    for c in &code.consts {
        if let Constant::Code(inner) = c {
            let _ = writeln!(out, "\nDisassembly of {}:", code_repr(inner));
            out.push_str(&disassemble(inner));
        }
    }
    out
}

fn code_repr(c: &CodeObject) -> String {
    format!(
        "<code object {}, file \"{}\", line {}>",
        c.name, c.filename, c.first_line
    )
}

/// A constant as Python's `repr` shows it.
pub fn const_repr(c: &Constant) -> String {
    use crate::objects;
    match c {
        Constant::None => "None".into(),
        Constant::Bool(b) => if *b { "True" } else { "False" }.into(),
        Constant::Ellipsis => "Ellipsis".into(),
        Constant::Int(i) => i.to_string(),
        Constant::Float(f) => objects::float::float_repr(*f),
        Constant::Complex { re, im } => objects::complex::complex_repr(*re, *im),
        Constant::Str(s) => objects::str::str_repr(s),
        Constant::Bytes(b) => objects::bytes::bytes_repr(b),
        Constant::Tuple(t) => {
            let items: Vec<String> = t.iter().map(const_repr).collect();
            if items.len() == 1 {
                format!("({},)", items[0])
            } else {
                format!("({})", items.join(", "))
            }
        }
        Constant::FrozenSet(t) => {
            if t.is_empty() {
                "frozenset()".into()
            } else {
                let items: Vec<String> = t.iter().map(const_repr).collect();
                format!("frozenset({{{}}})", items.join(", "))
            }
        }
        Constant::Code(c) => code_repr(c),
    }
}

/// CPython's `NB_*` operand of BINARY_OP and its symbol.
fn binop_arg(b: &BinOp) -> (u32, String) {
    let (n, s) = match b.op {
        Operator::Add => (0, "+"),
        Operator::BitAnd => (1, "&"),
        Operator::FloorDiv => (2, "//"),
        Operator::LShift => (3, "<<"),
        Operator::MatMult => (4, "@"),
        Operator::Mult => (5, "*"),
        Operator::Mod => (6, "%"),
        Operator::BitOr => (7, "|"),
        Operator::Pow => (8, "**"),
        Operator::RShift => (9, ">>"),
        Operator::Sub => (10, "-"),
        Operator::Div => (11, "/"),
        Operator::BitXor => (12, "^"),
    };
    if b.inplace {
        (n + 13, format!("{s}="))
    } else {
        (n, s.to_string())
    }
}

fn cmp_arg(op: CmpOp) -> (u32, &'static str) {
    match op {
        CmpOp::Lt => (0, "<"),
        CmpOp::LtE => (1, "<="),
        CmpOp::Eq => (2, "=="),
        CmpOp::NotEq => (3, "!="),
        CmpOp::Gt => (4, ">"),
        CmpOp::GtE => (5, ">="),
        _ => (6, "?"),
    }
}

/// Opname, numeric operand (if any) and argument description (if any).
fn describe(code: &CodeObject, i: &Instr) -> (&'static str, Option<u32>, Option<String>) {
    use Instr::*;
    let name = |n: &u32| code.names.get(*n as usize).cloned();
    let local = |n: &u32| code.varnames.get(*n as usize).cloned();
    let deref = |n: &u32| {
        let n = *n as usize;
        code.cellvars
            .get(n)
            .or_else(|| code.freevars.get(n - code.cellvars.len().min(n)))
            .cloned()
    };
    let konst = |n: &u32| code.consts.get(*n as usize).map(const_repr);
    let to = |t: &u32| Some(format!("to {t}"));
    match i {
        Nop => ("NOP", None, None),
        PopTop => ("POP_TOP", None, None),
        Copy1 => ("COPY", Some(1), None),
        Copy(n) => ("COPY", Some(*n), None),
        Swap(n) => ("SWAP", Some(*n), None),
        LoadConst(n) => ("LOAD_CONST", Some(*n), konst(n)),
        LoadFast(n) => ("LOAD_FAST", Some(*n), local(n)),
        StoreFast(n) => ("STORE_FAST", Some(*n), local(n)),
        DeleteFast(n) => ("DELETE_FAST", Some(*n), local(n)),
        LoadName(n) => ("LOAD_NAME", Some(*n), name(n)),
        StoreName(n) => ("STORE_NAME", Some(*n), name(n)),
        DeleteName(n) => ("DELETE_NAME", Some(*n), name(n)),
        LoadGlobal(n) => ("LOAD_GLOBAL", Some(*n), name(n)),
        StoreGlobal(n) => ("STORE_GLOBAL", Some(*n), name(n)),
        DeleteGlobal(n) => ("DELETE_GLOBAL", Some(*n), name(n)),
        LoadDeref(n) => ("LOAD_DEREF", Some(*n), deref(n)),
        StoreDeref(n) => ("STORE_DEREF", Some(*n), deref(n)),
        DeleteDeref(n) => ("DELETE_DEREF", Some(*n), deref(n)),
        LoadClosure(n) => ("LOAD_CLOSURE", Some(*n), deref(n)),
        LoadClassDeref(n) => ("LOAD_CLASSDEREF", Some(*n), deref(n)),
        LoadAttr(n) => ("LOAD_ATTR", Some(*n), name(n)),
        StoreAttr(n) => ("STORE_ATTR", Some(*n), name(n)),
        DeleteAttr(n) => ("DELETE_ATTR", Some(*n), name(n)),
        LoadMethod(n) => ("LOAD_METHOD", Some(*n), name(n)),
        BinarySubscr => ("BINARY_SUBSCR", None, None),
        StoreSubscr => ("STORE_SUBSCR", None, None),
        DeleteSubscr => ("DELETE_SUBSCR", None, None),
        BuildSlice(n) => ("BUILD_SLICE", Some(*n), None),
        BinaryOp(b) => {
            let (n, s) = binop_arg(b);
            ("BINARY_OP", Some(n), Some(s))
        }
        UnaryNegative => ("UNARY_NEGATIVE", None, None),
        UnaryPositive => ("UNARY_POSITIVE", None, None),
        UnaryInvert => ("UNARY_INVERT", None, None),
        UnaryNot => ("UNARY_NOT", None, None),
        CompareOp(op) => {
            let (n, s) = cmp_arg(*op);
            ("COMPARE_OP", Some(n), Some(s.to_string()))
        }
        IsOp(b) => ("IS_OP", Some(*b as u32), None),
        ContainsOp(b) => ("CONTAINS_OP", Some(*b as u32), None),
        BuildTuple(n) => ("BUILD_TUPLE", Some(*n), None),
        BuildList(n) => ("BUILD_LIST", Some(*n), None),
        BuildSet(n) => ("BUILD_SET", Some(*n), None),
        BuildMap(n) => ("BUILD_MAP", Some(*n), None),
        BuildConstKeyMap(n) => ("BUILD_CONST_KEY_MAP", Some(*n), None),
        BuildString(n) => ("BUILD_STRING", Some(*n), None),
        FormatValue {
            conversion,
            has_spec,
        } => {
            let (c, s) = match conversion {
                Some('s') => (1, "str"),
                Some('r') => (2, "repr"),
                Some('a') => (3, "ascii"),
                _ => (0, ""),
            };
            let mut desc = s.to_string();
            if *has_spec {
                if !desc.is_empty() {
                    desc.push_str(", ");
                }
                desc.push_str("with format");
            }
            let n = c | if *has_spec { 4 } else { 0 };
            ("FORMAT_VALUE", Some(n), (!desc.is_empty()).then_some(desc))
        }
        ListAppend(n) => ("LIST_APPEND", Some(*n), None),
        SetAdd(n) => ("SET_ADD", Some(*n), None),
        MapAdd(n) => ("MAP_ADD", Some(*n), None),
        ListExtend(n) => ("LIST_EXTEND", Some(*n), None),
        SetUpdate(n) => ("SET_UPDATE", Some(*n), None),
        DictUpdate(n) => ("DICT_UPDATE", Some(*n), None),
        DictMerge(n) => ("DICT_MERGE", Some(*n), None),
        ListToTuple => ("LIST_TO_TUPLE", None, None),
        UnpackSequence(n) => ("UNPACK_SEQUENCE", Some(*n), None),
        UnpackEx { before, after } => ("UNPACK_EX", Some(before + (after << 8)), None),
        Jump(t) => ("JUMP", Some(*t), to(t)),
        PopJumpIfFalse(t) => ("POP_JUMP_IF_FALSE", Some(*t), to(t)),
        PopJumpIfTrue(t) => ("POP_JUMP_IF_TRUE", Some(*t), to(t)),
        JumpIfFalseOrPop(t) => ("JUMP_IF_FALSE_OR_POP", Some(*t), to(t)),
        JumpIfTrueOrPop(t) => ("JUMP_IF_TRUE_OR_POP", Some(*t), to(t)),
        PopJumpIfNone(t) => ("POP_JUMP_IF_NONE", Some(*t), to(t)),
        PopJumpIfNotNone(t) => ("POP_JUMP_IF_NOT_NONE", Some(*t), to(t)),
        GetIter => ("GET_ITER", None, None),
        ForIter(t) => ("FOR_ITER", Some(*t), to(t)),
        Call(n) => ("CALL", Some(*n), None),
        CallKw { argc, kwnames } => ("CALL_KW", Some(*argc), konst(kwnames)),
        CallMethod(n) => ("CALL_METHOD", Some(*n), None),
        CallFunctionEx { has_kwargs } => ("CALL_FUNCTION_EX", Some(*has_kwargs as u32), None),
        MakeFunction(f) => {
            let mut names = Vec::new();
            let mut n = 0;
            for (bit, set, s) in [
                (1, f.defaults, "defaults"),
                (2, f.kwdefaults, "kwdefaults"),
                (4, f.annotations, "annotations"),
                (8, f.closure, "closure"),
            ] {
                if set {
                    n |= bit;
                    names.push(s);
                }
            }
            (
                "MAKE_FUNCTION",
                Some(n),
                (!names.is_empty()).then(|| names.join(", ")),
            )
        }
        ReturnValue => ("RETURN_VALUE", None, None),
        YieldValue => ("YIELD_VALUE", None, None),
        GetYieldFromIter => ("GET_YIELD_FROM_ITER", None, None),
        Send(t) => ("SEND", Some(*t), to(t)),
        GenStart => ("GEN_START", None, None),
        LoadBuildClass => ("LOAD_BUILD_CLASS", None, None),
        ImportName(n) => ("IMPORT_NAME", Some(*n), name(n)),
        ImportFrom(n) => ("IMPORT_FROM", Some(*n), name(n)),
        ImportStar => ("IMPORT_STAR", None, None),
        SetupAnnotations => ("SETUP_ANNOTATIONS", None, None),
        RaiseVarargs(n) => ("RAISE_VARARGS", Some(*n), None),
        Reraise => ("RERAISE", None, None),
        PushExcInfo => ("PUSH_EXC_INFO", None, None),
        PopExcept => ("POP_EXCEPT", None, None),
        CheckExcMatch => ("CHECK_EXC_MATCH", None, None),
        CheckEgMatch => ("CHECK_EG_MATCH", None, None),
        LoadAssertionError => ("LOAD_ASSERTION_ERROR", None, None),
        BeforeWith => ("BEFORE_WITH", None, None),
        WithExceptStart => ("WITH_EXCEPT_START", None, None),
        PrintExpr => ("PRINT_EXPR", None, None),
        GetAwaitable(n) => ("GET_AWAITABLE", Some(*n), None),
        GetAiter => ("GET_AITER", None, None),
        GetAnext => ("GET_ANEXT", None, None),
        EndAsyncFor => ("END_ASYNC_FOR", None, None),
        BeforeAsyncWith => ("BEFORE_ASYNC_WITH", None, None),
        AsyncGenWrap => ("ASYNC_GEN_WRAP", None, None),
        PrepReraiseStar => ("PREP_RERAISE_STAR", None, None),
    }
}

fn dis_one(code: &CodeObject, out: &mut String) {
    let mut targets = vec![false; code.instructions.len() + 1];
    for i in &code.instructions {
        if let Some(t) = super::codegen::jump_target(&mut i.clone()) {
            if let Some(slot) = targets.get_mut(*t as usize) {
                *slot = true;
            }
        }
    }
    for e in &code.exception_table {
        if let Some(slot) = targets.get_mut(e.target as usize) {
            *slot = true;
        }
    }
    let width = code
        .instructions
        .len()
        .saturating_sub(1)
        .to_string()
        .len()
        .max(4);
    let mut last_line = 0;
    for (idx, instr) in code.instructions.iter().enumerate() {
        let line = code.positions.get(idx).map_or(0, |p| p.line);
        let line_field = if line != 0 && line != last_line {
            if idx > 0 {
                out.push('\n');
            }
            last_line = line;
            format!("{line:>3}")
        } else {
            "   ".to_string()
        };
        let mark = if targets[idx] { ">>" } else { "  " };
        let (op, arg, desc) = describe(code, instr);
        let mut s = format!("{line_field}    {mark} {idx:>width$} {op:<20}");
        if let Some(a) = arg {
            let _ = write!(s, " {a:>5}");
            if let Some(d) = desc {
                let _ = write!(s, " ({d})");
            }
        }
        out.push_str(s.trim_end());
        out.push('\n');
    }
    if !code.exception_table.is_empty() {
        out.push_str("ExceptionTable:\n");
        for e in &code.exception_table {
            let _ = writeln!(
                out,
                "  {} to {} -> {} [{}]{}",
                e.start,
                e.end.saturating_sub(1),
                e.target,
                e.depth,
                if e.push_lasti { " lasti" } else { "" }
            );
        }
    }
}
