# Samenspel — problemen in een scenario- of sessiebestand, elk met een tip.

# Een probleem met zijn plek en tip; Fluent laat de inspringing van een vervolgregel
# weg, dus de twee spaties voor de tip staan er letterlijk.
validation-problem =
    { $place }: { $message }
    { "  " }tip: { $hint }
validation-warning =
    { $place }: waarschuwing: { $message }
    { "  " }tip: { $hint }

## Een bestand lezen.

validation-not-utf8 = het bestand is geen UTF-8-tekst (binaire gegevens of een andere codering)
validation-not-utf8-hint = sla het bestand op als UTF-8-tekst; is dit het goede bestand?
validation-empty-file = het bestand is leeg
validation-empty-file-hint = een scenario begint met `(` en noemt id, title, persona, domains, rings, roles en board
validation-ron = RON-fout: { $error }
validation-ron-too-deep = de haakjes zijn veel te diep genest; is dit wel een scenariobestand?
validation-ron-missing-field = voeg het genoemde veld toe; docs/scenario-format.md noemt alle velden
validation-ron-unknown-field = controleer de spelling van de veldnaam; docs/scenario-format.md noemt alle velden
validation-ron-name = controleer de spelling van de naam; docs/scenario-format.md noemt de toegestane namen
validation-ron-quotes = teksten en id's staan tussen dubbele aanhalingstekens, zoals "werk"
validation-ron-punctuation = zoek vlak voor deze plek naar een ontbrekende komma, een aanhalingsteken of een haakje
validation-ron-format = docs/scenario-format.md beschrijft de opmaak, met een toegelicht voorbeeld
validation-cannot-open = het bestand kan niet worden geopend: { $reason }
validation-cannot-open-hint = controleer het pad en de naam
validation-folder = dit is een map, geen bestand
validation-folder-hint = noem een .ron-bestand
validation-cannot-read = het bestand kan niet worden gelezen: { $reason }
validation-cannot-read-hint = controleer de rechten op het bestand
validation-too-large = het bestand is { $megabytes } MB, meer dan de { $limit } MB die een scenario of sessie mag zijn
validation-too-large-hint = is dit het goede bestand? Scenario's en sessies zijn kleine tekstbestanden

## Het scenario.

