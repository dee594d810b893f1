//! Undo and redo that keep only what each action changed (issue 12).
//!
//! A whole copy of the play state per step cost about 1 MB on a board of 2 000 cards, so
//! 1 000 steps held over a gigabyte. A step now keeps a `Patch`: for every part of the
//! state that the action changed, the value it had; for a list, only the run of items that
//! differs. Applying a patch swaps those parts with the state's, so the same patch that
//! undoes a step redoes it afterwards. Refused actions never get here (they change nothing).

use std::collections::{BTreeMap, VecDeque};

use super::{Acted, BallotCast, LogEntry, Note, PlayState, PollResult, Step, UNDO_LIMIT};
use crate::board::{Board, Ended};
use crate::observe::Observation;
use crate::scenario::*;
use crate::werksessie::{Drawing, PlacematAnswer};

#[derive(Clone, Debug, Default)]
pub(super) struct History {
    undo: VecDeque<Patch>,
    redo: Vec<Patch>,
}

impl History {
    /// Remember the step from `was` to `now`; a new step forgets what was undone.
    pub fn record(&mut self, was: &PlayState, now: &PlayState) {
        self.undo.push_back(Patch::between(was, now));
        if self.undo.len() > UNDO_LIMIT {
            self.undo.pop_front();
        }
        self.redo.clear();
    }

    /// Take `state` one step back; false when there is nothing to undo.
    pub fn undo(&mut self, state: &mut PlayState) -> bool {
        let Some(mut patch) = self.undo.pop_back() else {
            return false;
        };
        patch.swap(state);
        self.redo.push(patch);
        true
    }

    /// Take `state` one undone step forward again; false when there is none.
    pub fn redo(&mut self, state: &mut PlayState) -> bool {
        let Some(mut patch) = self.redo.pop() else {
            return false;
        };
        patch.swap(state);
        self.undo.push_back(patch);
        true
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }
}

/// The other state's value of every part of the play state that differs (`None`: the
/// same in both).
#[derive(Clone, Debug, Default)]
struct Patch {
    age: Option<u8>,
    tokens: Option<Edit<Token>>,
    links: Option<Edit<Link>>,
    regisseur: Option<Option<TokenId>>,
    needs: Option<Edit<Need>>,
    ended: Option<Edit<Ended>>,
    roles: Option<Edit<RoleId>>,
    self_reliance: Option<Edit<SelfReliance>>,
    step: Option<Step>,
    log: Option<Edit<LogEntry>>,
    draws: Option<u64>,
    polls: Option<Edit<PollResult>>,
    notes: Option<Edit<Note>>,
    observations: Option<Edit<Observation>>,
    locked: Option<bool>,
    journal: Option<Edit<Acted>>,
    drawings: Option<BTreeMap<Drawing, u32>>,
    praatplaat: Option<Edit<String>>,
    placemat: Option<Edit<PlacematAnswer>>,
    hand: Option<Edit<TokenId>>,
    ballots: Option<Edit<BallotCast>>,
}

impl Patch {
    /// The patch that turns `now` back into `was`.
    fn between(was: &PlayState, now: &PlayState) -> Patch {
        // Taken apart without `..`, here and in `swap`: a field added to the play state or
        // the board does not compile until undo knows it.
        let PlayState {
            board,
            step,
            log,
            draws,
            polls,
            notes,
            observations,
            locked,
            journal,
            drawings,
            praatplaat,
            placemat,
            hand,
            ballots,
        } = was;
        let Board {
            age,
            tokens,
            links,
            regisseur,
            needs,
            ended,
            roles,
            self_reliance,
        } = board;
        let b = &now.board;
        Patch {
            age: differs(age, &b.age),
            tokens: Edit::between(tokens, &b.tokens),
            links: Edit::between(links, &b.links),
            regisseur: differs(regisseur, &b.regisseur),
            needs: Edit::between(needs, &b.needs),
            ended: Edit::between(ended, &b.ended),
            roles: Edit::between(roles, &b.roles),
            self_reliance: Edit::between(self_reliance, &b.self_reliance),
            step: differs(step, &now.step),
            log: Edit::between(log, &now.log),
            draws: differs(draws, &now.draws),
            polls: Edit::between(polls, &now.polls),
            notes: Edit::between(notes, &now.notes),
            observations: Edit::between(observations, &now.observations),
            locked: differs(locked, &now.locked),
            journal: Edit::between(journal, &now.journal),
            drawings: differs(drawings, &now.drawings),
            praatplaat: Edit::between(praatplaat, &now.praatplaat),
            placemat: Edit::between(placemat, &now.placemat),
            hand: Edit::between(hand, &now.hand),
            ballots: Edit::between(ballots, &now.ballots),
        }
    }

