//! Finding where in a RON source a value was written, so that problems found after
//! parsing (unknown ids, missing texts) can still point at a line and column.
//!
//! RON does not keep positions for parsed values, so this searches the text: first for the
//! item (`id: "x"`, optionally inside a named section), then for a value written after it.
//! When a search fails it falls back to the item, then to the start of the file, so a
//! location is always given.

use std::cell::OnceCell;
use std::collections::HashMap;

pub struct Locator<'a> {
    source: &'a str,
    /// Built on first use, in one pass over the source: validation asks for a section and
    /// an item once per item, and searching a long scenario from the top each time made
    /// loading Tess take milliseconds.
    index: OnceCell<Index>,
}

#[derive(Default)]
struct Index {
    /// The first place of every `name:` (not preceded by a letter, digit or `_`).
    sections: HashMap<String, usize>,
    /// Every place of `"value"` written after `id:`, in order.
    ids: HashMap<String, Vec<usize>>,
}

fn is_word(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

impl Index {
    fn build(source: &str) -> Index {
        let mut index = Index::default();
        for (colon, _) in source.match_indices(':') {
            let before = &source[..colon];
            let start = before
                .char_indices()
                .rev()
                .take_while(|(_, c)| is_word(*c))
                .last()
                .map(|(i, _)| i);
            if let Some(start) = start {
                index
                    .sections
                    .entry(before[start..].to_string())
                    .or_insert(start);
            }
            if before.ends_with("id") {
                let after = &source[colon + 1..];
                let value = after.trim_start();
                if let Some(rest) = value.strip_prefix('"')
                    && let Some(end) = rest.find('"')
                {
                    let quote = colon + 1 + (after.len() - value.len());
                    index
                        .ids
                        .entry(rest[..end].to_string())
                        .or_default()
                        .push(quote);
                }
            }
        }
        index
    }
}

impl<'a> Locator<'a> {
    pub fn new(source: &'a str) -> Locator<'a> {
        Locator {
            source,
            index: OnceCell::new(),
        }
    }

    fn index(&self) -> &Index {
        self.index.get_or_init(|| Index::build(self.source))
    }

    /// Offset of the `name:` field that opens a section, such as `tokens:`.
    pub fn section(&self, name: &str) -> usize {
        self.index().sections.get(name).copied().unwrap_or(0)
    }

    /// Offset of the `n`-th (0-based) `id: "value"` at or after `from`.
    pub fn item_from(&self, from: usize, id: &str, n: usize) -> Option<usize> {
        self.index()
            .ids
            .get(id)?
            .iter()
            .copied()
            .filter(|&at| at >= from)
            .nth(n)
    }

    /// Offset of the item with this id in a section, falling back to anywhere in the file.
    pub fn item(&self, section: &str, id: &str) -> usize {
        self.item_from(self.section(section), id, 0)
            .or_else(|| self.item_from(0, id, 0))
            .unwrap_or_else(|| self.section(section))
    }

    /// Offset of a quoted string or a field name written after `anchor`, or `anchor`.
    pub fn after(&self, anchor: usize, needle: &str) -> usize {
        self.source
            .get(anchor..)
            .and_then(|rest| rest.find(needle))
            .map(|found| anchor + found)
            .unwrap_or(anchor)
    }

    /// Offset of the `n`-th (0-based) `needle` after `anchor`, or the last one found, or
    /// `anchor`: the place of one effect among several of its kind in an event.
    pub fn nth_after(&self, anchor: usize, needle: &str, n: usize) -> usize {
        let Some(rest) = self.source.get(anchor..) else {
            return anchor;
        };
        rest.match_indices(needle)
            .take(n + 1)
            .last()
            .map_or(anchor, |(found, _)| anchor + found)
    }

    /// Offset of `"value"` after `anchor`.
    pub fn value_after(&self, anchor: usize, value: &str) -> usize {
        self.after(anchor, &format!("\"{value}\""))
    }

    /// 1-based line and column (in characters) of a byte offset.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        line_col(self.source, offset)
    }
}

/// 1-based line and column (in characters) of a byte offset in `source`.
pub fn line_col(source: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(source.len());
    let mut line = 1;
    let mut line_start = 0;
    for (i, b) in source.as_bytes()[..offset].iter().enumerate() {
        if *b == b'\n' {
            line += 1;
            line_start = i + 1;
        }
    }
    let column = source
        .get(line_start..offset)
        .map(|s| s.chars().count())
        .unwrap_or(offset - line_start)
        + 1;
    (line, column)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_items_and_values() {
        let src = "(\n domains: [(id: \"werk\")],\n tokens: [(id: \"a\", domain: \"werk\")],\n)";
        let loc = Locator::new(src);
        let token = loc.item("tokens", "a");
        assert_eq!(loc.line_col(token), (3, 16));
        assert_eq!(loc.line_col(loc.value_after(token, "werk")), (3, 29));
        assert_eq!(loc.line_col(loc.item("domains", "werk")), (2, 17));
    }

    #[test]
    fn counts_columns_in_characters() {
        assert_eq!(line_col("é\"x\"", 2), (1, 2));
        assert_eq!(line_col("", 10), (1, 1));
    }
}
