//! Help for an unknown id: a known id close to it, else the known ids when they are few.

use std::collections::BTreeSet;

use crate::problem::Suggestion;

/// Lists of more ids than this are too long to read in a hint.
const MAX_LISTED: usize = 12;

pub(super) fn suggestion(known: &BTreeSet<&str>, value: &str) -> Suggestion {
    let close = known.iter().find(|k| {
        let (a, b) = (k.to_lowercase(), value.to_lowercase());
        a.contains(&b) || b.contains(&a) || edit_distance(&a, &b) <= 2
    });
    match close {
        Some(k) => Suggestion::DidYouMean(k.to_string()),
        None if known.len() <= MAX_LISTED => {
            Suggestion::Known(known.iter().map(|k| k.to_string()).collect())
        }
        None => Suggestion::DefineFirst,
    }
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut row = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != *cb);
            row.push((prev[j] + cost).min(prev[j + 1] + 1).min(row[j] + 1));
        }
        prev = row;
    }
    prev[b.len()]
}
