# Samenspel — de opdrachtregel: meldingen en de koppen van de tekstuitvoer.

cli-error = fout: { $error }
cli-unknown-language = fout: onbekende taal "{ $code }"; kies nl of en
cli-check-ok = { $file }: in orde ({ $persona }, { $tokens } steunkaarten, { $events } gebeurtenissen, { $variants } varianten)
cli-check-failed = { $failed } van { $files } bestand(en) hebben problemen
cli-check-warnings = { $warnings } waarschuwing(en) in { $files } bestand(en): het scenario speelt, maar iets doet niets
cli-cannot-save = fout: kan de sessie niet opslaan in { $path }: { $error }
cli-cannot-write = fout: kan { $path } niet schrijven: { $error }
cli-wrote = { $path } geschreven
cli-already-exists = fout: { $path } bestaat al; kies een andere naam of --out
cli-new-written = { $path } geschreven; controleer het met: samenspel check { $path }

cli-variant-title = { $title } — variant: { $variant }
cli-snapshot = == { $n }. { $title } (leeftijd/age { $age }) ==
cli-change = Verandering
cli-ended = Weggevallen
cli-gaps = Knelpunten

cli-compare-header = na de hele tijdlijn
cli-column-gaps = knelpunten
cli-column-coherence = samenhang
cli-column-professional = prof.
cli-baseline = basis (huidige regels)
cli-closed = opgelost
cli-opened = nieuw
cli-changed = veranderd

cli-info-persona = Persona: { $name }, { $age } jaar
cli-info-domains = Leefgebieden
cli-info-rings = Ringen
cli-info-roles = Rollen
cli-info-later = komt later
cli-info-events = Gebeurtenissen
cli-info-shared = Gedeelde gebeurteniskaarten die passen
cli-info-variants = Varianten
cli-info-board = Startbord: { $tokens } steunkaarten ({ $professional } professioneel), { $links } lijnen

cli-scene-size = fout: --size "{ $size }": gebruik BREEDTExHOOGTE, bijvoorbeeld 1600x900 (elk 200 tot 8192)
cli-scene-step = fout: --step { $step }: kies een stap van 1 tot 4
cli-scene-round-step = fout: --round hoort bij stap 4; gebruik --step 4
cli-scene-round = fout: --round { $round }: dit scenario heeft rondes 1 tot { $rounds }
cli-scene-geometry = stap { $step }, { $size } pixels; wiel: midden ({ $cx }, { $cy }), straal { $r }
cli-scene-counts = { $cards } kaarten ({ $ended } weggevallen), { $labels } labels, { $overlaps } paar labels overlappen; { $links } verbindingen
cli-scene-alerts = behoeften zonder steun in: { $domains }