validation-empty-scenario-id = het scenario heeft een lege id
validation-empty-scenario-id-hint = gebruik een korte id zoals "tess"
validation-scenario-id-characters = de scenario-id "{ $id }" bevat andere tekens dan letters, cijfers, _ en -
validation-scenario-id-characters-hint = de id staat op de opdrachtregel en in bestandsnamen; gebruik bijvoorbeeld "anne_fleur"
validation-empty-id = een { $item } heeft een lege id
validation-empty-id-hint = geef elk onderdeel een korte id zoals "werk"
validation-duplicate-id = dubbele id "{ $id }" voor een { $item }
validation-duplicate-id-hint = elke id komt maar één keer voor binnen zijn soort; geef een van de twee een andere id
validation-duplicate-id-undefined-hint = elke id komt maar één keer voor binnen zijn soort; moest een van de twee { $ids } heten? Daar wordt naar verwezen, maar die id bestaat niet
validation-reserved-id = "{ $id }" is gereserveerd voor de persona zelf
validation-reserved-id-hint = geef de steunkaart een andere id
validation-no-dutch = { $owner }: `{ $field }` heeft geen Nederlandse tekst
validation-no-dutch-hint = schrijf het als (nl: "…", en: "…"); Nederlands is verplicht, Engels mag
validation-unknown-reference = { $owner } verwijst naar { $unknown } "{ $value }"
validation-did-you-mean = bedoel je "{ $id }"?
validation-known-ids = bekende id's ({ $item }): { $ids }
validation-define-first = maak eerst een { $item } met deze id, of controleer de spelling
validation-no-domains = het scenario heeft geen leefgebieden
validation-no-domains-hint = noem de leefgebieden van het wiel, bijvoorbeeld (id: "werk", name: (nl: "Werk"))
validation-missing-ring = het scenario heeft geen ring van de soort { $kind }
validation-missing-ring-hint = het wiel heeft vier ringen: EigenKracht, Informeel, Gemeente en Rijk, van elk één
validation-same-ring-kind = twee ringen zijn van dezelfde soort
validation-same-ring-kind-hint = gebruik EigenKracht, Informeel, Gemeente en Rijk elk één keer
validation-no-roles = het scenario heeft geen rollen
validation-no-roles-hint = spelers hebben een rol nodig om steun te plaatsen; voeg er minstens één toe
validation-persona-age = { $age } jaar is geen leeftijd van een mens
validation-persona-age-hint = geef de leeftijd van de persona in jaren
validation-no-persona-name = de persona heeft geen naam
validation-no-persona-name-hint = geef haar of hem een voornaam
validation-ring-not-allowed = steunkaart "{ $token }": rol "{ $role }" plaatst geen steun in ring "{ $ring }"
validation-ring-not-allowed-hint = leg de steunkaart in een van de ringen van de rol, of zet de ring bij de `rings` van de rol
validation-self-link = { $owner } verbindt "{ $token }" met zichzelf
validation-self-link-hint = een lijn verbindt twee verschillende steunkaarten
validation-effect-age = { $owner }: { $age } jaar is geen leeftijd van een mens
validation-effect-age-hint = geef een leeftijd in jaren
validation-not-yet-there = gebeurtenis "{ $event }" doet iets met kaart "{ $token }", maar die ligt op dat moment van de tijdlijn nog niet op het bord
validation-not-yet-there-hint = zet de kaart op het startbord of laat een eerdere gebeurtenis in de tijdlijn hem neerleggen; een kaart uit de stapel komt misschien nooit
validation-serves-cancelled-need = variant "{ $variant }" schrapt behoefte "{ $need }", maar kaart "{ $token }" helpt daar in deze variant nog mee
validation-serves-cancelled-need-hint = schrap de kaart ook (cancel_for) of haal de behoefte uit zijn serves
validation-after-not-deck = gebeurtenis "{ $event }": alleen een kaart uit de stapel (when: Deck) kan op een andere gebeurtenis wachten
validation-after-not-deck-hint = haal "after" weg; de tijdlijn speelt de gebeurtenissen al op volgorde
validation-after-itself = gebeurtenis "{ $event }" wacht op zichzelf en kan dus nooit getrokken worden
validation-after-itself-hint = noem bij "after" de gebeurtenis die eerst moet gebeuren
validation-file-outside = het bestand "{ $path }" staat buiten de map van het scenario
validation-file-outside-hint = verwijs naar bestanden naast het scenario of in een map daaronder, zoals "img/tess.png"
validation-file-missing = het bestand "{ $path }" staat niet naast het scenario
validation-file-missing-hint = controleer de naam, of haal de verwijzing weg

## Een scenario op de opdrachtregel.

validation-folder-not-scenario = dit is een map, geen scenario
validation-folder-not-scenario-hint = noem een .ron-bestand in de map, of de id van een ingebouwd scenario
validation-session-not-scenario = dit is een opgeslagen sessie, geen scenario
validation-session-not-scenario-hint = open haar met `samenspel play --session { $path }`, of maak er een verslag van met `samenspel report { $path }`
validation-no-such-scenario = er is geen bestand met deze naam en geen ingebouwd scenario met deze id
validation-no-such-scenario-hint = ingebouwde scenario's: { $ids }

## Een opgeslagen sessie.

validation-scenario-not-session = dit is een scenario, geen opgeslagen sessie
validation-scenario-not-session-hint = speel het met `samenspel play { $path }`, of simuleer het en bewaar de sessie met `samenspel simulate { $path } --save session.ron`
validation-session-format = deze versie kent sessieformaat { $format } niet
validation-session-format-hint = open het bestand met de versie van Samenspel die het heeft opgeslagen
validation-too-many-draws = { $draws } kaarten getrokken van een stapel van { $deck }
validation-unknown-poll-result = een uitslag voor de onbekende stelling "{ $poll }"
validation-unknown-poll-option = een uitslag voor het onbekende antwoord "{ $option }" bij "{ $poll }"
validation-unknown-werk-item = een onbekende vraag "{ $id }" van de praatplaat of placemat, of groep { $group }
validation-too-few-options = "{ $poll }" heeft antwoorden, maar geen twee met elk een eigen id
validation-too-few-options-hint = geef een vraag met antwoorden er minstens twee, elk met een eigen `id`, of laat `options` weg voor een stelling om voor of tegen te stemmen
validation-unknown-hand-card = kaart "{ $token }" ligt in een hand maar niet op het bord
validation-damaged-session-hint = het sessiebestand is met de hand veranderd of beschadigd; open de laatste goede kopie

## De soorten onderdelen die een id noemt, en "onbekend" bij elk.

