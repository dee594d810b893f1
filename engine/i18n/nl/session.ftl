# Samenspel — waarom de regels een actie weigeren, en de stappen van een sessie.

session-unknown-variant = onbekende variant "{ $variant }"; bekend: { $known }
session-board-steps = steun leggen en lijnen trekken doen spelers in stap 2 en 3
session-reflection-step = stemmen en post-its horen bij stap 4
session-facilitator-only = dat doet de procesbegeleider (toets 0)
session-not-your-card = deze kaart is van { $role }; kies die rol (of de procesbegeleider) om haar te veranderen
session-locked = het bord is vergrendeld; ontgrendel het eerst
session-missing-id = een steunkaart heeft een id nodig
session-duplicate-token = er ligt al een kaart met id "{ $token }"
session-unknown-token = geen kaart "{ $token }" op het bord
session-role-change = een kaart blijft van dezelfde rol
session-self-link = een lijn verbindt twee verschillende kaarten
session-no-link = er is geen lijn tussen "{ $from }" en "{ $to }"
session-last-step = dit is de laatste stap
session-first-step = dit is de eerste stap
session-unknown-event = onbekende gebeurtenis "{ $event }"
session-already-happened = "{ $event }" is al gebeurd
session-deck-empty = de stapel gebeurtenissen is leeg
session-unknown-poll = onbekende stelling "{ $poll }"
session-empty-note = een lege notitie
session-unknown-indicator = onbekende gedragsindicator "{ $indicator }"
session-unknown-role = onbekende rol "{ $role }"
session-role-absent = { $role } doet nu niet mee
session-unknown-domain = onbekend leefgebied "{ $domain }"
session-unknown-ring = onbekende ring "{ $ring }"
session-ring-not-allowed = { $role } plaatst geen steun in de ring { $ring }

step-kennismaken = Kennismaken
step-situatie = De situatie op het bord
step-verandering = De situatie verandert
step-reflectie = Reflectie

# Het observatieformulier: delen, thema's, gedragsindicatoren en scores.
observe-theme-taak = Taakgerichtheid
observe-theme-doel = Doelgerichtheid
observe-theme-band = Persoonlijke band
observe-theme-visie = Teamvisie en doelen
observe-theme-besluit = Samen besluiten
observe-theme-conflict = Conflicten
observe-theme-steun = Steun in het team
observe-theme-open = Open communicatie
observe-samen-plan = Samen met de cliënt naar een plan zoeken
observe-afspraken-client = Afspraken maken met de cliënt
observe-inbreng-client = De cliënt uitnodigen om mee te praten
observe-taal-client = Taal gebruiken die de cliënt begrijpt
observe-eigen-doelen = De cliënt helpen eigen doelen te benoemen
observe-vertrouwen-client = Vertrouwen uitspreken dat het gaat lukken
observe-begrip = Met begrip reageren en meeleven
observe-luisteren-client = Luisteren en laten uitpraten
observe-balans-gesprek = De cliënt krijgt evenveel ruimte als de professionals
observe-uitgangspunten = Bespreken waar de samenwerking op rust en waar men verschilt
observe-expertise = Ieders deskundigheid en bijdrage benoemen
observe-visies-vragen = Naar ieders kijk en ideeën vragen
observe-verschillen = Meningsverschillen op tafel leggen
observe-rollen = Rollen afspreken, ook wie regisseur is
observe-afspraken-elkaar = Afspraken maken met elkaar
observe-samen-oplossen = Samen oplossingen bedenken
observe-taken-overnemen = Taken van elkaar overnemen
observe-benoemen = Benoemen wat je ziet, ook als het moeilijk is
observe-aanspreken = Elkaar aanspreken op afspraken
observe-onderbreken = Elkaar onderbreken
observe-problemen-denken = Denken in problemen en beperkingen
observe-geen-rol = Geen rol willen nemen in het plan
observe-part-alliance = Werkalliantie cliënt – professional
observe-part-collaboration = Samenwerking tussen professionals
observe-score-never = nooit
observe-score-sometimes = soms
observe-score-often = vaak
observe-score-always = altijd
observe-score-na = n.v.t.

# De vijf niveaus van zelfredzaamheid.
level-1 = acuut probleem
level-2 = niet zelfredzaam
level-3 = beperkt zelfredzaam
level-4 = voldoende zelfredzaam
level-5 = volledig zelfredzaam
