# Samenspel — report.

report-report = verslag
report-years = jaar
report-variant = Beleidsvariant
report-reflection = Reflectie
report-other-notes = Overige notities
report-polls = Stemmen met de voeten
report-agree = eens
report-disagree = oneens
report-observation = Observatie
report-meet = Kennismaken met
report-legend = × = weggevallen steun, R = regisseur, rode naam = behoefte zonder steun
report-made-with = gemaakt met de digitale Participatiewiel Samenspel
report-journal = Wie deed wat
report-journal-place = legde steun: { $who }
report-journal-edit = paste steun aan: { $who }
report-journal-move = verplaatste { $who }
report-journal-remove = haalde weg: { $who }
report-journal-link = trok een lijn vanaf { $who }
report-journal-unlink = haalde een lijn weg vanaf { $who }
report-journal-vote = stemde
report-journal-lay = legde een startkaart: { $who }
report-journal-observe = scoorde: { $who }
report-journal-note = post-it: { $who }
report-journal-other = deed iets anders
