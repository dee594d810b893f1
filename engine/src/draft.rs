//! A support card as someone fills it in: the fields of the form in the game, and next of
//! the phone page. The engine turns a draft into the one `Action` it stands for, so no view
//! decides which role a new card gets or how an edit keeps the other language.

use crate::scenario::{NeedId, Token};
use crate::session::{Action, Session};
use crate::text::{Lang, Text};

/// The fields of a new or edited card, written in one language.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TokenDraft {
    /// The card as it was, when editing; None for new support.
    pub original: Option<Token>,
    pub role: String,
    pub domain: String,
    pub ring: String,
    pub who: String,
    pub what: String,
    pub law: String,
    pub frequency: String,
    pub financial: bool,
    pub serves: Vec<NeedId>,
}

/// Set the `lang` part of a text, keeping the other language as it was.
fn with_text(old: Option<&Text>, lang: Lang, value: &str) -> Text {
    let mut t = old.cloned().unwrap_or_default();
    let value = Some(value.trim().to_string());
    match lang {
        Lang::Nl => t.nl = value,
        Lang::En => t.en = value,
    }
    t
}

/// The `lang` part of a text only (no fallback to the other language), for editing.
fn text_in(t: &Text, lang: Lang) -> String {
    match lang {
        Lang::Nl => t.nl.clone(),
        Lang::En => t.en.clone(),
    }
    .unwrap_or_default()
}

impl TokenDraft {
    /// New support in a cell. It belongs to `role` when given; otherwise to the first role
    /// on the board that may place support in this ring.
    pub fn new_at(
        session: &Session,
        role: Option<&str>,
        domain: &str,
        ring: &str,
        lang: Lang,
    ) -> TokenDraft {
        let s = &session.scenario;
        let role = role
            .map(str::to_string)
            .or_else(|| {
                session
                    .board()
                    .roles
                    .iter()
                    .find(|id| s.role(id).is_some_and(|r| r.may_use_ring(ring)))
                    .cloned()
            })
            .unwrap_or_default();
        let who = s
            .role(&role)
            .map(|r| r.name.get(lang).to_string())
            .unwrap_or_default();
        TokenDraft {
            role,
            domain: domain.to_string(),
            ring: ring.to_string(),
            who,
            ..TokenDraft::default()
        }
    }

    /// A draft of an existing card, in `lang`.
    pub fn edit(t: &Token, lang: Lang) -> TokenDraft {
        TokenDraft {
            original: Some(t.clone()),
            role: t.role.clone(),
            domain: t.domain.clone(),
            ring: t.ring.clone(),
            who: text_in(&t.who, lang),
            what: text_in(&t.what, lang),
            law: t.law.clone().unwrap_or_default(),
            frequency: t
                .frequency
                .as_ref()
                .map(|f| text_in(f, lang))
                .unwrap_or_default(),
            financial: t.financial,
            serves: t.serves.clone(),
        }
    }

    pub fn is_edit(&self) -> bool {
        self.original.is_some()
    }

    /// Whether the two fields a card cannot do without are filled in.
    pub fn is_complete(&self) -> bool {
        !self.who.trim().is_empty() && !self.what.trim().is_empty()
    }

    /// The action this draft stands for: an edit keeps the card's id and its text in the
    /// other language; new support gets a fresh id made from who gives it.
    pub fn action(&self, session: &Session, lang: Lang) -> Action {
        let old = self.original.as_ref();
        let token = Token {
            id: old
                .map(|t| t.id.clone())
                .unwrap_or_else(|| session.fresh_token_id(&self.who)),
            role: self.role.clone(),
            domain: self.domain.clone(),
            ring: self.ring.clone(),
            who: with_text(old.map(|t| &t.who), lang, &self.who),
            what: with_text(old.map(|t| &t.what), lang, &self.what),
            law: Some(self.law.trim().to_string()).filter(|l| !l.is_empty()),
            frequency: Some(self.frequency.trim())
                .filter(|f| !f.is_empty())
                .map(|f| with_text(old.and_then(|t| t.frequency.as_ref()), lang, f)),
            financial: self.financial,
            serves: self.serves.clone(),
        };
        if self.is_edit() {
            Action::EditToken(token)
        } else {
            Action::PlaceToken(token)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::builtin::builtin;

    fn tess() -> Session {
        let s = builtin("tess").unwrap().unwrap();
        Session::new(&s, None, 0).unwrap()
    }

    #[test]
    fn a_new_card_goes_to_a_role_that_may_use_the_ring() {
        let session = tess();
        let s = &session.scenario;
        for ring in &s.rings {
            let draft = TokenDraft::new_at(&session, None, &s.domains[0].id, &ring.id, Lang::Nl);
            let role = s
                .role(&draft.role)
                .expect("some role may use every ring of Tess");
            assert!(role.may_use_ring(&ring.id), "{} in {}", role.id, ring.id);
        }
    }

    #[test]
    fn an_edit_keeps_the_id_and_the_other_language() {
        let mut session = tess();
        let token = session.board().tokens[0].clone();
        let mut draft = TokenDraft::edit(&token, Lang::En);
        draft.what = "cooks on Sundays".into();
        let Action::EditToken(edited) = draft.action(&session, Lang::En) else {
            panic!("an edit draft gives an edit action");
        };
        assert_eq!(edited.id, token.id);
        assert_eq!(edited.what.en.as_deref(), Some("cooks on Sundays"));
        assert_eq!(edited.what.nl, token.what.nl);
        session.apply(Action::EditToken(edited)).unwrap();
    }

    #[test]
    fn a_new_card_gets_a_fresh_id_and_needs_who_and_what() {
        let session = tess();
        let s = &session.scenario;
        let mut draft =
            TokenDraft::new_at(&session, None, &s.domains[0].id, &s.rings[0].id, Lang::Nl);
        draft.what = "  ".into();
        assert!(!draft.is_complete());
        draft.what = "belt elke week".into();
        assert!(draft.is_complete());
        let Action::PlaceToken(t) = draft.action(&session, Lang::Nl) else {
            panic!("a new draft places a card");
        };
        assert!(session.board().token(&t.id).is_none());
    }
}
