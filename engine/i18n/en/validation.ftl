# Samenspel — problems found in a scenario or session file, each with a hint. The command
# line prints these in English and scripts read them: change a sentence here only with the
# tests that read it (engine/tests/validation.rs, tests/cli.rs).

# A problem with its place and hint, as the command line prints it. Fluent drops the
# indent of a continued line, so the two spaces before the hint are a literal.
validation-problem =
    { $place }: { $message }
    { "  " }hint: { $hint }
validation-warning =
    { $place }: warning: { $message }
    { "  " }hint: { $hint }

## Reading a file.

validation-not-utf8 = the file is not UTF-8 text (binary data or another encoding)
validation-not-utf8-hint = save the file as UTF-8 text; is this the right file?
validation-empty-file = the file is empty
validation-empty-file-hint = a scenario starts with `(` and lists id, title, persona, domains, rings, roles and board
validation-ron = { $error }
validation-ron-too-deep = the brackets are nested far too deep; is this a scenario file?
validation-ron-missing-field = add the field named here; docs/scenario-format.md lists every field
validation-ron-unknown-field = check the spelling of the field name; docs/scenario-format.md lists every field
validation-ron-name = check the spelling of the name; docs/scenario-format.md lists the allowed names
validation-ron-quotes = texts and ids are written in double quotes, like "werk"
validation-ron-punctuation = look for a missing comma, quote or bracket just before this place
validation-ron-format = see docs/scenario-format.md for the format, with a commented example
validation-cannot-open = cannot open the file: { $reason }
validation-cannot-open-hint = check the path and the name
validation-folder = this is a folder, not a file
validation-folder-hint = name a .ron file
validation-cannot-read = cannot read the file: { $reason }
validation-cannot-read-hint = check the file's permissions
validation-too-large = the file is { $megabytes } MB, more than the { $limit } MB a scenario or session may be
validation-too-large-hint = is this the right file? Scenarios and sessions are small text files

## The scenario.

validation-empty-scenario-id = the scenario has an empty id
validation-empty-scenario-id-hint = use a short id like "tess"
validation-scenario-id-characters = the scenario id "{ $id }" has characters other than letters, digits, _ and -
validation-scenario-id-characters-hint = the id is used on the command line and in file names; use e.g. "anne_fleur"
validation-empty-id = a { $item } has an empty id
validation-empty-id-hint = give every item a short id like "werk"
validation-duplicate-id = duplicate { $item } id "{ $id }"
validation-duplicate-id-hint = every id must be unique within its kind; rename one of them
validation-duplicate-id-undefined-hint = every id must be unique within its kind; was one of them meant to be { $ids }? That is referred to but defined nowhere
validation-reserved-id = "{ $id }" is reserved for the persona herself
validation-reserved-id-hint = give the token another id
validation-no-dutch = { $owner }: `{ $field }` has no Dutch text
validation-no-dutch-hint = write it as (nl: "…", en: "…"); Dutch is required, English is optional
validation-unknown-reference = { $owner } refers to { $unknown } "{ $value }"
validation-did-you-mean = did you mean "{ $id }"?
validation-known-ids = known { $item } ids: { $ids }
validation-define-first = define the { $item } first, or check the spelling
validation-no-domains = the scenario has no life domains
validation-no-domains-hint = list the domains of the wheel, e.g. (id: "werk", name: (nl: "Werk"))
validation-missing-ring = the scenario has no ring of kind { $kind }
validation-missing-ring-hint = the wheel has four rings: EigenKracht, Informeel, Gemeente and Rijk, one each
validation-same-ring-kind = two rings have the same kind
validation-same-ring-kind-hint = use each of EigenKracht, Informeel, Gemeente and Rijk once
validation-no-roles = the scenario has no roles
validation-no-roles-hint = players need roles to place support; add at least one
validation-persona-age = age { $age } is not a human age
validation-persona-age-hint = give the persona's age in years
validation-no-persona-name = the persona has no name
validation-no-persona-name-hint = give her or him a first name
validation-ring-not-allowed = token "{ $token }": role "{ $role }" may not place support in ring "{ $ring }"
validation-ring-not-allowed-hint = put the token in one of the role's rings, or add the ring to the role's `rings`
validation-self-link = { $owner } joins "{ $token }" to itself
validation-self-link-hint = a link joins two different tokens
validation-effect-age = { $owner }: age { $age } is not a human age
validation-effect-age-hint = give an age in years
validation-not-yet-there = event "{ $event }" acts on card "{ $token }", but at that point of the timeline it is not on the board yet
validation-not-yet-there-hint = put the card on the starting board or let an earlier timeline event place it; a deck card may never come
validation-serves-cancelled-need = variant "{ $variant }" cancels need "{ $need }", but card "{ $token }" still serves it under this variant
validation-serves-cancelled-need-hint = cancel the card too (cancel_for) or take the need out of its serves
validation-after-not-deck = event "{ $event }": only a deck card (when: Deck) can wait for another event
validation-after-not-deck-hint = remove "after"; the timeline already plays its events in order
validation-after-itself = event "{ $event }" waits for itself and so can never be drawn
validation-after-itself-hint = name in "after" the event that has to happen first
validation-file-outside = the file "{ $path }" is outside the scenario's folder
validation-file-outside-hint = refer to files next to the scenario or in a folder below it, like "img/tess.png"
validation-file-missing = the file "{ $path }" does not exist next to the scenario
validation-file-missing-hint = check the name, or remove the reference

