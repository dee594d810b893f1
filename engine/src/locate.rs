//! Finding where in a RON source a value was written, so that problems found after
//! parsing (unknown ids, missing texts) can still point at a line and column.
//!
//! RON does not keep positions for parsed values, so this searches the text: first for the
//! item (`id: "x"`, optionally inside a named section), then for a value written after it.
//! When a search fails it falls back to the item, then to the start of the file, so a
//! location is always given.

pub struct Locator<'a> {
    source: &'a str,
}

impl<'a> Locator<'a> {
    pub fn new(source: &'a str) -> Locator<'a> {
        Locator { source }
    }

    /// Offset of the `name:` field that opens a section, such as `tokens:`.
    pub fn section(&self, name: &str) -> usize {
        let needle = format!("{name}:");
        let mut from = 0;
        while let Some(found) = self.source[from..].find(&needle) {
            let at = from + found;
            let before = self.source[..at].chars().next_back();
            if !before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                return at;
            }
            from = at + needle.len();
        }
        0
    }

    /// Offset of the `n`-th (0-based) `id: "value"` at or after `from`.
    pub fn item_from(&self, from: usize, id: &str, n: usize) -> Option<usize> {
        let quoted = format!("\"{id}\"");
        let mut seen = 0;
        let mut at = from;
        while let Some(found) = self.source.get(at..)?.find(&quoted) {
            let pos = at + found;
            let before = self.source[..pos].trim_end();
            if before.ends_with("id:") {
                if seen == n {
                    return Some(pos);
                }
                seen += 1;
            }
            at = pos + quoted.len();
        }
        None
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
