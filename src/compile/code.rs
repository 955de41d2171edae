//! The compiler's output: code objects and their instruction set (the contract between
//! `compile/` and `vm/`).
//!
//! A stack machine in the spirit of CPython 3.11's bytecode (names follow `dis`), with one
//! difference in representation: an instruction is a Rust enum value carrying its operand, and
//! jump targets are instruction indices (not byte offsets). Exceptions are handled with a
//! 3.11-style exception table ([`ExceptionEntry`]), not a block stack.
//!
//! Stack notation below: `… a b → … c` means the instruction pops `b` then `a` and pushes `c`
//! (`b` was on top). "TOS" is the top of stack.
//!
//! Constants are compile-time values ([`Constant`]); the VM turns a [`CodeObject`] into a heap
//! code object whose `co_consts` are heap objects, once, when the code is loaded.

use num_bigint::BigInt;

/// One instruction. Operands index the code object's tables:
/// `consts` (const), `names` (name), `varnames` (local), cell-or-free (deref: index into
/// `cellvars` followed by `freevars`).
#[derive(Clone, Debug, PartialEq)]
pub enum Instr {
    Nop,
    /// `… a → …`
    PopTop,
    /// `… a → … a a`
    Copy1,
    /// Push a copy of the item `n` deep (1 = TOS): `… x … → … x … x`.
    Copy(u32),
    /// Swap TOS with the item `n` deep (n ≥ 2).
    Swap(u32),

    // ---- loads and stores
    /// Push `consts[i]`.
    LoadConst(u32),
    /// Push local `varnames[i]`; `UnboundLocalError` if unbound
    /// ("cannot access local variable 'x' where it is not associated with a value").
    LoadFast(u32),
    StoreFast(u32),
    DeleteFast(u32),
    /// Module and class bodies: locals dict, then globals, then builtins. `NameError` if absent.
    LoadName(u32),
    StoreName(u32),
    DeleteName(u32),
    /// Globals, then builtins.
    LoadGlobal(u32),
    StoreGlobal(u32),
    DeleteGlobal(u32),
    /// Load the contents of cell `i` (cellvars then freevars).
    LoadDeref(u32),
    StoreDeref(u32),
    DeleteDeref(u32),
    /// Push the cell object `i` itself (to build a closure tuple).
    LoadClosure(u32),
    /// In a class body: the class namespace first, then the cell `i`.
    LoadClassDeref(u32),
    /// `… obj → … obj.names[i]`
    LoadAttr(u32),
    /// `… value obj → …` (obj.names[i] = value)
    StoreAttr(u32),
    /// `… obj → …`
    DeleteAttr(u32),
    /// `… obj → … meth self` for a method found on the type (unbound function + self), or
    /// `… obj → … NULL bound` otherwise; pairs with [`Instr::CallMethod`].
    LoadMethod(u32),
    /// `… container key → … container[key]`
    BinarySubscr,
    /// `… value container key → …`
    StoreSubscr,
    /// `… container key → …`
    DeleteSubscr,
    /// `… start stop → … slice(start, stop)` (n = 2) or `… start stop step → …` (n = 3).
    BuildSlice(u32),

    // ---- operators
    /// `… a b → … a OP b`; in-place variants try `__iadd__` etc. first.
    BinaryOp(BinOp),
    /// `… a → … -a` / `+a` / `~a` / `not a`.
    UnaryNegative,
    UnaryPositive,
    UnaryInvert,
    UnaryNot,
    /// `… a b → … (a OP b)` for the rich comparisons.
    CompareOp(CmpOp),
    /// `… a b → … (a is b)`, or `is not` when the flag is set.
    IsOp(bool),
    /// `… a b → … (a in b)`, or `not in` when the flag is set.
    ContainsOp(bool),

    // ---- building
    BuildTuple(u32),
    BuildList(u32),
    BuildSet(u32),
    /// `… k1 v1 … kn vn → … {k1: v1, …}`
    BuildMap(u32),
    /// `… v1 … vn keys_tuple → … dict` (keys from a constant tuple).
    BuildConstKeyMap(u32),
    /// Concatenate `n` strings (f-strings): `… s1 … sn → … s`.
    BuildString(u32),
    /// `… value → … formatted` / `… value spec → … formatted` (f-string field).
    /// `conversion`: None, `'s'`, `'r'`, `'a'`; `has_spec`: a format spec is on the stack.
    FormatValue {
        conversion: Option<char>,
        has_spec: bool,
    },
    /// `… list … item → … list …` where the list is `i` deep below the item (comprehensions).
    ListAppend(u32),
    SetAdd(u32),
    /// `… dict … key value → … dict …`
    MapAdd(u32),
    /// `… list … iterable → … list …` (`[*a, *b]`)
    ListExtend(u32),
    SetUpdate(u32),
    /// `… dict … mapping → … dict …` (`{**a}`)
    DictUpdate(u32),
    /// Like DictUpdate but a repeated key is a TypeError
    /// ("f() got multiple values for keyword argument 'x'") (`f(**a, **b)`).
    DictMerge(u32),
    /// `… list → … tuple(list)`
    ListToTuple,
    /// `… seq → … vn … v1` (v1 on top). ValueError messages as CPython's.
    UnpackSequence(u32),
    /// `a, *b, c = seq`: `… seq → … (after items) list (before items)`, first on top.
    UnpackEx {
        before: u32,
        after: u32,
    },