    /// Put the patch's parts into `state` and keep the state's parts in their place: after
    /// this the patch leads back to where `state` was.
    fn swap(&mut self, state: &mut PlayState) {
        let PlayState {
            board,
            step,
            log,
            draws,
            polls,
            notes,
            observations,
            locked,
            journal,
            drawings,
            praatplaat,
            placemat,
            hand,
            ballots,
        } = state;
        let Board {
            age,
            tokens,
            links,
            regisseur,
            needs,
            ended,
            roles,
            self_reliance,
        } = board;
        swap_value(&mut self.age, age);
        swap_list(&mut self.tokens, tokens);
        swap_list(&mut self.links, links);
        swap_value(&mut self.regisseur, regisseur);
        swap_list(&mut self.needs, needs);
        swap_list(&mut self.ended, ended);
        swap_list(&mut self.roles, roles);
        swap_list(&mut self.self_reliance, self_reliance);
        swap_value(&mut self.step, step);
        swap_list(&mut self.log, log);
        swap_value(&mut self.draws, draws);
        swap_list(&mut self.polls, polls);
        swap_list(&mut self.notes, notes);
        swap_list(&mut self.observations, observations);
        swap_value(&mut self.locked, locked);
        swap_list(&mut self.journal, journal);
        swap_value(&mut self.drawings, drawings);
        swap_list(&mut self.praatplaat, praatplaat);
        swap_list(&mut self.placemat, placemat);
        swap_list(&mut self.hand, hand);
        swap_list(&mut self.ballots, ballots);
    }
}

fn differs<T: Clone + PartialEq>(was: &T, now: &T) -> Option<T> {
    (was != now).then(|| was.clone())
}

fn swap_value<T>(other: &mut Option<T>, value: &mut T) {
    if let Some(other) = other {
        std::mem::swap(other, value);
    }
}

fn swap_list<T>(edit: &mut Option<Edit<T>>, list: &mut Vec<T>) {
    if let Some(edit) = edit {
        edit.swap(list);
    }
}

/// How to turn one list back into another: runs of items to put back in place of runs
/// that are there now, in order. An action changes a list in a few places (adds at the
/// end, changes one item, takes out a card with its lines wherever they are), so the
/// items in between are not copied.
#[derive(Clone, Debug)]
struct Edit<T> {
    /// Ascending and apart, at positions in the list they apply to.
    runs: Vec<Splice<T>>,
}

/// One run: the `len` items from `at` on give way to `items`.
#[derive(Clone, Debug, PartialEq)]
struct Splice<T> {
    at: usize,
    len: usize,
    items: Vec<T>,
}

impl<T: Clone + PartialEq> Edit<T> {
    /// The edit that turns `now` back into `was`; none when they are equal.
    fn between(was: &[T], now: &[T]) -> Option<Edit<T>> {
        let same_start = was.iter().zip(now).take_while(|(a, b)| a == b).count();
        if same_start == was.len() && same_start == now.len() {
            return None;
        }
        // The equal tail, not reaching into the equal start.
        let room = was.len().min(now.len()) - same_start;
        let same_end = was
            .iter()
            .rev()
            .zip(now.iter().rev())
            .take(room)
            .take_while(|(a, b)| a == b)
            .count();
        let was_middle = &was[same_start..was.len() - same_end];
        let now_middle = &now[same_start..now.len() - same_end];
        let mut edit = Edit { runs: Vec::new() };
        // Walk both middles: an item of `now` that is the next of `was` stays; an item of
        // `was` that is not is put back; what is left of `now` at the end goes. This is
        // right for any two lists, and short when `now` is `was` with items taken out and
        // some added at the end, which is what the rules do to a list.
        let mut kept = 0;
        for item in was_middle {
            if now_middle.get(kept) == Some(item) {
                kept += 1;
            } else {
                edit.add(same_start + kept, 0, Some(item));
            }
        }
        let gone = now_middle.len() - kept;
        if gone > 0 {
            edit.add(same_start + kept, gone, None);
        }
        Some(edit)
    }

