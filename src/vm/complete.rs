//! Tab completion for the REPL, as CPython's `rlcompleter` computes it.
//!
//! The word before the cursor is either a name (completed from the keywords, the namespace of
//! `__main__` and the builtins) or a dotted name followed by a dot and a prefix (`obj.at`: the
//! dotted name is looked up, then `dir()` of the object and of its class's bases is filtered by
//! the prefix). As in `rlcompleter`: callables get a `(` appended, most keywords a space (`try`
//! and `finally` a colon), names starting with `_` are offered only once the prefix asks for
//! them (`obj._`, `obj.__`), properties are never evaluated to see whether they are callable,
//! and an error while looking an object up just means no completions. Nothing here knows about
//! the line editor: `src/repl.rs` asks [`complete`] and shows the answer.

use super::{attr, call, dictops, str_of, Args, Vm};
use crate::heap::{Kind, ObjRef};
use crate::objects::list::ListData;

/// Python 3.11's `keyword.kwlist`.
const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield",
];

/// The characters that end a word, as CPython's REPL sets readline's completer delimiters.
const DELIMITERS: &str = " \t\n`~!@#$%^&*()-=+[{]}\\|;:'\",<>/?";

/// Where the word to complete starts in `line`, given the cursor at byte `pos`.
pub fn word_start(line: &str, pos: usize) -> usize {
    let pos = pos.min(line.len());
    line[..pos]
        .char_indices()
        .rev()
        .find(|&(_, c)| DELIMITERS.contains(c))
        .map_or(0, |(i, c)| i + c.len_utf8())
}

/// The completions of `text` (the word before the cursor) in namespace `globals`, sorted, each
/// a full replacement for `text`.
pub fn complete(vm: &mut Vm, globals: &ObjRef, text: &str) -> Vec<String> {
    let mut matches = if text.contains('.') {
        attr_matches(vm, globals, text)
    } else {
        global_matches(vm, globals, text)
    };
    matches.sort();
    matches.dedup();
    matches
}

fn callable(vm: &mut Vm, o: &ObjRef) -> bool {
    if matches!(
        o.kind(),
        Kind::Function | Kind::Builtin | Kind::Method | Kind::Type
    ) {
        return true;
    }
    match dictops::getitem_str(&vm.builtins, "callable") {
        Some(f) => call::call(vm, &f, Args::new(std::slice::from_ref(o)))
            .is_ok_and(|r| r.is(&super::rt().true_)),
        None => false,
    }
}

fn with_postfix(vm: &mut Vm, value: &ObjRef, word: String) -> String {
    if callable(vm, value) {
        word + "("
    } else {
        word
    }
}

fn global_matches(vm: &mut Vm, globals: &ObjRef, text: &str) -> Vec<String> {
    let mut matches = Vec::new();
    let mut seen = vec!["__builtins__".to_string()];
    for &word in KEYWORDS {
        if word.starts_with(text) {
            seen.push(word.to_string());
            matches.push(match word {
                "finally" | "try" => format!("{word}:"),
                "False" | "None" | "True" | "break" | "continue" | "pass" | "else" => {
                    word.to_string()
                }
                _ => format!("{word} "),
            });
        }
    }
    let builtins = vm.builtins.clone();
    for ns in [globals, &builtins] {
        for (k, v) in dictops::items(ns) {
            let word = str_of(&k);
            if word.starts_with(text) && !seen.iter().any(|s| s == word) {
                seen.push(word.to_string());
                let word = word.to_string();
                matches.push(with_postfix(vm, &v, word));
            }
        }
    }
    matches
}

/// Split `a.b.c.pre` into (`a.b.c`, `pre`) when it has rlcompleter's shape `\w+(\.\w+)*\.\w*`.
fn split_dotted(text: &str) -> Option<(&str, &str)> {
    let dot = text.rfind('.')?;
    let (expr, attr) = (&text[..dot], &text[dot + 1..]);
    let word = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_alphanumeric() || c == '_');
    if !expr.split('.').all(word) || !attr.chars().all(|c| c.is_alphanumeric() || c == '_') {
        return None;
    }
    Some((expr, attr))
}

