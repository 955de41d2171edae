//! f-strings: turning a run of adjacent string literals, at least one of them an f-string, into a
//! `JoinedStr` as CPython 3.11 does (Parser/string_parser.c): literal text merged across
//! literals, each replacement field's expression parsed by the ordinary parser as `(expr)`,
//! `=` fields expanded to their text plus a `repr` conversion, format specs as nested JoinedStr.

use super::error::{ErrorKind, SyntaxError};
use super::strings::{split_fstring, FField, FPart, StrLit};
use crate::ast::*;

/// Build the JoinedStr for `parts` (each: start offset, literal, end offset).
/// `is_u`: the first literal had a `u` prefix, which CPython records on every constant part.
pub fn joined(
    span: Span,
    parts: Vec<(usize, Box<StrLit>, usize)>,
    is_u: bool,
) -> Result<Expr, SyntaxError> {
    let mut values = Vec::new();
    let mut pending = String::new();
    for (_, lit, end) in parts {
        match *lit {
            StrLit::Str { value, .. } => pending.push_str(&value),
            StrLit::Bytes(_) => {}
            StrLit::FString {
                raw,
                body_start,
                body,
            } => {
                let pieces = split_fstring(&body, raw, body_start, end)?;
                add_pieces(span, pieces, &mut pending, &mut values, end)?;
            }
        }
    }
    flush(span, &mut pending, &mut values);
    if is_u {
        for v in &mut values {
            if let ExprKind::Constant { kind, .. } = &mut v.kind {
                *kind = Some("u".to_string());
            }
        }
    }
    Ok(Expr::new(span, ExprKind::JoinedStr { values }))
}

fn flush(span: Span, pending: &mut String, values: &mut Vec<Expr>) {
    if !pending.is_empty() {
        values.push(Expr::new(
            span,
            ExprKind::Constant {
                value: Constant::Str(std::mem::take(pending)),
                kind: None,
            },
        ));
    }
}

fn add_pieces(
    span: Span,
    pieces: Vec<FPart>,
    pending: &mut String,
    values: &mut Vec<Expr>,
    end: usize,
) -> Result<(), SyntaxError> {
    for piece in pieces {
        match piece {
            FPart::Literal(s) => pending.push_str(&s),
            FPart::Field(field) => {
                if let Some(text) = &field.debug_text {
                    pending.push_str(text);
                }
                flush(span, pending, values);
                values.push(formatted_value(span, field, end)?);
            }
        }
    }
    Ok(())
}

fn formatted_value(span: Span, field: FField, end: usize) -> Result<Expr, SyntaxError> {
    let value = parse_field_expr(&field.expr, field.expr_start)?;
    let mut conversion = field.conversion.map_or(-1, |c| c as i32);
    if field.debug_text.is_some() && field.conversion.is_none() && field.spec.is_none() {
        conversion = 'r' as i32;
    }
    let format_spec = match field.spec {
        None => None,
        Some(spec) => {
            let mut pending = String::new();
            let mut values = Vec::new();
            add_pieces(span, spec, &mut pending, &mut values, end)?;
            flush(span, &mut pending, &mut values);
            Some(Box::new(Expr::new(span, ExprKind::JoinedStr { values })))
        }
    };
    Ok(Expr::new(
        span,
        ExprKind::FormattedValue {
            value: Box::new(value),
            conversion,
            format_spec,
        },
    ))
}

/// Parse one field's expression as CPython does: the text wrapped in parentheses.
fn parse_field_expr(text: &str, start: usize) -> Result<Expr, SyntaxError> {
    let wrapped = format!("({text})");
    let base = start.saturating_sub(1);
    match super::parse_fstring_expr(&wrapped, base) {
        Ok(e) => Ok(e),
        Err(mut e) => {
            if e.kind == ErrorKind::Syntax && !e.msg.starts_with("f-string") {
                e.msg = format!("f-string: {}", e.msg);
            }
            // CPython shows the field as the text it parsed, `(expr)`, columns relative to it.
            let rel = |at: usize| wrapped[..at.min(wrapped.len())].chars().count();
            let col = e.column.unwrap_or_else(|| rel(e.offset) + 1);
            e.end_column = Some(e.end.map_or(col, |end| rel(end) + 1) as isize);
            e.column = Some(col);
            e.text = Some(format!("{wrapped}\n"));
            e.offset = start;
            e.end = None;
            Err(e)
        }
    }
}
