//! Headless tests of the game's systems: input → command → engine action → entities.
//! No window, no GPU: MinimalPlugins plus our state plugin, with our own key input.

use bevy::prelude::*;
use bevy::state::app::StatesPlugin;
use samenspel_engine::builtin::builtin;
use samenspel_engine::draft::TokenDraft;
use samenspel_engine::{Lang, Session, Step};

use super::command::UiCommand;
use super::i18n::Strings;
use super::state::{self, Game, Screen, View};
use super::view_model::ViewModel;

fn app(autosave: Option<std::path::PathBuf>) -> App {
    let scenario = builtin("tess").unwrap().unwrap();
    let session = Session::new(&scenario, None, 0).unwrap();
    let mut app = App::new();
    app.add_plugins((MinimalPlugins, StatesPlugin))
        .init_resource::<ButtonInput<KeyCode>>()
        .insert_resource(Strings::new(Lang::Nl))
        .insert_resource(Game::new(session, autosave))
        .add_plugins((
            state::plugin,
            super::command::plugin,
            super::keys::plugin,
            super::view_model::plugin,
        ))
        .insert_state(Screen::Play);
    app.update();
    app
}

fn press(app: &mut App, keys: &[KeyCode]) {
    {
        let mut input = app.world_mut().resource_mut::<ButtonInput<KeyCode>>();
        for k in keys {
            input.press(*k);
        }
    }
    app.update();
    let mut input = app.world_mut().resource_mut::<ButtonInput<KeyCode>>();
    input.release_all();
    input.clear();
}

fn step(app: &App) -> Step {
    app.world().resource::<Game>().session.state.step
}

#[test]
fn arrow_keys_walk_the_steps_and_undo_walks_back() {
    let mut app = app(None);
    press(&mut app, &[KeyCode::ArrowRight]);
    assert_eq!(step(&app), Step::Situatie);
    press(&mut app, &[KeyCode::ArrowRight]);
    assert_eq!(step(&app), Step::Verandering);
    press(&mut app, &[KeyCode::ControlLeft, KeyCode::KeyZ]);
    assert_eq!(step(&app), Step::Situatie);
    press(&mut app, &[KeyCode::ControlLeft, KeyCode::KeyY]);
    assert_eq!(step(&app), Step::Verandering);
}

/// Wait for the autosave's writer thread, so the file on disk can be read.
fn flush_autosave(app: &App) {
    let game = app.world().resource::<Game>();
    game.autosave.as_ref().unwrap().flush().unwrap();
}