    // ---- control flow (targets are instruction indices)
    Jump(u32),
    /// Pop TOS; jump if it is false (by `__bool__`/`__len__`).
    PopJumpIfFalse(u32),
    PopJumpIfTrue(u32),
    /// If TOS is false, jump and keep it; otherwise pop it (`and`).
    JumpIfFalseOrPop(u32),
    /// If TOS is true, jump and keep it; otherwise pop it (`or`).
    JumpIfTrueOrPop(u32),
    PopJumpIfNone(u32),
    PopJumpIfNotNone(u32),
    /// `… obj → … iter(obj)`
    GetIter,
    /// `… it → … it next(it)`, or at exhaustion pop `it` and jump to the target.
    ForIter(u32),

    // ---- calls and functions
    /// `… callable a1 … an → … result`
    Call(u32),
    /// `… callable a1 … an k1v … kmv → … result`; `consts[kwnames]` is the tuple of the m
    /// keyword names, the last m arguments being their values.
    CallKw {
        argc: u32,
        kwnames: u32,
    },
    /// Follows [`Instr::LoadMethod`]: `… meth self a1 … an → … result` (or `NULL bound …`).
    CallMethod(u32),
    /// `… callable args_tuple → …` or `… callable args_tuple kwargs_dict → …` (`f(*a, **k)`).
    CallFunctionEx {
        has_kwargs: bool,
    },
    /// `… [closure] [annotations] [kwdefaults] [defaults] code → … function`; the flags say
    /// which optional items are present, pushed in that order before the code object:
    /// defaults (a tuple) first, then kwdefaults (a dict), annotations (a tuple of name/value
    /// pairs, flattened), closure (a tuple of cells). `qualname` is taken from the code object.
    MakeFunction(MakeFunctionFlags),
    ReturnValue,

    // ---- generators
    /// `… value → … sent` (suspends the frame).
    YieldValue,
    /// `… iterable → … iter` for `yield from` (a generator stays as is).
    GetYieldFromIter,
    /// `… sub_iter value → … sub_iter result`, or, when the sub-iterator finishes, pop it and
    /// push its return value and jump to the target. Used in a loop with YieldValue for
    /// `yield from` / `await`.
    Send(u32),
    /// First instruction of a generator body: discard the value sent by the first `send`
    /// (must be None: "can't send non-None value to a just-started generator").
    GenStart,

    // ---- classes and modules
    /// Push `builtins.__build_class__`.
    LoadBuildClass,
    /// `… → … module` (`import names[i]`): `… level fromlist → … module`.
    ImportName(u32),
    /// `… module → … module module.names[i]` ("cannot import name 'x' from 'm' (path)").
    ImportFrom(u32),
    /// `… module → …` (`from m import *`).
    ImportStar,
    /// Create `__annotations__` in the current namespace if missing (module/class bodies).
    SetupAnnotations,

    // ---- exceptions
    /// `raise` (n = 0: re-raise the handled exception), `raise e` (1), `raise e from c` (2).
    RaiseVarargs(u32),
    /// Re-raise TOS (used at the end of finally / except blocks that did not match).
    Reraise,
    /// On entry to a handler: `… exc → … prev_exc exc`, making `exc` the handled exception
    /// (`sys.exc_info()`); `prev_exc` is restored by PopExcept.
    PushExcInfo,
    /// `… prev_exc → …`: restore the previously handled exception.
    PopExcept,
    /// `… exc type → … exc bool` (`except type:`; TypeError for non-exception types:
    /// "catching classes that do not inherit from BaseException is not allowed").
    CheckExcMatch,
    /// `except*`: `… eg type → … rest match` as CPython's CHECK_EG_MATCH.
    CheckEgMatch,
    /// `… → … AssertionError`
    LoadAssertionError,
    /// `with`: `… mgr → … exit_bound result_of_enter`
    /// ("'X' object does not support the context manager protocol").
    BeforeWith,
    /// In the with-block's handler: `… exit_bound … exc → … exit_bound … exc result` where
    /// result = exit(type(exc), exc, exc.__traceback__); exit_bound is `4` deep below exc.
    WithExceptStart,

    // ---- REPL
    /// Print TOS's repr if not None and bind it to `builtins._` (interactive statements).
    PrintExpr,

