//! The panels around the wheel: the facilitator bar, the step panel (interview, roles and
//! tokens, events, reflection rounds with notes, polls and the observer form), the token
//! form, the key help and the black screen. UI as a plain function of state: every change
//! is returned as a `UiCommand`.

use bevy_egui::egui::{self, Color32, RichText};
use samenspel_engine::observe::{INDICATORS, Part, Score};
use samenspel_engine::reflect::{Highlighted, analyse, change, fill, rounds};
use samenspel_engine::scenario::{Link, LinkKind, Token, When};
use samenspel_engine::session::undrawn_deck;
use samenspel_engine::words::{Finding, On};
use samenspel_engine::{Action, Lang, Step, Text};

use super::i18n::Strings;
use super::state::{Game, UiCommand, View};

/// The form for new or edited support. Texts are edited in the interface language; the
/// card's text in the other language is kept as it was.
#[derive(Clone, Debug, PartialEq)]
pub struct TokenForm {
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
    pub serves: Vec<String>,
}

/// Set the `lang` part of a text, keeping the other language.
fn with_text(old: Option<&Text>, lang: Lang, value: &str) -> Text {
    let mut t = old.cloned().unwrap_or_default();
    let value = Some(value.trim().to_string());
    match lang {
        Lang::Nl => t.nl = value,
        Lang::En => t.en = value,
    }
    t
}

/// The `lang` part of a text only (no fallback), for editing.
fn text_in(t: &Text, lang: Lang) -> String {
    match lang {
        Lang::Nl => t.nl.clone(),
        Lang::En => t.en.clone(),
    }
    .unwrap_or_default()
}

impl TokenForm {
    /// New support in a cell, for the active role (or the first role that may use the ring).
    pub fn new_at(game: &Game, domain: &str, ring: &str, lang: Lang) -> TokenForm {
        let s = &game.session.scenario;
        let board = game.session.board();
        let fits = |id: &String| {
            s.role(id)
                .is_some_and(|r| r.rings.is_empty() || r.rings.iter().any(|x| x == ring))
        };
        let role = game
            .active_role
            .clone()
            .or_else(|| board.roles.iter().find(|r| fits(r)).cloned())
            .unwrap_or_default();
        let who = s
            .role(&role)
            .map(|r| r.name.get(lang).to_string())
            .unwrap_or_default();
        TokenForm {
            original: None,
            role,
            domain: domain.to_string(),
            ring: ring.to_string(),
            who,
            what: String::new(),
            law: String::new(),
            frequency: String::new(),
            financial: false,
            serves: Vec::new(),
        }
    }

