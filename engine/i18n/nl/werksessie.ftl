# De lange werksessie rond het wiel (seed 004): tekenopdracht, theorie, praatplaat, placemat.

## Tekenopdracht
werk-drawing-process = Proces (met of zonder begin en eind)
werk-drawing-tree = Boom
werk-drawing-other = Anders
werk-drawing-none-yet = Nog niemand heeft een beeld gekozen. In het onderzoek tekenden cliënten het vaakst: { $clients }; professionals het vaakst: { $professionals }.
werk-drawing-compare = In deze zaal leek een tekening het vaakst op: { $room } ({ $count } van de { $total }). In het onderzoek tekenden cliënten het vaakst: { $clients }; professionals het vaakst: { $professionals }.
werk-drawing-task = Teken op papier hoe integraal werken er voor jou uitziet.
werk-drawing-pick = Op welk beeld lijkt je tekening? Eén klik per tekening; tel het de zaal rond.
werk-drawing-reflect = Wat heb je ervaren bij het tekenen? Wat viel je op?
werk-col-image = Beeld
werk-col-room = Deze zaal
werk-col-clients = Cliënten (onderzoek, { $total })
werk-col-professionals = Professionals (onderzoek, { $total })

## Het venster in het spel
key-werksessie = Werksessie: opening, tekenen, perspectieven, processen, praatplaat en placemat
werk-title = Werksessie
werk-tab-opening = Opening
werk-tab-drawing = Tekenen
werk-tab-perspectives = Perspectieven
werk-tab-processes = Processen
werk-tab-praatplaat = Praatplaat
werk-tab-placemat = Placemat
werk-opening-intro = Stemmen met de voeten: ieder gaat staan bij het antwoord dat past. Tel en klik, of typ het aantal.
werk-no-polls = Dit scenario heeft geen stellingen of vragen voor de opening.
werk-minus = − 1
werk-plus = + 1
werk-praatplaat-intro = Tien vragen voor de praktijk van integraal werken, in vier thema's. Kies de vragen voor het gesprek; wat je kiest komt in het verslag.
werk-picked = gekozen
werk-none-picked = Nog geen vraag gekozen: klik op een vraag in de lijst.
werk-placemat-intro = Groepjes van 4 à 5. Ieder vult eerst zelf een hoek van de placemat in; daarna zet de groep samen in het midden wat zij delen. Typ per groep dat gezamenlijke antwoord.
werk-group = Groep { $group }
werk-add-group = + groep
werk-save = Bewaar
werk-saved = bewaard
werk-harde-knip = Harde knip bij 18
werk-harde-knip-explain = Deze steun stopt op de dag dat { $name } 18 wordt, ook als de vraag gewoon blijft.

## Theorie
werk-perspectives = Drie perspectieven op integraliteit
werk-perspectives-source = Naar Arum e.a. (2018), Wat werkt bij integraal werken in de wijk.
werk-perspective-klant-title = Vanuit de cliënt
werk-perspective-klant = Eén samenhangende aanpak die al haar leefgebieden meeneemt: het geheel van haar vragen, niet één loket tegelijk.
werk-perspective-organisatie-title = Vanuit de organisatie
werk-perspective-organisatie = Professionals en organisaties werken samen en stemmen hun processen af, zodat er één gezamenlijk plan komt.
werk-perspective-methodisch-title = Vanuit de methode
werk-perspective-methodisch = Verschillende deskundigheden en werkwijzen worden op elkaar afgestemd tot één plan voor en met de cliënt.
werk-processes = Drie soorten processen
werk-process-herstel = Gericht op herstel
werk-process-verbetering = Continue verbetering
werk-process-chronisch = Chronisch
werk-process-row-doel = Waar het om gaat
werk-process-doel-herstel = Ziekte genezen, probleem oplossen
werk-process-doel-verbetering = Beperking kleiner maken, erger voorkomen
werk-process-doel-chronisch = Leven met de beperking; die hoort bij wie je bent
werk-process-row-redeneren = Manier van redeneren
werk-process-redeneren-herstel = Klinisch (medisch model)
werk-process-redeneren-verbetering = Klinisch (medisch model)
werk-process-redeneren-chronisch = OER-redeneren (OER-model)
werk-process-row-proces = Het proces voor de cliënt
werk-process-proces-herstel = Lineair, met een einde
werk-process-proces-verbetering = Een spiraal: steeds een ronde verder
werk-process-proces-chronisch = Zonder einde (lemniscaat)
werk-process-row-overeenstemming = Hoe je het eens wordt
werk-process-overeenstemming-herstel = Toestemming na uitleg (informed consent)
werk-process-overeenstemming-verbetering = Samen beslissen over de behandeling (shared decision-making)
werk-process-overeenstemming-chronisch = Samen afspraken maken over wat, hoe, wanneer, waar en met wie
werk-process-row-icf = Aangrijpingspunt (ICF)
werk-process-icf-herstel = Stoornis
werk-process-icf-verbetering = Beperking
werk-process-icf-chronisch = Participatie
werk-process-row-vertrekpunt = Waar de professional begint
werk-process-vertrekpunt-herstel = Diagnose van ziekte of probleem
werk-process-vertrekpunt-verbetering = Diagnose van de gevolgen
werk-process-vertrekpunt-chronisch = Wensen en vragen in kaart brengen
werk-process-row-eindpunt = Waar het eindigt
werk-process-eindpunt-herstel = Hersteld, of niet?
werk-process-eindpunt-verbetering = De voortgang evalueren
werk-process-eindpunt-chronisch = Merken waar het van de afspraken afwijkt
werk-process-row-oorzaak = De oorzaak
werk-process-oorzaak-herstel = Gaat over
werk-process-oorzaak-verbetering = Gaat meestal niet over; de gevolgen worden aangepakt
werk-process-oorzaak-chronisch = Blijft, of wordt erger
werk-process-row-weten = Wie het weet
werk-process-weten-herstel = De professional: kennis van ziekten en problemen
werk-process-weten-verbetering = De professional: kennis van hun gevolgen
werk-process-weten-chronisch = De cliënt: kennis van wat zij wil

