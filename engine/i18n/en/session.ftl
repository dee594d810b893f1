# Samenspel — why the rules refuse an action, and the steps of a session.

session-unknown-variant = unknown variant "{ $variant }"; known: { $known }
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
