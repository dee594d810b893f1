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
report-journal = Who did what
report-journal-place = laid support: { $who }
report-journal-edit = changed support: { $who }
report-journal-move = moved { $who }
report-journal-remove = took away: { $who }
report-journal-link = drew a line from { $who }
report-journal-unlink = took away a line from { $who }
report-journal-vote = voted
report-journal-lay = laid a starting card: { $who }
report-journal-observe = scored: { $who }
report-journal-note = post-it: { $who }
report-journal-other = did something else
