# Samenspel — the analysis in words: gaps, coherence, balance, change.
# Texts from a scenario (names, needs, reasons) come in as variables.

list-and = { $rest } and { $last }

analysis-token = { $who } ({ $what })
analysis-nothing = nothing
analysis-start = Start

analysis-gap-unserved-need = Need without support
analysis-gap-ended-support = Support ended
analysis-gap-only-professional = Only professionals
analysis-gap-fragmentation = Everyone their own plan
analysis-gap-colliding-assignments = Colliding assignments

analysis-unserved-need = Nobody on the board helps { $name } with "{ $need }" ({ $domain }).
analysis-ended-support = Because of "{ $event }", { $token } stops in { $domain } ({ $reason }). Nothing takes its place.
analysis-ended-support-open = Because of "{ $event }", { $token } stops in { $domain } ({ $reason }). Nobody takes over: { $open } is left undone.
analysis-ended-support-knip = Harde knip at 18: because of "{ $event }", { $token } stops in { $domain } ({ $reason }). Nothing takes its place.
analysis-ended-support-knip-open = Harde knip at 18: because of "{ $event }", { $token } stops in { $domain } ({ $reason }). Nobody takes over: { $open } is left undone.
analysis-only-professional = { $domain } rests on professionals only ({ $who }). Nothing from { $name }'s own strength or network: what happens when their help stops?
analysis-fragmentation = In { $domain }, { $who } work without a line between them: { $islands } separate islands, each with its own plan. { $name } has to connect them herself.
analysis-side = { $role } ("{ $why }")
analysis-colliding-assignments = On { $domain }, assignments pull against each other. Wanting progress: { $push }. Wanting it to wait: { $hold }.

analysis-image-centre = Coherence around a centre
analysis-image-centre-meaning = All lines run to the centre; the helpers have little or no contact with each other. When the person herself is in the centre, she holds the whole together: she talks to everyone, and where things do not fit she has to put them right herself. Every client in the study who drew coherence drew this image, with herself in the centre. { analysis-image-drawn }
analysis-image-web = Spider's web
analysis-image-web-meaning = Lines to the centre and between the helpers. For the person in the centre: the helpers also attune without her; that saves her work, but can also shrink her own say. The image professionals drew most (about 30%); no client drew it. { analysis-image-drawn }
analysis-image-cross = Cross-links without a centre
analysis-image-cross-meaning = The helpers work with each other, but where the person herself stands is unclear: in the middle, at the edge or out of the picture. For her: they attune about her, not necessarily with her. { analysis-image-drawn }
analysis-image-none = No coherence
analysis-image-none-meaning = Loose units of help without connection: chaos. For the person: nobody oversees the whole, and she works out herself who does what. Clients drew this most often; no professional drew it. { analysis-image-drawn }
analysis-image-shells = Shells
analysis-image-shells-meaning = Support as layers around the person: her own network first, professionals around it. For her: those closest help first; professionals come in where that is not enough. Shells look sturdier than loose lines, which can break. { analysis-image-drawn }
analysis-image-hub = Apart from the client, with a connector
analysis-image-hub-meaning = One helper connects all other help with the person; the others have no line of their own to her. For her: one fixed point of contact, which clients asked for, but the working together happens without her. { analysis-image-drawn }
analysis-image-drawn = In the study by the Werkplaatsen Sociaal Domein (2018), { $clients } of the { $clients_total } clients and { $professionals } of the { $professionals_total } professionals drew this image.

analysis-regisseur = Regisseur: { $who }.
analysis-no-regisseur = There is no regisseur.
analysis-regisseur-self = { $name } has the regie herself.
analysis-described-loose = The lines form mostly loose pieces
analysis-described-partly = The lines form partly one whole
analysis-described-whole = The lines form mostly one whole
analysis-coherence = Image: { $image }. { $meaning } Of the { $helpers } { $helpers ->
        [1] helper
       *[other] helpers
    }, { $centre } have a line to { $name } or the regisseur and { $cross } a line to another helper; together they form { $groups } { $groups ->
        [1] group
       *[other] separate groups
    }. { $regisseur } { $described } (coherence measure { $score } between 0 and 1: a description of the lines, not a grade; in this game nobody wins or loses).

