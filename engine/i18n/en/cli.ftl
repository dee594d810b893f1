# Samenspel — the command line: its messages and the headings of its plain-text output.

cli-error = error: { $error }
cli-unknown-language = error: unknown language "{ $code }"; use nl or en
cli-check-ok = { $file }: ok ({ $persona }, { $tokens } tokens, { $events } events, { $variants } variants)
cli-check-failed = { $failed } of { $files } file(s) have problems
cli-check-warnings = { $warnings } warning(s) in { $files } file(s): the scenario plays, but something does nothing
cli-cannot-save = error: cannot save the session to { $path }: { $error }
cli-cannot-write = error: cannot write { $path }: { $error }
cli-wrote = wrote { $path }
cli-already-exists = error: { $path } already exists; choose another name or --out
cli-new-written = wrote { $path }; check it with: samenspel check { $path }

cli-variant-title = { $title } — variant: { $variant }
cli-snapshot = == { $n }. { $title } (leeftijd/age { $age }) ==
cli-change = Change
cli-ended = Ended
cli-gaps = Gaps

cli-compare-header = after the whole timeline
cli-column-gaps = gaps
cli-column-coherence = coherence
cli-column-professional = prof.
cli-baseline = baseline (current rules)
cli-closed = closed
cli-opened = opened
cli-changed = changed

cli-info-persona = Persona: { $name }, { $age } years
cli-info-domains = Life domains
cli-info-rings = Rings
cli-info-roles = Roles
cli-info-later = arrives later
cli-info-events = Events
cli-info-shared = Shared event cards that fit
cli-info-variants = Variants
cli-info-board = Starting board: { $tokens } support cards ({ $professional } professional), { $links } links

cli-scene-size = error: --size "{ $size }": use WIDTHxHEIGHT, e.g. 1600x900 (200 to 8192 each)
cli-scene-step = error: --step { $step }: use a step from 1 to 4
cli-scene-round-step = error: --round is about step 4; use --step 4
cli-scene-round = error: --round { $round }: this scenario has rounds 1 to { $rounds }
cli-scene-geometry = step { $step }, { $size } pixels; wheel: centre ({ $cx }, { $cy }), radius { $r }
cli-scene-counts = { $cards } cards ({ $ended } ended), { $labels } labels, { $overlaps } pairs of labels overlap; { $links } links
cli-scene-alerts = needs without support in: { $domains }
