# Samenspel — de analyse in woorden: knelpunten, samenhang, balans, verandering.
# Teksten uit een scenario (namen, behoeften, redenen) komen binnen als variabelen.

list-and = { $rest } en { $last }

analysis-token = { $who } ({ $what })
analysis-nothing = niets
analysis-start = Begin

analysis-gap-unserved-need = Behoefte zonder steun
analysis-gap-ended-support = Steun weggevallen
analysis-gap-only-professional = Alleen professionals
analysis-gap-fragmentation = Ieder zijn eigen plan
analysis-gap-colliding-assignments = Botsende opdrachten

analysis-unserved-need = Niemand op het bord helpt { $name } met "{ $need }" ({ $domain }).
analysis-ended-support = Door "{ $event }" stopt { $token } in { $domain } ({ $reason }). Er komt niets voor in de plaats.
analysis-ended-support-open = Door "{ $event }" stopt { $token } in { $domain } ({ $reason }). Niemand neemt het over: { $open } blijft liggen.
analysis-ended-support-knip = Harde knip bij 18: door "{ $event }" stopt { $token } in { $domain } ({ $reason }). Er komt niets voor in de plaats.
analysis-ended-support-knip-open = Harde knip bij 18: door "{ $event }" stopt { $token } in { $domain } ({ $reason }). Niemand neemt het over: { $open } blijft liggen.
analysis-only-professional = { $domain } rust alleen op professionals ({ $who }). Niets uit de eigen kracht of het netwerk van { $name }: wat gebeurt er als hun hulp stopt?
analysis-fragmentation = In { $domain } werken { $who } zonder lijntje met elkaar: { $islands } aparte eilandjes, ieder met een eigen plan. { $name } moet het zelf verbinden.
analysis-side = { $role } ("{ $why }")
analysis-colliding-assignments = Bij { $domain } trekken opdrachten tegen elkaar in. Vooruit willen: { $push }. Eerst rust willen: { $hold }.

analysis-image-centre = Samenhang met een centrum
analysis-image-centre-meaning = Alle lijnen lopen naar het midden; de helpers onderling hebben weinig of geen contact. Staat de persoon zelf in het midden, dan houdt zij het geheel bij elkaar: zij spreekt iedereen, en wat niet op elkaar aansluit moet zij zelf rechtzetten. Alle cliënten in het onderzoek die samenhang tekenden, tekenden dit beeld, met zichzelf in het midden. { analysis-image-drawn }
analysis-image-web = Spinnenweb
analysis-image-web-meaning = Lijnen naar het midden én tussen de helpers onderling. Voor de persoon in het midden: de helpers stemmen ook zonder haar af; dat scheelt haar werk, maar kan ook haar eigen regie kleiner maken. Het beeld dat professionals het vaakst tekenden (ongeveer 30%); geen cliënt tekende het. { analysis-image-drawn }
analysis-image-cross = Dwarsverbanden zonder centrum
analysis-image-cross-meaning = De helpers werken met elkaar, maar waar de persoon zelf staat is onduidelijk: in het midden, aan de rand of niet in beeld. Voor haar: er wordt over haar afgestemd, niet per se met haar. { analysis-image-drawn }
analysis-image-none = Geen samenhang
analysis-image-none-meaning = Losse eenheden hulp zonder verbinding: chaos. Voor de persoon: niemand overziet het geheel, en zij zoekt zelf uit wie wat doet. Cliënten tekenden dit het vaakst; geen professional tekende het. { analysis-image-drawn }
analysis-image-shells = Schillen
analysis-image-shells-meaning = Steun als lagen om de persoon: eerst het eigen netwerk, daaromheen de professionals. Voor haar: wie het dichtst bij staat, helpt eerst; professionals komen erbij waar dat niet genoeg is. Schillen ogen steviger dan losse lijnen, die kunnen breken. { analysis-image-drawn }
analysis-image-hub = Los van de cliënt, met een verbinder
analysis-image-hub-meaning = Eén helper verbindt alle andere hulp met de persoon; de anderen hebben geen eigen lijn met haar. Voor haar: één vast aanspreekpunt, waar cliënten om vroegen, maar het samenwerken gebeurt buiten haar om. { analysis-image-drawn }
analysis-image-drawn = In het onderzoek van de Werkplaatsen Sociaal Domein (2018) tekenden { $clients } van de { $clients_total } cliënten en { $professionals } van de { $professionals_total } professionals dit beeld.

analysis-regisseur = Regisseur: { $who }.
analysis-no-regisseur = Er is geen regisseur.
analysis-regisseur-self = { $name } heeft zelf de regie.
analysis-described-loose = De lijnen vormen vooral losse stukjes
analysis-described-partly = De lijnen vormen deels een geheel
analysis-described-whole = De lijnen vormen grotendeels één geheel
analysis-coherence = Beeld: { $image }. { $meaning } Van de { $helpers } { $helpers ->
        [1] helper
       *[other] helpers
    } heeft { $centre } een lijn met { $name } of de regisseur en { $cross } een lijn met een andere helper; samen vormen ze { $groups } { $groups ->
        [1] groep
       *[other] losse groepen
    }. { $regisseur } { $described } (samenhangmaat { $score } tussen 0 en 1: een beschrijving van de lijnen, geen cijfer; in dit spel wint of verliest niemand).

