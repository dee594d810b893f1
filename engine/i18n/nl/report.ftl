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