#[test]
fn removing_the_selected_token_is_autosaved_and_undoable() {
    let dir = std::env::temp_dir().join(format!("samenspel-game-test-{}", std::process::id()));
    let path = dir.join("autosave.ron");
    let mut app = app(Some(path.clone()));
    let first = app.world().resource::<Game>().session.board().tokens[0]
        .id
        .clone();
    app.world_mut()
        .write_message(UiCommand::Select(Some(first.clone())));
    app.update();
    press(&mut app, &[KeyCode::Delete]);
    flush_autosave(&app);
    assert!(
        app.world()
            .resource::<Game>()
            .session
            .board()
            .token(&first)
            .is_none()
    );
    let saved = Session::load(&path).unwrap();
    assert!(
        saved.board().token(&first).is_none(),
        "the autosave has the removal"
    );
    press(&mut app, &[KeyCode::ControlLeft, KeyCode::KeyZ]);
    flush_autosave(&app);
    assert!(
        app.world()
            .resource::<Game>()
            .session
            .board()
            .token(&first)
            .is_some()
    );
    assert!(
        Session::load(&path)
            .unwrap()
            .board()
            .token(&first)
            .is_some(),
        "undo is autosaved too"
    );
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn a_locked_board_refuses_changes_with_a_message() {
    let mut app = app(None);
    press(&mut app, &[KeyCode::KeyL]);
    let first = app.world().resource::<Game>().session.board().tokens[0]
        .id
        .clone();
    app.world_mut()
        .write_message(UiCommand::Select(Some(first.clone())));
    app.update();
    press(&mut app, &[KeyCode::Delete]);
    let game = app.world().resource::<Game>();
    assert!(game.session.board().token(&first).is_some());
    assert!(
        game.table
            .message
            .as_ref()
            .is_some_and(|(m, error)| *error && m.contains("vergrendeld"))
    );
}

#[test]
fn view_keys_toggle_black_projector_and_roles() {
    let mut app = app(None);
    press(&mut app, &[KeyCode::KeyB]);
    assert!(app.world().resource::<View>().black);
    press(&mut app, &[KeyCode::KeyP]);
    assert!(app.world().resource::<View>().projector);
    press(&mut app, &[KeyCode::Digit1]);
    let first_role = app.world().resource::<Game>().session.board().roles[0].clone();
    assert_eq!(
        app.world().resource::<Game>().table.active_role.as_deref(),
        Some(first_role.as_str())
    );
    press(&mut app, &[KeyCode::Digit0]);
    assert_eq!(app.world().resource::<Game>().table.active_role, None);
}

#[test]
fn r_cycles_through_every_role_also_beyond_the_ninth() {
    let mut app = app(None);
    // Twelve roles on the board: more than the number keys reach.
    let extra: Vec<String> = (0..12).map(|i| format!("extra_{i}")).collect();
    {
        let mut game = app.world_mut().resource_mut::<Game>();
        let board = &mut game.session.state.board;
        board.roles = extra.clone();
    }
    let active = |app: &App| app.world().resource::<Game>().table.active_role.clone();
    for want in &extra {
        press(&mut app, &[KeyCode::KeyR]);
        assert_eq!(active(&app).as_ref(), Some(want));
    }
    // Round to the facilitator, and back to the last role with Shift+R.
    press(&mut app, &[KeyCode::KeyR]);
    assert_eq!(active(&app), None);
    press(&mut app, &[KeyCode::ShiftLeft, KeyCode::KeyR]);
    assert_eq!(active(&app).as_ref(), extra.last());
    // The F1 help lists the key from the same table.
    assert!(
        super::keys::KEY_MAP
            .iter()
            .any(|row| row.help == "key-role-cycle")
    );
}

#[test]
fn typing_in_a_text_field_is_not_read_as_shortcuts() {
    let mut app = app(None);
    app.world_mut().resource_mut::<state::KeyboardTaken>().0 = true;
    press(&mut app, &[KeyCode::KeyB]);
    press(&mut app, &[KeyCode::ArrowRight]);
    assert!(!app.world().resource::<View>().black);
    assert_eq!(step(&app), Step::Kennismaken);
}

#[test]
fn a_changed_scenario_file_reloads_and_a_broken_one_shows_its_problems() {
    let dir = std::env::temp_dir().join(format!("samenspel-reload-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("sam.ron");
    std::fs::write(&path, samenspel_engine::starter::starter_scenario("Sam")).unwrap();
    let scenario = samenspel_engine::load::scenario_from_file(&path).unwrap();
    let mut game = Game::new(Session::new(&scenario, None, 0).unwrap(), None);
    game.source = Some(path.clone());
    game.session
        .apply(samenspel_engine::Action::NextStep)
        .unwrap();
    let strings = Strings::new(Lang::Nl);

    // A broken edit: the game keeps the last good session and shows located problems.
    std::fs::write(
        &path,
        samenspel_engine::starter::starter_scenario("Sam").replace(
            "domain: \"werk\", ring: \"gemeente\"",
            "domain: \"wrek\", ring: \"gemeente\"",
        ),
    )
    .unwrap();
    super::lifecycle::reload_source(&mut game, &path, &strings);
    let problems = game
        .problems
        .clone()
        .expect("problems are shown")
        .to_string();
    assert!(
        problems.contains("sam.ron:") && problems.contains("\"wrek\""),
        "{problems}"
    );
    assert_eq!(game.session.scenario.persona.name, "Sam");

    // Saving without a change (or a touch) leaves the session alone.
    std::fs::write(&path, samenspel_engine::starter::starter_scenario("Sam")).unwrap();
    game.session
        .apply(samenspel_engine::Action::AddNote {
            round: None,
            text: "blijft".into(),
        })
        .unwrap();
    super::lifecycle::reload_source(&mut game, &path, &strings);
    assert_eq!(
        game.session.state.notes.len(),
        1,
        "an unchanged file does not restart the session"
    );

    // A good edit replaces the scenario and keeps the step.
    std::fs::write(
        &path,
        samenspel_engine::starter::starter_scenario("Sam").replace("age: 30", "age: 31"),
    )
    .unwrap();
    super::lifecycle::reload_source(&mut game, &path, &strings);
    assert!(game.problems.is_none());
    assert_eq!(game.session.board().age, 31);
    assert_eq!(game.session.state.step, Step::Situatie);

    // An edit with only a warning (a role joins that is there already) is played, and the
    // warning is shown as one.
    std::fs::write(
        &path,
        samenspel_engine::starter::starter_scenario("Sam")
            .replace("age: 30", "age: 32")
            .replacen(
                "                AddNeed(",
                "                RoleJoins(role: \"vriend\"),\n                AddNeed(",
                1,
            ),
    )
    .unwrap();
    super::lifecycle::reload_source(&mut game, &path, &strings);
    assert_eq!(
        game.session.board().age,
        32,
        "a warning does not refuse the file"
    );
    let warned = game.problems.clone().expect("the warning is shown");
    assert!(!warned.has_errors());
    assert!(warned.0[0].to_string().contains("warning:"), "{warned}");
    assert_eq!(
        super::lifecycle::source_warnings(Some(&path)).map(|p| p.0.len()),
        Some(1)
    );
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn ctrl_z_while_typing_belongs_to_the_text_field() {
    let mut app = app(None);
    press(&mut app, &[KeyCode::ArrowRight]);
    app.world_mut().resource_mut::<state::KeyboardTaken>().0 = true;
    press(&mut app, &[KeyCode::ControlLeft, KeyCode::KeyZ]);
    assert_eq!(step(&app), Step::Situatie);
}

#[test]
fn a_refused_form_stays_open_with_what_was_typed() {
    let mut app = app(None);
    let mut form = {
        let game = app.world().resource::<Game>();
        TokenDraft::new_at(&game.session, None, "werk", "gemeente", Lang::Nl)
    };
    form.role = "tess".into(); // Tess may only place in her own-strength ring
    form.what = "zoekt zelf een stage".into();
    app.world_mut()
        .write_message(UiCommand::SubmitForm(form.clone()));
    app.update();
    let game = app.world().resource::<Game>();
    assert_eq!(
        game.table.editing.as_ref().map(|f| f.what.as_str()),
        Some("zoekt zelf een stage")
    );
    assert!(game.table.message.as_ref().is_some_and(|(_, error)| *error));
}

#[test]
fn playing_a_variant_keeps_the_previous_session_aside() {
    let dir = std::env::temp_dir().join(format!("samenspel-variant-test-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let path = dir.join("autosave.ron");
    let mut app = app(Some(path.clone()));
    press(&mut app, &[KeyCode::ArrowRight]); // autosaved at step 2
    app.world_mut()
        .write_message(UiCommand::PlayVariant(Some("verlengde_jeugdhulp".into())));
    app.update();
    let game = app.world().resource::<Game>();
    assert_eq!(game.session.variant.as_deref(), Some("verlengde_jeugdhulp"));
    assert_eq!(
        game.base.variants.len(),
        2,
        "the baseline still has every variant"
    );
    let kept: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().to_string())
        .collect();
    assert!(kept.iter().any(|n| n.starts_with("autosave-")), "{kept:?}");
    let old = kept.iter().find(|n| n.starts_with("autosave-")).unwrap();
    assert_eq!(
        Session::load(&dir.join(old)).unwrap().state.step,
        Step::Situatie
    );
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn the_view_model_is_worked_out_once_per_change_not_per_frame() {
    let mut app = app(None);
    let updates = |app: &App| app.world().resource::<ViewModel>().updates;
    let first = updates(&app);
    assert!(first >= 1);
    for _ in 0..5 {
        app.update();
    }
    assert_eq!(updates(&app), first, "idle frames work nothing out");
    // Choosing a role changes what the facilitator looks at, not the board.
    press(&mut app, &[KeyCode::Digit1]);
    assert_eq!(updates(&app), first);
    press(&mut app, &[KeyCode::ArrowRight]);
    assert_eq!(updates(&app), first + 1);
    let model = app.world().resource::<ViewModel>();
    let game = app.world().resource::<Game>();
    let fresh = samenspel_engine::reflect::analyse(&game.session.scenario, game.session.board());
    assert_eq!(model.analysis.as_ref(), Some(&fresh));
}

#[test]
fn every_key_in_the_help_does_something() {
    use super::keys::KEY_MAP;
    for row in KEY_MAP {
        for (i, chord) in row.chords.iter().enumerate() {
            let mut app = app(None);
            let mut keys = vec![chord.key];
            if chord.ctrl {
                keys.insert(0, KeyCode::ControlLeft);
            }
            if chord.shift == Some(true) {
                keys.insert(0, KeyCode::ShiftLeft);
            }
            // Something to remove, undo and step back from, so every key has work to do.
            press(&mut app, &[KeyCode::ArrowRight]);
            let token = app.world().resource::<Game>().session.board().tokens[0]
                .id
                .clone();
            app.world_mut()
                .write_message(UiCommand::Select(Some(token)));
            app.update();
            let expected = (row.command)(i);
            let mut cursor = app
                .world()
                .resource::<Messages<UiCommand>>()
                .get_cursor_current();
            press(&mut app, &keys);
            let messages = app.world().resource::<Messages<UiCommand>>();
            let sent: Vec<UiCommand> = cursor.read(messages).cloned().collect();
            assert!(
                sent.contains(&expected),
                "{:?} should send {expected:?}, sent {sent:?}",
                keys
            );
        }
    }
}

#[test]
fn a_vote_is_counted_by_the_engine_and_autosaved() {
    let dir = std::env::temp_dir().join(format!("samenspel-vote-test-{}", std::process::id()));
    let path = dir.join("autosave.ron");
    let mut app = app(Some(path.clone()));
    // The first statement: the opening question with answers takes no agree/disagree.
    let poll = app
        .world()
        .resource::<Game>()
        .session
        .scenario
        .polls
        .iter()
        .find(|p| p.options.is_empty())
        .expect("a statement")
        .id
        .clone();
    for agree in [true, false, true] {
        let vote = samenspel_engine::Action::Vote {
            poll: poll.clone(),
            agree,
        };
        app.world_mut().write_message(UiCommand::Act(vote));
        app.update();
    }
    flush_autosave(&app);
    let saved = Session::load(&path).unwrap();
    let result = saved.state.polls.iter().find(|p| p.poll == poll).unwrap();
    assert_eq!((result.agree, result.disagree), (2, 1));
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn the_wheel_scene_is_built_again_only_when_something_it_shows_changed() {
    use samenspel_engine::scene::{Canvas, Highlights};
    let scenario = builtin("tess").unwrap().unwrap();
    let mut game = Game::new(Session::new(&scenario, None, 0).unwrap(), None);
    let mut scenes = super::view_model::WheelScene::default();
    let canvas = Canvas::new(1000.0, 800.0, Lang::Nl);
    for _ in 0..3 {
        scenes.get(&game, Highlights::default(), canvas.clone());
    }
    assert_eq!(scenes.builds, 1, "the same frame again builds nothing");
    scenes.get(
        &game,
        Highlights::default(),
        Canvas::new(1200.0, 800.0, Lang::Nl),
    );
    assert_eq!(scenes.builds, 2, "a resized window builds it again");
    let selected = Highlights {
        selected: Some(game.session.board().tokens[0].id.clone()),
        ..Highlights::default()
    };
    scenes.get(&game, selected, canvas.clone());
    assert_eq!(scenes.builds, 3, "a selection marks a card");
    let token = game.session.board().tokens[0].id.clone();
    game.session
        .apply(samenspel_engine::Action::RemoveToken {
            token: token.clone(),
        })
        .unwrap();
    game.changed();
    let removed = !scenes
        .get(&game, Highlights::default(), canvas)
        .cards
        .iter()
        .any(|c| c.id == token);
    assert_eq!(scenes.builds, 4, "a changed board builds it again");
    assert!(removed, "the removed card is gone from the new scene");
    // A new game in the same process never reuses the scene of the old one.
    let other = Game::new(Session::new(&scenario, None, 0).unwrap(), None);
    assert_ne!(other.revision, game.revision);
}

#[test]
fn problems_of_a_scenario_file_are_said_in_the_language_of_the_room() {
    let dir = std::env::temp_dir().join(format!("samenspel-problem-words-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("sam.ron");
    let broken = samenspel_engine::starter::starter_scenario("Sam").replace(
        "domain: \"werk\", ring: \"gemeente\"",
        "domain: \"wrek\", ring: \"gemeente\"",
    );
    std::fs::write(&path, broken).unwrap();
    let problems = samenspel_engine::load::scenario_from_file(&path).unwrap_err();
    let dutch = samenspel_engine::Words::new(Lang::Nl).say(&problems.0[0]);
    assert!(
        dutch.contains("sam.ron:") && dutch.contains("wrek"),
        "{dutch}"
    );
    assert_ne!(
        dutch,
        problems.0[0].to_string(),
        "the Dutch is not the English"
    );
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn key_s_opens_the_werksessie_and_its_counts_are_engine_actions_that_are_autosaved() {
    use super::state::WerkPart;
    use samenspel_engine::Action;
    use samenspel_engine::werksessie::Drawing;
    let dir = std::env::temp_dir().join(format!("samenspel-werk-test-{}", std::process::id()));
    let path = dir.join("autosave.ron");
    let mut app = app(Some(path.clone()));
    let part = |app: &App| app.world().resource::<Game>().table.werksessie;
    press(&mut app, &[KeyCode::KeyS]);
    assert_eq!(part(&app), Some(WerkPart::Opening));
    app.world_mut()
        .write_message(UiCommand::Werksessie(Some(WerkPart::Drawing)));
    app.update();
    assert_eq!(part(&app), Some(WerkPart::Drawing));
    for command in [
        Action::Choose {
            poll: "werkzaam".into(),
            option: "kennis".into(),
        },
        Action::RecordDrawing {
            drawing: Drawing::Boom,
            count: 4,
        },
        Action::Placemat {
            group: 2,
            question: "definitie".into(),
            text: "Samenhang waar die niet vanzelf is.".into(),
        },
    ] {
        app.world_mut().write_message(UiCommand::Act(command));
        app.update();
    }
    let saved = Session::load(&path).unwrap();
    assert_eq!(saved.state.choice("werkzaam", "kennis"), 1);
    assert_eq!(saved.state.drawings.get(&Drawing::Boom), Some(&4));
    assert_eq!(
        saved.state.placemat_answer(2, "definitie"),
        Some("Samenhang waar die niet vanzelf is.")
    );
    // A refusal (a vote on the question with answers) reaches the status line, not the file.
    let vote = Action::Vote {
        poll: "werkzaam".into(),
        agree: true,
    };
    app.world_mut().write_message(UiCommand::Act(vote));
    app.update();
    let message = app.world().resource::<Game>().table.message.clone();
    assert!(matches!(message, Some((m, true)) if m.contains("werkzaam")));
    press(&mut app, &[KeyCode::KeyS]);
    assert_eq!(part(&app), None);
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn every_werksessie_part_has_a_name_for_the_command_line_and_a_tab() {
    use super::state::WerkPart;
    for part in WerkPart::ALL {
        assert_eq!(WerkPart::parse(part.name()), Some(part));
        for lang in [Lang::Nl, Lang::En] {
            let tab = Strings::new(lang).t(&format!("werk-tab-{}", part.name()));
            assert!(!tab.starts_with("werk-tab"), "{tab}");
        }
    }
    assert_eq!(WerkPart::parse("koffie"), None);
}