    pub fn edit(t: &Token, lang: Lang) -> TokenForm {
        TokenForm {
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

    /// The engine action this form stands for.
    pub fn action(&self, game: &Game, lang: Lang) -> Action {
        let old = self.original.as_ref();
        let token = Token {
            id: old
                .map(|t| t.id.clone())
                .unwrap_or_else(|| game.session.fresh_token_id(&self.who)),
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

fn fmt_time(d: std::time::Duration) -> String {
    let s = d.as_secs();
    format!("{:02}:{:02}", s / 60, s % 60)
}

/// The facilitator bar along the top.
pub fn top_bar(
    ui: &mut egui::Ui,
    game: &Game,
    view: &View,
    t: &Strings,
    now: f64,
    out: &mut Vec<UiCommand>,
) {
    let lang = t.lang;
    let s = &game.session.scenario;
    let step = game.session.state.step;
    ui.horizontal_wrapped(|ui| {
        ui.heading(RichText::new(&s.persona.name).strong())
            .on_hover_text(s.title.get(lang));
        ui.separator();
        if ui.button("◀").on_hover_text(t.t("previous-step")).clicked() {
            out.push(UiCommand::PreviousStep);
        }
        for st in Step::ALL {
            let label = format!("{} {}", st.number(), st.title().get(lang));
            let text = if st == step {
                RichText::new(label).strong().color(Color32::WHITE)
            } else {
                RichText::new(label)
            };
            let button = egui::Button::new(text).fill(if st == step {
                Color32::from_rgb(0, 114, 178)
            } else {
                Color32::from_gray(230)
            });
            if ui.add(button).clicked() && st != step {
                let command = if st > step {
                    UiCommand::NextStep
                } else {
                    UiCommand::PreviousStep
                };
                for _ in 0..st.number().abs_diff(step.number()) {
                    out.push(command.clone());
                }
            }
        }
        if ui.button("▶").on_hover_text(t.t("next-step")).clicked() {
            out.push(UiCommand::NextStep);
        }
        ui.separator();
        let running = game.timer.running_since.is_some();
        ui.label(RichText::new(format!("⏱ {}", fmt_time(game.timer.elapsed(now)))).monospace());
        if ui
            .button(if running {
                t.t("timer-pause")
            } else {
                t.t("timer-start")
            })
            .on_hover_text(t.t("timer"))
            .clicked()
        {
            out.push(UiCommand::TimerToggle);
        }
        if ui.button("0").on_hover_text(t.t("timer-reset")).clicked() {
            out.push(UiCommand::TimerReset);
        }
        if running {
            ui.ctx()
                .request_repaint_after(std::time::Duration::from_secs(1));
        }
        ui.separator();
        let locked = game.session.state.locked;
        if ui
            .selectable_label(
                locked,
                if locked {
                    t.t("locked")
                } else {
                    t.t("unlocked")
                },
            )
            .clicked()
        {
            out.push(UiCommand::ToggleLock);
        }
        if ui
            .add_enabled(
                game.session.can_undo(),
                egui::Button::new(t.t("undo-short")),
            )
            .on_hover_text(t.t("undo"))
            .clicked()
        {
            out.push(UiCommand::Undo);
        }
        if ui
            .add_enabled(
                game.session.can_redo(),
                egui::Button::new(t.t("redo-short")),
            )
            .on_hover_text(t.t("redo"))
            .clicked()
        {
            out.push(UiCommand::Redo);
        }
        ui.separator();
        for l in [Lang::Nl, Lang::En] {
            if ui
                .selectable_label(lang == l, l.code().to_uppercase())
                .clicked()
            {
                out.push(UiCommand::SetLang(l));
            }
        }
        if ui
            .selectable_label(view.projector, t.t("projector"))
            .clicked()
        {
            out.push(UiCommand::ToggleProjector);
        }
        if ui.button("A−").clicked() {
            out.push(UiCommand::Scale(-0.1));
        }
        if ui.button("A+").clicked() {
            out.push(UiCommand::Scale(0.1));
        }
        if ui.button("?").on_hover_text(t.t("help")).clicked() {
            out.push(UiCommand::ToggleHelp);
        }
    });
}

/// The role picker and the active role's assignment.
fn roles(ui: &mut egui::Ui, game: &Game, t: &Strings, out: &mut Vec<UiCommand>) {
    let lang = t.lang;
    let s = &game.session.scenario;
    ui.label(RichText::new(t.t("roles")).strong());
    ui.horizontal_wrapped(|ui| {
        if ui
            .selectable_label(
                game.active_role.is_none(),
                format!("0 {}", t.t("facilitator")),
            )
            .clicked()
        {
            out.push(UiCommand::ChooseRole(None));
        }
        for (i, id) in game.session.board().roles.iter().enumerate() {
            let Some(role) = s.role(id) else { continue };
            let active = game.active_role.as_deref() == Some(id.as_str());
            if ui
                .selectable_label(active, format!("{} {}", i + 1, role.name.get(lang)))
                .clicked()
            {
                out.push(UiCommand::ChooseRole(Some(id.clone())));
            }
        }
    });
    if let Some(role) = game.active_role.as_deref().and_then(|r| s.role(r)) {
        egui::Frame::group(ui.style())
            .fill(Color32::from_rgb(255, 248, 220))
            .show(ui, |ui| {
                ui.label(
                    RichText::new(format!("{}: {}", t.t("assignment"), role.name.get(lang)))
                        .strong(),
                );
                ui.label(role.assignment.get(lang));
            });
    }
}

/// The panel for the current step.
pub fn step_panel(
    ui: &mut egui::Ui,
    game: &Game,
    t: &Strings,
    out: &mut Vec<UiCommand>,
    form: &mut Option<TokenForm>,
) -> Option<Highlighted> {
    let lang = t.lang;
    let s = &game.session.scenario;
    let board = game.session.board();
    let step = game.session.state.step;
    ui.heading(format!(
        "{} {} — {}",
        t.t("step"),
        step.number(),
        step.title().get(lang)
    ));
    ui.separator();
    let mut highlighted = None;
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| match step {
            Step::Kennismaken => {
                ui.label(
                    RichText::new(format!("{}, {}", s.persona.name, board.age))
                        .size(ui.text_style_height(&egui::TextStyle::Heading) * 1.2)
                        .strong(),
                );
                ui.label(RichText::new(s.summary.get(lang)).italics());
                ui.add_space(8.0);
                for line in &s.persona.interview {
                    ui.label(
                        RichText::new(line.question.get(lang))
                            .strong()
                            .color(Color32::from_rgb(0, 90, 150)),
                    );
                    ui.label(
                        RichText::new(line.answer.get(lang))
                            .size(ui.text_style_height(&egui::TextStyle::Body) * 1.15),
                    );
                    ui.add_space(6.0);
                }
                if !s.persona.goals.is_empty() {
                    ui.label(RichText::new(t.t("own-goals")).strong());
                    for g in &s.persona.goals {
                        let domain = s.domain(&g.domain).map(|d| d.name.get(lang)).unwrap_or("");
                        ui.label(format!("• {} ({domain})", g.text.get(lang)));
                    }
                }
                if !board.self_reliance.is_empty() {
                    ui.add_space(6.0);
                    ui.label(RichText::new(t.t("self-reliance")).strong());
                    for sr in &board.self_reliance {
                        let domain = s.domain(&sr.domain).map(|d| d.name.get(lang)).unwrap_or("");
                        ui.label(format!(
                            "{domain}: {}/5 {}",
                            sr.level.number(),
                            sr.level.label().get(lang)
                        ));
                    }
                }
            }
            Step::Situatie => {
                roles(ui, game, t, out);
                ui.separator();
                ui.horizontal_wrapped(|ui| {
                    let total = s.board.tokens.len();
                    match game.revealed {
                        Some(k) if k < total => {
                            if ui
                                .button(
                                    t.t_args("reveal-next", &[("n", format!("{}/{}", k, total))]),
                                )
                                .clicked()
                            {
                                out.push(UiCommand::Reveal(Some(k + 1)));
                            }
                            if ui.button(t.t("reveal-all")).clicked() {
                                out.push(UiCommand::Reveal(None));
                            }
                        }
                        Some(_) => {
                            if ui.button(t.t("reveal-all")).clicked() {
                                out.push(UiCommand::Reveal(None));
                            }
                        }
                        None => {
                            if ui.button(t.t("reveal-piecewise")).clicked() {
                                out.push(UiCommand::Reveal(Some(0)));
                            }
                        }
                    }
                });
                ui.label(RichText::new(t.t("place-hint")).small());
                token_details(ui, game, t, out, form);
                // While the board is laid out card by card, the analysis would give it away.
                if game.revealed.is_none() {
                    ui.separator();
                    let a = analyse(s, board);
                    let (on, w) = (On::new(s, board), t.words());
                    ui.label(RichText::new(w.say(&a.coherence.image)).strong());
                    ui.label(on.say(&w, Finding::Coherence(&a.coherence)));
                }
            }
            Step::Verandering => {
                roles(ui, game, t, out);
                ui.separator();
                ui.label(RichText::new(t.t("events")).strong());
                for e in s.events.iter().filter(|e| e.when == When::Scheduled) {
                    let happened = game.session.state.log.iter().any(|l| l.event == e.id);
                    ui.horizontal_wrapped(|ui| {
                        if ui
                            .add_enabled(
                                !happened,
                                egui::Button::new(
                                    RichText::new(format!("⚡ {}", e.title.get(lang))).strong(),
                                ),
                            )
                            .clicked()
                        {
                            out.push(UiCommand::Act(Action::TriggerEvent {
                                event: e.id.clone(),
                            }));
                        }
                        if happened {
                            ui.label("✔");
                        }
                    });
                    ui.label(RichText::new(e.description.get(lang)).small());
                }
                let deck = undrawn_deck(s, &game.session.state).len();
                if s.deck().count() > 0
                    && ui
                        .add_enabled(
                            deck > 0,
                            egui::Button::new(t.t_args("draw-card", &[("n", deck.to_string())])),
                        )
                        .clicked()
                {
                    out.push(UiCommand::Act(Action::DrawEvent));
                }
                ui.separator();
                for (i, entry) in game.session.state.log.iter().enumerate().rev() {
                    let after = game
                        .session
                        .state
                        .log
                        .get(i + 1)
                        .map(|n| &n.board_before)
                        .unwrap_or(board);
                    let c = change(s, &entry.board_before, after);
                    egui::Frame::group(ui.style()).show(ui, |ui| {
                        ui.label(RichText::new(entry.title.get(lang)).strong());
                        if let Some(e) = s.event(&entry.event) {
                            ui.label(e.description.get(lang));
                        }
                        let red = Color32::from_rgb(176, 0, 32);
                        let ended: Vec<_> = after
                            .ended
                            .iter()
                            .filter(|e| e.event == entry.event)
                            .collect();
                        if !ended.is_empty() {
                            ui.label(RichText::new(t.t("ended")).strong().color(red));
                            for e in ended {
                                ui.label(format!(
                                    "× {} — {}",
                                    super::wheel::short_label(e.token.who.get(lang)),
                                    e.token.what.get(lang)
                                ))
                                .on_hover_text(e.reason.get(lang));
                            }
                        }
                        let added: Vec<_> =
                            c.added.iter().filter_map(|id| after.token(id)).collect();
                        if !added.is_empty() {
                            ui.label(RichText::new(t.t("added")).strong());
                            for tok in added {
                                ui.label(format!(
                                    "+ {} — {}",
                                    super::wheel::short_label(tok.who.get(lang)),
                                    tok.what.get(lang)
                                ));
                            }
                        }
                        let needs: Vec<_> = c
                            .needs_added
                            .iter()
                            .filter_map(|id| after.needs.iter().find(|n| &n.id == id))
                            .collect();
                        if !needs.is_empty() {
                            ui.label(RichText::new(t.t("new-needs")).strong());
                            for n in needs {
                                ui.label(format!("• {}", n.text.get(lang)));
                            }
                        }
                        ui.label(
                            RichText::new(t.t_args(
                                "gaps-opened",
                                &[
                                    ("opened", c.gaps_opened.len().to_string()),
                                    ("closed", c.gaps_closed.len().to_string()),
                                ],
                            ))
                            .strong(),
                        );
                        ui.label(
                            RichText::new(format!(
                                "{}: {:.2} → {:.2} ({} → {})",
                                t.t("compare-coherence"),
                                c.score_before,
                                c.score_after,
                                t.words().say(&c.image_before),
                                t.words().say(&c.image_after)
                            ))
                            .small(),
                        );
                    });
                }
                token_details(ui, game, t, out, form);
                variants(ui, game, t, out);
            }
            Step::Reflectie => {
                highlighted = reflection(ui, game, t, out);
                variants(ui, game, t, out);
            }
        });
    highlighted
}

/// Details and actions for the selected token.
fn token_details(
    ui: &mut egui::Ui,
    game: &Game,
    t: &Strings,
    out: &mut Vec<UiCommand>,
    form: &mut Option<TokenForm>,
) {
    let lang = t.lang;
    let s = &game.session.scenario;
    let board = game.session.board();
    let Some(token) = game.selected.as_deref().and_then(|id| board.token(id)) else {
        return;
    };
    ui.separator();
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.label(RichText::new(token.who.get(lang)).strong());
        ui.label(token.what.get(lang));
        let role = s.role(&token.role).map(|r| r.name.get(lang)).unwrap_or("");
        let domain = s
            .domain(&token.domain)
            .map(|d| d.name.get(lang))
            .unwrap_or("");
        let ring = s.ring(&token.ring).map(|r| r.name.get(lang)).unwrap_or("");
        ui.label(RichText::new(format!("{role} · {domain} · {ring}")).small());
        if let Some(law) = &token.law {
            ui.label(RichText::new(format!("§ {law}")).small());
        }
        ui.horizontal_wrapped(|ui| {
            if ui.button(t.t("edit")).clicked() {
                *form = Some(TokenForm::edit(token, lang));
            }
            if ui.button(t.t("remove")).clicked() {
                out.push(UiCommand::RemoveSelected);
            }
            if ui.button(t.t("link-persona")).clicked() {
                out.push(UiCommand::Select(Some(token.id.clone())));
                out.push(UiCommand::Act(Action::Link(Link {
                    from: token.id.clone(),
                    to: "persona".into(),
                    kind: LinkKind::Contact,
                })));
            }
            let is_regisseur = board.regisseur.as_deref() == Some(token.id.as_str());
            let label = if is_regisseur {
                t.t("regisseur-unset")
            } else {
                t.t("regisseur-set")
            };
            if ui.button(label).clicked() {
                let new = if is_regisseur {
                    None
                } else {
                    Some(token.id.clone())
                };
                out.push(UiCommand::Act(Action::SetRegisseur { token: new }));
            }
        });
        // The kind of line new links get, remembered while the panel is open.
        let kind_id = ui.id().with("link-kind");
        let mut kind: LinkKind =
            ui.data_mut(|d| d.get_temp(kind_id).unwrap_or(LinkKind::WorksTogether));
        ui.horizontal(|ui| {
            ui.label(t.t("link-kind"));
            for (k, key) in [
                (LinkKind::WorksTogether, "kind-works"),
                (LinkKind::Contact, "kind-contact"),
                (LinkKind::Tension, "kind-tension"),
            ] {
                if ui.selectable_label(kind == k, t.t(key)).clicked() {
                    kind = k;
                }
            }
        });
        ui.data_mut(|d| d.insert_temp(kind_id, kind));
        ui.label(RichText::new(t.t("link-hint")).small());
        ui.horizontal_wrapped(|ui| {
            for other in board.tokens.iter().filter(|o| o.id != token.id) {
                let linked = board.has_link(&token.id, &other.id);
                if ui.selectable_label(linked, other.who.get(lang)).clicked() {
                    let action = if linked {
                        Action::Unlink {
                            from: token.id.clone(),
                            to: other.id.clone(),
                        }
                    } else {
                        Action::Link(Link {
                            from: token.id.clone(),
                            to: other.id.clone(),
                            kind,
                        })
                    };
                    out.push(UiCommand::Act(action));
                }
            }
        });
    });
}

/// Step 4: the rounds, their findings on the board, notes, polls and the observer form.
fn reflection(
    ui: &mut egui::Ui,
    game: &Game,
    t: &Strings,
    out: &mut Vec<UiCommand>,
) -> Option<Highlighted> {
    let lang = t.lang;
    let s = &game.session.scenario;
    let board = game.session.board();
    let all = rounds(s);
    ui.horizontal_wrapped(|ui| {
        for (i, r) in all.iter().enumerate() {
            if ui
                .selectable_label(
                    game.round == i,
                    format!("{}. {}", i + 1, fill(r.title.get(lang), s)),
                )
                .clicked()
            {
                out.push(UiCommand::Round(i));
            }
        }
    });
    let round = all.get(game.round.min(all.len().saturating_sub(1)))?;
    ui.separator();
    ui.heading(fill(round.title.get(lang), s));
    for q in &round.questions {
        ui.label(
            RichText::new(format!("• {}", fill(q.get(lang), s)))
                .size(ui.text_style_height(&egui::TextStyle::Body) * 1.15),
        );
    }
    let analysis = analyse(s, board);
    let h = samenspel_engine::reflect::highlight(s, board, &analysis, &round.highlights);
    if !h.gaps.is_empty() {
        ui.add_space(6.0);
        ui.label(RichText::new(t.t("findings")).strong());
        for g in &h.gaps {
            ui.label(
                RichText::new(format!(
                    "⚠ {}: {}",
                    t.words().say(&g.kind),
                    On::new(s, board).say(&t.words(), Finding::Gap(g))
                ))
                .color(Color32::from_rgb(140, 0, 25)),
            );
        }
    }
    if h.links {
        let on = On::new(s, board);
        ui.label(on.say(&t.words(), Finding::Coherence(&analysis.coherence)));
        ui.label(RichText::new(on.say(&t.words(), Finding::ScoreRule)).small());
    }
    ui.separator();
    ui.label(RichText::new(t.t("notes")).strong());
    for n in game
        .session
        .state
        .notes
        .iter()
        .filter(|n| n.round.as_deref() == Some(round.id.as_str()))
    {
        egui::Frame::new()
            .fill(Color32::from_rgb(255, 247, 194))
            .inner_margin(6.0)
            .show(ui, |ui| {
                ui.label(&n.text);
            });
    }
    let id = ui.id().with(("note", &round.id));
    let mut draft: String = ui.data_mut(|d| d.get_temp(id).unwrap_or_default());
    let response = ui.add(
        egui::TextEdit::multiline(&mut draft)
            .hint_text(t.t("note-hint"))
            .desired_rows(2)
            .desired_width(f32::INFINITY),
    );
    let submit = ui.button(t.t("add-note")).clicked()
        || (response.has_focus()
            && ui.input(|i| i.key_pressed(egui::Key::Enter) && i.modifiers.ctrl));
    if submit && !draft.trim().is_empty() {
        out.push(UiCommand::Act(Action::AddNote {
            round: Some(round.id.clone()),
            text: draft.clone(),
        }));
        draft.clear();
    }
    ui.data_mut(|d| d.insert_temp(id, draft));
    polls(ui, game, t, out);
    ui.separator();
    egui::CollapsingHeader::new(RichText::new(t.t("observer")).strong()).show(ui, |ui| {
        for part in [Part::Werkalliantie, Part::Samenwerking] {
            ui.label(RichText::new(part.title().get(lang)).strong());
            for i in INDICATORS.iter().filter(|i| i.part == part) {
                let current = game
                    .session
                    .state
                    .observations
                    .iter()
                    .find(|o| o.indicator == i.id)
                    .map(|o| o.score);
                ui.label(format!("{} — {}", i.theme().get(lang), i.text().get(lang)));
                ui.horizontal(|ui| {
                    for score in Score::ALL {
                        if ui
                            .selectable_label(current == Some(score), score.label().get(lang))
                            .clicked()
                        {
                            out.push(UiCommand::Act(Action::Observe {
                                indicator: i.id.to_string(),
                                score,
                            }));
                        }
                    }
                });
            }
        }
    });
    Some(h)
}

/// "Stemmen met de voeten": counts per statement, bars hidden until revealed.
fn polls(ui: &mut egui::Ui, game: &Game, t: &Strings, out: &mut Vec<UiCommand>) {
    let lang = t.lang;
    let s = &game.session.scenario;
    if s.polls.is_empty() {
        return;
    }
    ui.separator();
    ui.horizontal(|ui| {
        ui.label(RichText::new(t.t("polls")).strong());
        let label = if game.poll_revealed {
            t.t("hide-results")
        } else {
            t.t("show-results")
        };
        if ui.button(label).clicked() {
            out.push(UiCommand::RevealPolls(!game.poll_revealed));
        }
    });
    for poll in &s.polls {
        let result = game.session.state.polls.iter().find(|p| p.poll == poll.id);
        let (agree, disagree) = result.map_or((0, 0), |r| (r.agree, r.disagree));
        ui.label(RichText::new(poll.statement.get(lang)).italics());
        ui.horizontal(|ui| {
            let record = |a: u32, d: u32| {
                UiCommand::Act(Action::RecordPoll {
                    poll: poll.id.clone(),
                    agree: a,
                    disagree: d,
                })
            };
            if ui.button(format!("+ {}", t.t("agree"))).clicked() {
                out.push(record(agree.saturating_add(1), disagree));
            }
            if ui.button(format!("+ {}", t.t("disagree"))).clicked() {
                out.push(record(agree, disagree.saturating_add(1)));
            }
            if game.poll_revealed {
                let total = agree.saturating_add(disagree).max(1) as f32;
                let width = 160.0;
                let (rect, _) =
                    ui.allocate_exact_size(egui::vec2(width, 18.0), egui::Sense::hover());
                if agree == 0 && disagree == 0 {
                    ui.painter().rect_filled(rect, 2.0, Color32::from_gray(215));
                }
                let split = rect.left() + width * agree as f32 / total;
                ui.painter().rect_filled(
                    egui::Rect::from_min_max(rect.min, egui::pos2(split, rect.bottom())),
                    2.0,
                    Color32::from_rgb(0, 158, 115),
                );
                if disagree > 0 {
                    ui.painter().rect_filled(
                        egui::Rect::from_min_max(egui::pos2(split, rect.top()), rect.max),
                        2.0,
                        Color32::from_rgb(213, 94, 0),
                    );
                }
                ui.label(format!(
                    "{agree} {} · {disagree} {}",
                    t.t("agree"),
                    t.t("disagree")
                ));
            } else {
                ui.label(RichText::new(t.t("votes-hidden")).small());
            }
        });
    }
}

/// The form window for new or edited support. Returns false when it should close.
pub fn token_form(
    ctx: &egui::Context,
    game: &Game,
    t: &Strings,
    form: &mut TokenForm,
    out: &mut Vec<UiCommand>,
) -> bool {
    let lang = t.lang;
    let s = &game.session.scenario;
    let mut open = true;
    let mut done = false;
    let title = if form.is_edit() {
        t.t("edit-support")
    } else {
        t.t("new-support")
    };
    egui::Window::new(title)
        .collapsible(false)
        .resizable(false)
        .anchor(egui::Align2::CENTER_CENTER, [0.0, 0.0])
        .open(&mut open)
        .show(ctx, |ui| {
            egui::Grid::new("token-form")
                .num_columns(2)
                .spacing([12.0, 8.0])
                .show(ui, |ui| {
                    ui.label(t.t("role"));
                    let role_name = s
                        .role(&form.role)
                        .map(|r| r.name.get(lang).to_string())
                        .unwrap_or_default();
                    ui.add_enabled_ui(!form.is_edit(), |ui| {
                        egui::ComboBox::from_id_salt("form-role")
                            .selected_text(role_name)
                            .show_ui(ui, |ui| {
                                for id in &game.session.board().roles {
                                    if let Some(r) = s.role(id) {
                                        ui.selectable_value(
                                            &mut form.role,
                                            id.clone(),
                                            r.name.get(lang),
                                        );
                                    }
                                }
                            });
                    });
                    ui.end_row();
                    ui.label(t.t("domain"));
                    let dname = s
                        .domain(&form.domain)
                        .map(|d| d.name.get(lang).to_string())
                        .unwrap_or_default();
                    egui::ComboBox::from_id_salt("form-domain")
                        .selected_text(dname)
                        .show_ui(ui, |ui| {
                            for d in &s.domains {
                                ui.selectable_value(
                                    &mut form.domain,
                                    d.id.clone(),
                                    d.name.get(lang),
                                );
                            }
                        });
                    ui.end_row();
                    ui.label(t.t("ring"));
                    let rname = s
                        .ring(&form.ring)
                        .map(|r| r.name.get(lang).to_string())
                        .unwrap_or_default();
                    egui::ComboBox::from_id_salt("form-ring")
                        .selected_text(rname)
                        .show_ui(ui, |ui| {
                            for r in &s.rings {
                                ui.selectable_value(&mut form.ring, r.id.clone(), r.name.get(lang));
                            }
                        });
                    ui.end_row();
                    ui.label(t.t("who"));
                    ui.text_edit_singleline(&mut form.who);
                    ui.end_row();
                    ui.label(t.t("what"));
                    let what = ui.text_edit_singleline(&mut form.what);
                    // Ready to type: the description has the keyboard when the form opens.
                    if form.what.is_empty() && ui.memory(|m| m.focused().is_none()) {
                        what.request_focus();
                    }
                    ui.end_row();
                    ui.label(t.t("law"));
                    ui.text_edit_singleline(&mut form.law);
                    ui.end_row();
                    ui.label(t.t("frequency"));
                    ui.text_edit_singleline(&mut form.frequency);
                    ui.end_row();
                    ui.label("");
                    ui.checkbox(&mut form.financial, t.t("financial"));
                    ui.end_row();
                });
            let needs: Vec<(String, String)> = game
                .session
                .board()
                .needs
                .iter()
                .map(|n| (n.id.clone(), n.text.get(lang).to_string()))
                .chain(
                    s.persona
                        .goals
                        .iter()
                        .map(|g| (g.id.clone(), g.text.get(lang).to_string())),
                )
                .collect();
            if !needs.is_empty() {
                ui.label(RichText::new(t.t("serves")).strong());
                egui::ScrollArea::vertical()
                    .max_height(160.0)
                    .show(ui, |ui| {
                        for (id, text) in needs {
                            let mut on = form.serves.contains(&id);
                            if ui.checkbox(&mut on, text).changed() {
                                if on {
                                    form.serves.push(id);
                                } else {
                                    form.serves.retain(|x| x != &id);
                                }
                            }
                        }
                    });
            }
            ui.horizontal(|ui| {
                let ok = !form.who.trim().is_empty() && !form.what.trim().is_empty();
                let enter = ui.input(|i| i.key_pressed(egui::Key::Enter));
                if ui
                    .add_enabled(ok, egui::Button::new(RichText::new(t.t("save")).strong()))
                    .clicked()
                    || (ok && enter)
                {
                    out.push(UiCommand::SubmitForm(form.clone()));
                    done = true;
                }
                if ui.button(t.t("cancel")).clicked()
                    || ui.input(|i| i.key_pressed(egui::Key::Escape))
                {
                    done = true;
                }
            });
        });
    open && !done
}

/// The key help overlay (F1 or ?).
pub fn help(ctx: &egui::Context, t: &Strings, out: &mut Vec<UiCommand>) {
    let mut open = true;
    egui::Window::new(t.t("help"))
        .collapsible(false)
        .anchor(egui::Align2::RIGHT_TOP, [-16.0, 64.0])
        .open(&mut open)
        .show(ctx, |ui| {
            let (next, previous) = (t.t("keyname-next"), t.t("keyname-previous"));
            egui::Grid::new("keys")
                .num_columns(2)
                .striped(true)
                .show(ui, |ui| {
                    for (key, what) in [
                        (next.as_str(), "key-next"),
                        (previous.as_str(), "key-previous"),
                        ("Ctrl+Z / Ctrl+Y", "key-undo"),
                        ("0–9", "key-role"),
                        ("Del", "key-remove"),
                        ("L", "key-lock"),
                        ("T", "key-timer"),
                        ("B", "key-black"),
                        ("P", "key-projector"),
                        ("Ctrl + / Ctrl −", "key-scale"),
                        ("F11", "key-fullscreen"),
                        ("F1 / ?", "key-help"),
                        ("Esc", "key-escape"),
                    ] {
                        ui.label(RichText::new(key).monospace().strong());
                        ui.label(t.t(what));
                        ui.end_row();
                    }
                });
            ui.label(RichText::new(t.t("mouse-help")).small());
        });
    if !open {
        out.push(UiCommand::ToggleHelp);
    }
}

/// The scenario's policy variants: compare each with the current rules, or play it.
fn variants(ui: &mut egui::Ui, game: &Game, t: &Strings, out: &mut Vec<UiCommand>) {
    let lang = t.lang;
    if game.base.variants.is_empty() {
        return;
    }
    ui.separator();
    ui.label(RichText::new(t.t("variants")).strong());
    match &game.session.variant {
        Some(v) => {
            let name = game
                .base
                .variant(v)
                .map(|x| x.name.get(lang).to_string())
                .unwrap_or_else(|| v.clone());
            ui.label(t.t_args("playing-variant", &[("name", name)]));
            if ui.button(t.t("play-baseline")).clicked() {
                out.push(UiCommand::PlayVariant(None));
            }
        }
        None => {
            ui.label(RichText::new(t.t("playing-baseline")).small());
        }
    }
    for v in &game.base.variants {
        ui.horizontal_wrapped(|ui| {
            if ui.button(t.t("compare")).clicked() {
                out.push(UiCommand::Compare(Some(v.id.clone())));
            }
            ui.label(RichText::new(v.name.get(lang)).strong());
        });
        ui.label(RichText::new(v.description.get(lang)).small());
    }
}