validation-item-domain = leefgebied
validation-item-ring = ring
validation-item-role = rol
validation-item-token = steunkaart
validation-item-need-or-goal = behoefte of doel
validation-item-need = behoefte
validation-item-event = gebeurtenis
validation-item-variant = variant
validation-item-poll = stelling
validation-item-round = ronde
validation-unknown-domain = een onbekend leefgebied
validation-unknown-ring = een onbekende ring
validation-unknown-role = een onbekende rol
validation-unknown-token = een onbekende steunkaart
validation-unknown-need-or-goal = een onbekende behoefte of een onbekend doel
validation-unknown-need = een onbekende behoefte
validation-unknown-event = een onbekende gebeurtenis
validation-unknown-variant = een onbekende variant
validation-unknown-poll = een onbekende stelling
validation-unknown-round = een onbekende ronde

## Waar een probleem over gaat.

validation-owner-scenario = het scenario
validation-owner-interview-question = een interviewvraag
validation-owner-interview-answer = een antwoord in het interview
validation-owner-self-reliance = de zelfredzaamheid (self_reliance)
validation-owner-starting-link = een lijn op het beginbord
validation-owner-regisseur = de regisseur
validation-owner-goal = doel "{ $id }"
validation-owner-domain = leefgebied "{ $id }"
validation-owner-ring = ring "{ $id }"
validation-owner-role = rol "{ $id }"
validation-owner-need = behoefte "{ $id }"
validation-owner-token = steunkaart "{ $id }"
validation-owner-event = gebeurtenis "{ $id }"
validation-owner-variant = variant "{ $id }"
validation-owner-poll = stelling "{ $id }"
validation-owner-round = ronde "{ $id }"

## Grenzen waar een bestand niet omheen kan (docs/scenario-format.md noemt ze).

validation-too-many = te veel { $part }: { $count }, terwijl een bestand er hooguit { $limit } mag hebben
validation-too-many-hint = geen werkvorm heeft er zoveel nodig; is dit het goede bestand? Een scenario dat zo groot is, kun je beter opdelen in kleinere
validation-too-long = een tekst of id van { $length } tekens, meer dan de { $limit } die een tekst mag hebben
validation-too-long-hint = maak de tekst korter; een lang verhaal hoort in het interview, één vraag en antwoord tegelijk
validation-too-much-work = { $events } gebeurtenissen op een bord van hooguit { $cards } kaarten en { $links } verbindingen, met { $variants } varianten en zonder, is te veel om te spelen (een werk van meer dan { $limit })
validation-too-much-work-hint = gebruik minder gebeurtenissen of varianten, of minder kaarten en verbindingen
validation-counted-domains = leefgebieden
validation-counted-rings = ringen
validation-counted-roles = rollen
validation-counted-cards = kaarten (op het startbord en toegevoegd door gebeurtenissen en varianten)
validation-counted-links = verbindingen (op het startbord en toegevoegd door gebeurtenissen en varianten)
validation-counted-needs = behoeften en doelen
validation-counted-events = gebeurtenissen
validation-counted-effects = gevolgen van gebeurtenissen en varianten
validation-counted-variants = varianten
validation-counted-polls = stellingen
validation-counted-rounds = reflectierondes
validation-counted-lines = interviewregels, ZRM-scores (self_reliance) en vragen van rondes
validation-counted-board-cards = kaarten op het bord van de sessie
validation-counted-board-links = verbindingen op het bord van de sessie
validation-counted-references = ids in lijsten binnen onderdelen (serves, rings, agenda, cancel_for, cancel_needs)
validation-cancels-nothing = variant "{ $variant }" schrapt "{ $id }" in gebeurtenis "{ $event }", maar die gebeurtenis doet daar niets mee
validation-cancels-nothing-hint = kijk of de id klopt en of het de goede gebeurtenis is; anders kan de regel weg
validation-already-linked = { $owner }: kaarten "{ $from }" en "{ $to }" hebben op dat moment al een lijn
validation-already-linked-hint = een tweede lijn verandert niets; haal de eerste eerst weg (BreakLink) als de soort lijn verandert
validation-serves-later-need = kaart "{ $token }" op het startbord helpt met "{ $need }", maar die behoefte komt pas later door een gebeurtenis
validation-serves-later-need-hint = tot die gebeurtenis telt de hulp nergens voor; zet de behoefte bij de start (needs) of laat de gebeurtenis de kaart aanpassen
validation-already-present = { $owner }: rol "{ $role }" komt erbij, maar doet op dat moment al mee
validation-already-present-hint = zet present_at_start: false bij de rol als die pas later meedoet, of haal RoleJoins weg