analysis-score-rule = De samenhangscore (0–1) telt vier dingen op: 35% het deel van de helpers met een lijn naar de persoon of de regisseur; 35% het deel van de helpers in de grootste verbonden groep van minstens twee (lijnen via de persoon tellen niet mee); 20% een regisseur (helemaal als de persoon zelf de regie heeft of de regisseur een lijn met haar heeft, de helft zonder die lijn); 10% het deel van de lijnen zonder spanning. Spanningslijnen tellen niet als samenhang. De maat beschrijft het bord; het is geen cijfer, en meer lijnen is niet altijd beter: te veel verbinding kan iemand haar eigen regie afnemen.

analysis-balance-empty = Er ligt nog geen steun op het bord.
analysis-balance-heavy = { $share } van de steun is professioneel: de balans ligt aan de zware kant van het participatiecontinuüm. Wat kunnen eigen kracht en netwerk dragen?
analysis-balance-light = Maar { $share } van de steun is professioneel: eigen kracht en netwerk dragen het meeste. Houden ze dat vol?
analysis-balance-middle = { $share } van de steun is professioneel; eigen kracht en netwerk dragen de rest.

# Wat voor verandering een beleidsvariant is.
variant-kind-room-in-law = Ruimte die de wet nu al geeft
variant-kind-new-rule = Een nieuwe regel
variant-kind-way-of-working = Een manier van werken

analysis-change = Weg: { $lost }. Erbij: { $added }. Nieuwe behoeften: { $needs }. { $opened } knelpunten ontstaan, { $closed } opgelost. Samenhang van { $score_before } ({ $image_before }) naar { $score_after } ({ $image_after }).

# Toevoegingen aan een bevinding: spanningslijnen bij naam, veranderde knelpunten, en de
# zelfredzaamheid (ZRM) die verschoof. { $text } is de bevinding zelf.
analysis-with-tension = { $text } Spanning tussen: { $pairs }.
analysis-tension-pair = { $a } – { $b }
analysis-with-changed = { $text } { $changed ->
        [1] Eén knelpunt is gebleven maar veranderd
       *[other] { $changed } knelpunten zijn gebleven maar veranderd
    }: andere kaarten of rollen.
analysis-with-levels = { $text } Zelfredzaamheid (ZRM): { $levels }.
analysis-level-change = { $domain } van { $before } naar { $after }
analysis-level = { $number } ({ $label })
analysis-level-none = niet ingeschat

# Standaard reflectierondes (zaadje 004); { $naam } wordt de naam van de persona.
round-gesteund-title = Voelt { $naam } zich gesteund?
round-gesteund-q1 = { $naam }, voel je je gesteund? Door wie wel, door wie niet?
round-gesteund-q2 = Wat kan { $naam } zelf, en waar staat dat op het bord?
round-wat-valt-op-title = Wat valt op?
round-wat-valt-op-q1 = Wat gaat goed?
round-wat-valt-op-q2 = Wat ontbreekt er? Welke leefgebieden hangen alleen aan professionals?
round-wie-met-wie-title = Wie werkt met wie?
round-wie-met-wie-q1 = Wie heeft contact met wie? Wie werkt echt samen?
round-wie-met-wie-q2 = Is er één regisseur? Weet iedereen wie dat is?
round-wie-met-wie-q3 = Is de steun op elkaar afgestemd?
round-zelf-regie-title = Heeft { $naam } zelf de regie?
round-zelf-regie-q1 = Wie beslist over de hulp: { $naam } zelf, of iemand anders? Kan { $naam } haar eigen regisseur zijn, en wat heeft ze daarvoor nodig?
round-zelf-regie-q2 = Helpen al die lijntjes { $naam }, of nemen ze haar iets uit handen dat ze zelf kan?
round-botsende-opdrachten-title = Botsende opdrachten
round-botsende-opdrachten-q1 = Welke opdrachten trekken aan { $naam } in een andere richting?
round-botsende-opdrachten-q2 = Wie beslist dan wat voorgaat? Praat { $naam } daarover mee?
round-verandering-title = Wat veranderde er?
round-verandering-q1 = Wat viel er weg, en wie vangt dat op?
round-verandering-q2 = Welke nieuwe vragen kwamen er, en bij wie kan { $naam } daarmee terecht?
round-toestemming-title = Wie mag nog meepraten nu { $naam } volwassen is?
round-toestemming-q1 = Vanaf 18 beslist { $naam } zelf wie over haar meepraat en wat er gedeeld wordt. Wie aan tafel heeft haar dat gevraagd?
round-toestemming-q2 = Wil ze haar ouders, haar mentor of de jeugdhulp er nog bij? Wat verandert er als ze nee zegt?
round-meenemen-title = Herkenning en meenemen
round-meenemen-q1 = Wat herken je uit je eigen praktijk?
round-meenemen-q2 = Welk inzicht neem je mee naar huis? Schrijf het op een post-it.