## A scenario named on the command line.

validation-folder-not-scenario = this is a folder, not a scenario
validation-folder-not-scenario-hint = name a .ron file in it, or a built-in id
validation-session-not-scenario = this is a saved session, not a scenario
validation-session-not-scenario-hint = open it with `samenspel play --session { $path }`, or make its report with `samenspel report { $path }`
validation-no-such-scenario = no such file, and no built-in scenario with this id
validation-no-such-scenario-hint = built-in scenarios: { $ids }

## A saved session.

validation-scenario-not-session = this is a scenario, not a saved session
validation-scenario-not-session-hint = play it with `samenspel play { $path }`, or simulate it and save the session with `samenspel simulate { $path } --save session.ron`
validation-session-format = session format { $format } is not known to this version
validation-session-format-hint = open it with the version of Samenspel that saved it
validation-too-many-draws = { $draws } cards drawn from a deck of { $deck }
validation-unknown-poll-result = a result for unknown statement "{ $poll }"
validation-unknown-poll-option = a result for unknown answer "{ $option }" of "{ $poll }"
validation-unknown-werk-item = an unknown praatplaat or placemat question "{ $id }", or group { $group }
validation-too-few-options = "{ $poll }" has answers, but not two with an id of their own
validation-too-few-options-hint = give a question with answers at least two, each with its own `id`, or leave out `options` for a statement to agree or disagree with
validation-unknown-hand-card = card "{ $token }" is in a hand but not on the board
validation-damaged-session-hint = the session file was changed by hand or damaged; open the last good copy

## The kinds of item an id names, and "unknown" with each.

validation-item-domain = domain
validation-item-ring = ring
validation-item-role = role
validation-item-token = token
validation-item-need-or-goal = need or goal
validation-item-need = need
validation-item-event = event
validation-item-variant = variant
validation-item-poll = poll
validation-item-round = round
validation-unknown-domain = unknown domain
validation-unknown-ring = unknown ring
validation-unknown-role = unknown role
validation-unknown-token = unknown token
validation-unknown-need-or-goal = unknown need or goal
validation-unknown-need = unknown need
validation-unknown-event = unknown event
validation-unknown-variant = unknown variant
validation-unknown-poll = unknown poll
validation-unknown-round = unknown round

## What a problem is about.

validation-owner-scenario = the scenario
validation-owner-interview-question = an interview question
validation-owner-interview-answer = an interview answer
validation-owner-self-reliance = self_reliance
validation-owner-starting-link = a link on the starting board
validation-owner-regisseur = the regisseur
validation-owner-goal = goal "{ $id }"
validation-owner-domain = domain "{ $id }"
validation-owner-ring = ring "{ $id }"
validation-owner-role = role "{ $id }"
validation-owner-need = need "{ $id }"
validation-owner-token = token "{ $id }"
validation-owner-event = event "{ $id }"
validation-owner-variant = variant "{ $id }"
validation-owner-poll = poll "{ $id }"
validation-owner-round = round "{ $id }"

## Limits a file cannot get round (docs/scenario-format.md lists them).

validation-too-many = too many { $part }: { $count }, where { $limit } is the most a file may hold
validation-too-many-hint = no workshop needs this many; is this the right file? A scenario this big is better split into smaller ones
validation-too-long = a text or id of { $length } characters, more than the { $limit } a text may have
validation-too-long-hint = shorten the text; a long story belongs in the interview, one question and answer at a time
validation-too-much-work = { $events } events on a board of up to { $cards } cards and { $links } links, under { $variants } variants and without, are too much to play (a work of more than { $limit })
validation-too-much-work-hint = use fewer events or variants, or fewer cards and links
validation-counted-domains = life domains
validation-counted-rings = rings
validation-counted-roles = roles
validation-counted-cards = cards (on the starting board and added by events and variants)
validation-counted-links = links (on the starting board and added by events and variants)
validation-counted-needs = needs and goals
validation-counted-events = events
validation-counted-effects = effects of events and variants
validation-counted-variants = variants
validation-counted-polls = statements
validation-counted-rounds = reflection rounds
validation-counted-lines = interview lines, ZRM scores (self_reliance) and round questions
validation-counted-board-cards = cards on the board of the session
validation-counted-board-links = lines on the board of the session
validation-counted-references = ids listed inside items (serves, rings, agenda, cancel_for, cancel_needs)
validation-cancels-nothing = variant "{ $variant }" cancels "{ $id }" in event "{ $event }", but that event does nothing with it
validation-cancels-nothing-hint = check the id and the event; otherwise the line can go
validation-already-linked = { $owner }: cards "{ $from }" and "{ $to }" are already linked at that point
validation-already-linked-hint = a second line changes nothing; break the first (BreakLink) if the kind of line changes
validation-serves-later-need = card "{ $token }" on the starting board serves "{ $need }", but that need only arises later through an event
validation-serves-later-need-hint = until that event the support counts for nothing; put the need among the starting needs, or let the event change the card
validation-already-present = { $owner }: role "{ $role }" joins, but is already in the game at that point
validation-already-present-hint = set present_at_start: false on the role if it joins later, or remove RoleJoins