/// The object a dotted name refers to (rlcompleter evaluates it; a dotted name is a name lookup
/// and attribute gets).
fn lookup_dotted(vm: &mut Vm, globals: &ObjRef, expr: &str) -> Option<ObjRef> {
    let mut parts = expr.split('.');
    let first = parts.next()?;
    let mut obj = dictops::getitem_text(globals, first)
        .or_else(|| dictops::getitem_text(&vm.builtins, first))?;
    for p in parts {
        obj = attr::getattr_str(vm, &obj, p).ok()?;
    }
    Some(obj)
}

/// `dir(o)` as strings (nothing if it fails).
fn dir_of(vm: &mut Vm, o: &ObjRef) -> Vec<String> {
    let Some(dir) = dictops::getitem_str(&vm.builtins, "dir") else {
        return Vec::new();
    };
    match call::call(vm, &dir, Args::new(std::slice::from_ref(o))) {
        Ok(list) => match list.downcast::<ListData>() {
            Some(l) => l
                .items
                .borrow()
                .iter()
                .map(|s| str_of(s).to_string())
                .collect(),
            None => Vec::new(),
        },
        Err(_) => Vec::new(),
    }
}

/// rlcompleter's `get_class_members`: `dir(klass)` and that of its bases, recursively.
fn class_members(vm: &mut Vm, klass: &ObjRef, depth: usize, out: &mut Vec<String>) {
    out.extend(dir_of(vm, klass));
    if depth > 64 {
        return;
    }
    if let Ok(Some(bases)) = attr::getattr_opt(vm, klass, "__bases__") {
        if let Some(t) = bases.downcast::<crate::objects::tuple::TupleData>() {
            for b in t.items.iter() {
                class_members(vm, b, depth + 1, out);
            }
        }
    }
}

fn attr_matches(vm: &mut Vm, globals: &ObjRef, text: &str) -> Vec<String> {
    let Some((expr, attr_prefix)) = split_dotted(text) else {
        return Vec::new();
    };
    let Some(obj) = lookup_dotted(vm, globals, expr) else {
        return Vec::new();
    };
    let mut words = dir_of(vm, &obj);
    words.retain(|w| w != "__builtins__");
    if let Ok(Some(class)) = attr::getattr_opt(vm, &obj, "__class__") {
        words.push("__class__".to_string());
        class_members(vm, &class, 0, &mut words);
    }
    words.sort();
    words.dedup();
    let mut noprefix = match attr_prefix {
        "" => Some("_"),
        "_" => Some("__"),
        _ => None,
    };
    let ty = obj.type_of();
    loop {
        let mut matches = Vec::new();
        for word in &words {
            if !word.starts_with(attr_prefix) || noprefix.is_some_and(|p| word.starts_with(p)) {
                continue;
            }
            let full = format!("{expr}.{word}");
            let name = super::new_str(word);
            if attr::lookup_type(&ty, &name).is_some_and(|d| d.kind() == Kind::Property) {
                // Evaluating a property could run anything; it is not a method anyway.
                matches.push(full);
                continue;
            }
            match attr::getattr(vm, &obj, &name) {
                Ok(v) => matches.push(with_postfix(vm, &v, full)),
                Err(_) => matches.push(full),
            }
        }
        if !matches.is_empty() || noprefix.is_none() {
            return matches;
        }
        noprefix = if noprefix == Some("_") {
            Some("__")
        } else {
            None
        };
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_and_dotted_names() {
        assert_eq!(word_start("print(obj.ap", 12), 6);
        assert_eq!(word_start("x = a", 5), 4);
        assert_eq!(word_start("abc", 3), 0);
        assert_eq!(split_dotted("a.b.c"), Some(("a.b", "c")));
        assert_eq!(split_dotted("a."), Some(("a", "")));
        assert_eq!(split_dotted(".a"), None);
        assert_eq!(split_dotted("a..b"), None);
    }
}