    // ---- additions by the compiler (async, except*)
    /// `… obj → … awaitable` for `await` (CPython's GET_AWAITABLE): `obj.__await__()` (a
    /// coroutine stays as is). The operand only selects the error message: 0 plain `await`,
    /// 1 after `__aenter__` ("'async with' received an object from __aenter__ that does not
    /// implement __await__: X"), 2 after `__aexit__` (same with `__aexit__`); 0 gives
    /// "object X can't be used in 'await' expression". Followed by `LoadConst None` and the
    /// `Send`/`YieldValue`/`Jump` loop.
    GetAwaitable(u32),
    /// `… obj → … aiter` (`obj.__aiter__()`; "'async for' requires an object with __aiter__
    /// method, got X").
    GetAiter,
    /// `… aiter → … aiter awaitable` (awaitable of `aiter.__anext__()`; "'async for' received
    /// an invalid object from __anext__: X").
    GetAnext,
    /// End of an `async for`: `… aiter exc → …` if `exc` is a StopAsyncIteration; otherwise
    /// re-raise `exc` (the stack is then unwound by the exception table as usual).
    EndAsyncFor,
    /// `async with`: `… mgr → … exit_bound awaitable_of_aenter` ("'X' object does not support
    /// the asynchronous context manager protocol"); `exit_bound` is `mgr.__aexit__` bound.
    BeforeAsyncWith,
    /// In an async generator, before YieldValue of a `yield` (not of an `await`): wrap TOS so
    /// that the async generator machinery knows it is a yielded value: `… v → … wrapped(v)`.
    AsyncGenWrap,
    /// `except*`: `… orig list → … result` as CPython's PREP_RERAISE_STAR: from the original
    /// exception group and the list of exceptions raised or re-raised by the except* clauses
    /// (None entries skipped), the exception to re-raise, or None.
    PrepReraiseStar,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct MakeFunctionFlags {
    pub defaults: bool,
    pub kwdefaults: bool,
    pub annotations: bool,
    pub closure: bool,
}

/// Binary operators; `inplace` selects `+=` etc.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BinOp {
    pub op: crate::ast::Operator,
    pub inplace: bool,
}

pub type CmpOp = crate::ast::CmpOp;

/// A compile-time constant.
#[derive(Clone, Debug, PartialEq)]
pub enum Constant {
    None,
    Bool(bool),
    Ellipsis,
    Int(BigInt),
    Float(f64),
    Complex {
        re: f64,
        im: f64,
    },
    Str(String),
    Bytes(Vec<u8>),
    Tuple(Vec<Constant>),
    /// A frozenset constant (`x in {1, 2, 3}` is folded to one).
    FrozenSet(Vec<Constant>),
    Code(Box<CodeObject>),
}

/// One entry of the exception table: an exception raised by an instruction in
/// `start..end` (indices) jumps to `target` after popping the value stack down to `depth`
/// items; if `push_lasti`, the index of the raising instruction is pushed (as an int) before
/// the exception (for `finally` blocks that re-raise). The innermost (first matching in table
/// order) entry wins: entries are ordered innermost first.
#[derive(Clone, Debug, PartialEq)]
pub struct ExceptionEntry {
    pub start: u32,
    pub end: u32,
    pub target: u32,
    pub depth: u32,
    pub push_lasti: bool,
}

/// Source position of one instruction, as CPython 3.11's `co_positions()`: 1-based lines,
/// 0-based UTF-8 byte columns. All zero for synthetic instructions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Position {
    pub line: u32,
    pub end_line: u32,
    pub col: u32,
    pub end_col: u32,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct CodeFlags {
    pub optimized: bool,
    pub newlocals: bool,
    pub varargs: bool,
    pub varkeywords: bool,
    pub nested: bool,
    pub generator: bool,
    pub coroutine: bool,
    pub async_generator: bool,
}

/// A compiled unit: module, class body, function, lambda, comprehension.
#[derive(Clone, Debug, PartialEq)]
pub struct CodeObject {
    /// `<module>`, the function or class name, `<lambda>`, `<listcomp>`, `<genexpr>`, ...
    pub name: String,
    /// As CPython: `f`, `C.method`, `f.<locals>.g`, `f.<locals>.<lambda>`.
    pub qualname: String,
    pub filename: String,
    pub first_line: u32,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub flags: CodeFlags,
    pub instructions: Vec<Instr>,
    /// One per instruction.
    pub positions: Vec<Position>,
    pub exception_table: Vec<ExceptionEntry>,
    pub consts: Vec<Constant>,
    /// Global, attribute and imported names, in first-use order.
    pub names: Vec<String>,
    /// Local variables, parameters first (positional, kw-only, *args, **kwargs).
    pub varnames: Vec<String>,
    /// Locals captured by inner scopes.
    pub cellvars: Vec<String>,
    /// Variables from enclosing scopes.
    pub freevars: Vec<String>,
    /// For each cellvar that is also a parameter, the parameter's index (the VM copies the
    /// argument into the cell at entry).
    pub cell2arg: Vec<Option<u32>>,
    pub max_stack: u32,
    /// The docstring, if the body starts with one (functions: also consts[0]).
    pub docstring: Option<String>,
}
