# Samenspel — waarom de regels een actie weigeren, en de stappen van een sessie.

session-unknown-variant = onbekende variant "{ $variant }"; bekend: { $known }
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
