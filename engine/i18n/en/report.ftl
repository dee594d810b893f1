# Samenspel — report.

report-report = report
report-years = years
report-variant = Policy variant
report-reflection = Reflection
report-other-notes = Other notes
report-polls = Voting with your feet
report-agree = agree
report-disagree = disagree
report-observation = Observation
report-meet = Meet
report-legend = × = ended support, R = regisseur, red name = need without support
report-made-with = made with the digital Participatiewiel Samenspel