## Praatplaat: tien vragen in vier thema's
werk-theme-levels = Op alle niveaus
werk-theme-practice = Inrichting van de uitvoering
werk-theme-collaboration = Samenwerking tussen professionals
werk-theme-client = De cliënt centraal
werk-praat-visie-title = Beleid, management en uitvoering in samenhang
werk-praat-visie = Delen beleid, management en uitvoering één visie, en komen signalen uit de praktijk terug in beleid en richtlijnen?
werk-praat-opdrachten-title = Botsende opdrachten
werk-praat-opdrachten = Werk je met anderen voor één huishouden vanuit verschillende opdrachten? Wat helpt om toch één lijn te kiezen?
werk-praat-verandering-title = Openstaan voor verandering
werk-praat-verandering = Weet iedereen wat de verandering vraagt, wordt ze gedragen, en wat heb jij nodig om anders te kunnen werken?
werk-praat-regie-title = Regie voeren
werk-praat-regie = Is afgesproken wie wanneer de regie heeft en wat dat inhoudt? En wat betekent het voor jouw rol als een ander de regie heeft?
werk-praat-levensbreed-title = Vraagverheldering over alle leefgebieden
werk-praat-levensbreed = Hoe verken je of er op andere leefgebieden ook iets speelt, ook als de vraag enkelvoudig lijkt? Doen jullie dat op een gedeelde manier?
werk-praat-kennen-title = Bekend maakt bemind
werk-praat-kennen = Ken je je samenwerkingspartners, hun rol en hun vak goed genoeg om samen de inwoner zo goed mogelijk te helpen?
werk-praat-tijd-title = Samenwerken kost tijd
werk-praat-tijd = Krijg en neem je de tijd om de werkwijze van een ander te leren kennen en samen casussen te bespreken?
werk-praat-grenzen-title = Je eigen expertise en haar grenzen
werk-praat-grenzen = Weet je wat je zelf kunt, en durf je op tijd een collega of andere deskundigheid erbij te vragen?
werk-praat-invloed-title = Invloed van de cliënt
werk-praat-invloed = Hoe houdt de cliënt zelf het stuur, in plaats van vooral alle hulpverleners te woord te staan?
werk-praat-maatwerk-title = Oplossing op maat
werk-praat-maatwerk = Hoe kom je samen met de inwoner tot steun die past, en wat doe je als haar wensen botsen met jouw professionele oordeel?

## Placemat
werk-placemat-opdracht = Wat betekent wat je vandaag zag voor de opdracht om integraal te werken?
werk-placemat-definitie = Wat betekent het voor hoe je integraal werken omschrijft?
werk-placemat-professionaliteit = Wat betekent het voor je eigen vakmanschap?
werk-placemat-complexiteit = Hoe ga je om met de paradox van complexiteitsreductie: eenvoud zoeken in iets wat ingewikkeld is en blijft?

## Verslag
report-drawing = Tekenopdracht: beelden van integraal werken
report-praatplaat = Praatplaat: gekozen vragen
report-placemat = Placemat