    /// Add a run, joining it to the last one when they touch.
    fn add(&mut self, at: usize, len: usize, item: Option<&T>) {
        let items = Vec::from_iter(item.cloned());
        match self.runs.last_mut() {
            Some(last) if last.at + last.len == at => {
                last.len += len;
                last.items.extend(items);
            }
            _ => self.runs.push(Splice { at, len, items }),
        }
    }
}

impl<T> Edit<T> {
    /// Put the runs' items into `list` and keep the items they replace: after this the
    /// edit leads back to where `list` was.
    fn swap(&mut self, list: &mut Vec<T>) {
        // Front to back: each run moves the ones after it by what it added or took away.
        // Their positions are then those in the list as it is after the swap.
        let (mut added, mut taken) = (0, 0);
        for run in &mut self.runs {
            run.at = run.at + added - taken;
            let items = std::mem::take(&mut run.items);
            let (put, out) = (items.len(), run.len);
            run.items = list.splice(run.at..run.at + out, items).collect();
            run.len = put;
            added += put;
            taken += out;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every edit between two lists turns the second into the first, and back, and again.
    #[test]
    fn an_edit_turns_one_list_into_the_other_and_back() {
        let lists: [&[u8]; 14] = [
            &[],
            &[1],
            &[1, 2, 3],
            &[1, 3],
            &[2],
            &[1, 2, 3, 4],
            &[0, 1, 2, 3],
            &[1, 9, 3],
            &[3, 2, 1],
            &[1, 1, 1],
            &[1, 2, 3, 4, 5, 6, 7],
            &[1, 3, 4, 6, 8],
            &[2, 3, 5, 6, 7, 1],
            &[7, 1, 2, 3, 4, 5, 6],
        ];
        for was in lists {
            for now in lists {
                let Some(mut edit) = Edit::between(was, now) else {
                    assert_eq!(was, now);
                    continue;
                };
                let mut list = now.to_vec();
                for round in 0..3 {
                    edit.swap(&mut list);
                    assert_eq!(list, was, "{was:?} from {now:?}, round {round}");
                    edit.swap(&mut list);
                    assert_eq!(list, now, "{now:?} from {was:?}, round {round}");
                }
            }
        }
    }

    fn runs(was: &[u32], now: &[u32]) -> Vec<(usize, usize, Vec<u32>)> {
        let edit = Edit::between(was, now).unwrap();
        edit.runs
            .into_iter()
            .map(|r| (r.at, r.len, r.items))
            .collect()
    }

    #[test]
    fn an_edit_keeps_only_the_items_that_differ() {
        let was: Vec<u32> = (0..1000).collect();
        let mut changed = was.clone();
        changed[500] = 7;
        assert_eq!(runs(&was, &changed), [(500, 1, vec![500])]);
        let mut grown = was.clone();
        grown.push(1000);
        assert_eq!(runs(&was, &grown), [(1000, 1, vec![])]);
        // A card taken out with its lines, wherever they are.
        let scattered: Vec<u32> = was.iter().copied().filter(|n| n % 300 != 7).collect();
        assert_eq!(
            runs(&was, &scattered),
            [
                (7, 0, vec![7]),
                (306, 0, vec![307]),
                (605, 0, vec![607]),
                (904, 0, vec![907])
            ]
        );
        // A line drawn again with another kind: out where it was, in at the end.
        let mut relinked: Vec<u32> = was.iter().copied().filter(|n| *n != 10).collect();
        relinked.push(5000);
        assert_eq!(runs(&was, &relinked), [(10, 0, vec![10]), (999, 1, vec![])]);
    }
}