analysis-score-rule = The coherence score (0–1) adds up four things: 35% the share of helpers with a line to the person or the regisseur; 35% the share of helpers in the largest connected group of at least two (lines through the person do not count); 20% a regisseur (in full when the person has the regie herself or the regisseur has a line to her, half without that line); 10% the share of lines without tension. Tension lines do not count as coherence. The measure describes the board; it is not a grade, and more lines is not always better: too much connection can take away her own regie.

analysis-balance-empty = There is no support on the board yet.
analysis-balance-heavy = { $share } of the support is professional: the balance sits at the heavy end of the participation continuum. What could her own strength and network carry?
analysis-balance-light = Only { $share } of the support is professional: her own strength and network carry most. Can they keep it up?
analysis-balance-middle = { $share } of the support is professional; her own strength and network carry the rest.

# What kind of change a policy variant is.
variant-kind-room-in-law = Room the law already gives
variant-kind-new-rule = A new rule
variant-kind-way-of-working = A way of working

analysis-change = Gone: { $lost }. Added: { $added }. New needs: { $needs }. { $opened } gaps opened, { $closed } closed. Coherence from { $score_before } ({ $image_before }) to { $score_after } ({ $image_after }).

# Additions to a finding: tension lines by name, changed gaps, and the self-reliance
# (ZRM) that moved. { $text } is the finding itself.
analysis-with-tension = { $text } Tension between: { $pairs }.
analysis-tension-pair = { $a } – { $b }
analysis-with-changed = { $text } { $changed ->
        [1] One gap stayed but changed
       *[other] { $changed } gaps stayed but changed
    }: other cards or roles.
analysis-with-levels = { $text } Self-reliance (ZRM): { $levels }.
analysis-level-change = { $domain } from { $before } to { $after }
analysis-level = { $number } ({ $label })
analysis-level-none = not assessed

# Default reflection rounds (seed 004); { $naam } becomes the persona's name.
round-gesteund-title = Does { $naam } feel supported?
round-gesteund-q1 = { $naam }, do you feel supported? By whom, and by whom not?
round-gesteund-q2 = What can { $naam } do herself, and where is that on the board?
round-wat-valt-op-title = What stands out?
round-wat-valt-op-q1 = What goes well?
round-wat-valt-op-q2 = What is missing? Which life domains hang on professionals alone?
round-wie-met-wie-title = Who works with whom?
round-wie-met-wie-q1 = Who is in contact with whom? Who really works together?
round-wie-met-wie-q2 = Is there one regisseur? Does everyone know who it is?
round-wie-met-wie-q3 = Is the support attuned?
round-zelf-regie-title = Does { $naam } have the regie herself?
round-zelf-regie-q1 = Who decides about the help: { $naam } herself, or someone else? Can { $naam } be her own regisseur, and what does she need for that?
round-zelf-regie-q2 = Do all those lines help { $naam }, or do they take something out of her hands that she can do herself?
round-botsende-opdrachten-title = Colliding assignments
round-botsende-opdrachten-q1 = Which assignments pull { $naam } different ways?
round-botsende-opdrachten-q2 = Who decides what comes first? Does { $naam } have a say?
round-verandering-title = What changed?
round-verandering-q1 = What fell away, and who catches it?
round-verandering-q2 = Which new questions came up, and where can { $naam } go with them?
round-toestemming-title = Who may still have a say now that { $naam } is an adult?
round-toestemming-q1 = From 18, { $naam } decides herself who talks about her and what is shared. Who at the table has asked her?
round-toestemming-q2 = Does she still want her parents, her mentor or youth care involved? What changes if she says no?
round-meenemen-title = Recognition and take-home
round-meenemen-q1 = What do you recognise from your own practice?
round-meenemen-q2 = Which insight do you take home? Write it on a post-it.
