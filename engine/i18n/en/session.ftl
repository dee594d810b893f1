# Samenspel — why the rules refuse an action, and the steps of a session.

session-unknown-variant = unknown variant "{ $variant }"; known: { $known }
session-board-steps = players lay support and draw lines in steps 2 and 3
session-reflection-step = votes and post-its belong to step 4
session-facilitator-only = that is for the facilitator (key 0)
session-not-your-card = this card belongs to { $role }; choose that role (or the facilitator) to change it
session-locked = the board is locked; unlock it first
session-missing-id = a token needs an id
session-duplicate-token = a token with id "{ $token }" is already on the board
session-unknown-token = no token "{ $token }" on the board
session-role-change = a token keeps its role
session-self-link = a link joins two different tokens
session-no-link = there is no link between "{ $from }" and "{ $to }"
session-last-step = this is the last step
session-first-step = this is the first step
session-unknown-event = unknown event "{ $event }"
session-already-happened = "{ $event }" has already happened
session-deck-empty = the event deck is empty
session-unknown-poll = unknown statement "{ $poll }"
session-empty-note = an empty note
session-unknown-indicator = unknown indicator "{ $indicator }"
session-unknown-role = unknown role "{ $role }"
session-role-absent = { $role } is not taking part now
session-unknown-domain = unknown life domain "{ $domain }"
session-unknown-ring = unknown ring "{ $ring }"
session-ring-not-allowed = { $role } does not place support in the ring { $ring }

step-kennismaken = Meet the persona
step-situatie = The situation on the board
step-verandering = The situation changes
step-reflectie = Reflection

# The observation form: parts, themes, behaviour indicators and scores.
observe-theme-taak = Task orientation
observe-theme-doel = Goal orientation
observe-theme-band = Personal bond
observe-theme-visie = Team vision and goals
observe-theme-besluit = Shared decisions
observe-theme-conflict = Conflicts
observe-theme-steun = Team support
observe-theme-open = Open communication
observe-samen-plan = Looking for a plan together with the client
observe-afspraken-client = Making agreements with the client
observe-inbreng-client = Inviting the client to have a say
observe-taal-client = Using language the client understands
observe-eigen-doelen = Helping the client name her own goals
observe-vertrouwen-client = Saying you trust it will work out
observe-begrip = Responding with understanding and empathy
observe-luisteren-client = Listening and letting people finish
observe-balans-gesprek = The client gets as much room as the professionals
observe-uitgangspunten = Discussing what the collaboration rests on and where views differ
observe-expertise = Naming each person's expertise and contribution
observe-visies-vragen = Asking for everyone's view and ideas
observe-verschillen = Putting disagreements on the table
observe-rollen = Agreeing on roles, including who is regisseur
observe-afspraken-elkaar = Making agreements with each other
observe-samen-oplossen = Thinking up solutions together
observe-taken-overnemen = Taking over tasks from each other
observe-benoemen = Saying what you see, also when it is hard
observe-aanspreken = Holding each other to agreements
observe-onderbreken = Interrupting each other
observe-problemen-denken = Thinking in problems and limitations
observe-geen-rol = Not wanting a part in carrying out the plan
observe-part-alliance = Working alliance client – professional
observe-part-collaboration = Collaboration between professionals
observe-score-never = never
observe-score-sometimes = sometimes
observe-score-often = often
observe-score-always = always
observe-score-na = n/a

# The five levels of self-reliance.
level-1 = acute problem
level-2 = not self-reliant
level-3 = barely self-reliant
level-4 = sufficiently self-reliant
level-5 = fully self-reliant
