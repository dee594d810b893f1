# The long workshop around the wheel (seed 004): drawing exercise, theory, praatplaat, placemat.

## Drawing exercise
werk-drawing-process = Process (with or without a beginning and an end)
werk-drawing-tree = Tree
werk-drawing-other = Other
werk-drawing-none-yet = Nobody has picked an image yet. In the research, clients drew this most: { $clients }; professionals drew this most: { $professionals }.
werk-drawing-compare = In this room, drawings most often looked like: { $room } ({ $count } of { $total }). In the research, clients drew this most: { $clients }; professionals drew this most: { $professionals }.
werk-drawing-task = Draw on paper what integral work looks like to you.
werk-drawing-pick = Which image does your drawing look like? One click per drawing; go round the room.
werk-drawing-reflect = What did you notice while drawing? What struck you?
werk-col-image = Image
werk-col-room = This room
werk-col-clients = Clients (research, { $total })
werk-col-professionals = Professionals (research, { $total })

## The window in the game
key-werksessie = Workshop: opening, drawing, perspectives, processes, praatplaat and placemat
werk-title = Workshop
werk-tab-opening = Opening
werk-tab-drawing = Drawing
werk-tab-perspectives = Perspectives
werk-tab-processes = Processes
werk-tab-praatplaat = Praatplaat
werk-tab-placemat = Placemat
werk-opening-intro = Voting with your feet: everyone stands by the answer that fits. Count and click, or type the number.
werk-no-polls = This scenario has no statements or questions for the opening.
werk-minus = − 1
werk-plus = + 1
werk-praatplaat-intro = Ten questions for the practice of integral work, in four themes. Pick the questions for the conversation; what you pick goes into the report.
werk-picked = picked
werk-none-picked = No question picked yet: click a question in the list.
werk-placemat-intro = Groups of 4 or 5. Everyone first fills in a corner of the placemat alone; then the group writes in the middle what they share. Type each group's shared answer.
werk-group = Group { $group }
werk-add-group = + group
werk-save = Save
werk-saved = saved
werk-harde-knip = Harde knip at 18
werk-harde-knip-explain = This support stops on the day { $name } turns 18, even when the need simply goes on.

## Theory
werk-perspectives = Three perspectives on integrality
werk-perspectives-source = After Arum et al. (2018), What works in integral work in the neighbourhood.
werk-perspective-klant-title = From the client
werk-perspective-klant = One coherent approach that takes in all areas of her life: the whole of her questions, not one desk at a time.
werk-perspective-organisatie-title = From the organisation
werk-perspective-organisatie = Professionals and organisations work together and tune their processes, so that there is one shared plan.
werk-perspective-methodisch-title = From the method
werk-perspective-methodisch = Different kinds of expertise and ways of working are tuned to each other into one plan for and with the client.
werk-processes = Three kinds of process
werk-process-herstel = Aimed at recovery
werk-process-verbetering = Continuous improvement
werk-process-chronisch = Chronic
werk-process-row-doel = What it is about
werk-process-doel-herstel = Cure the illness, solve the problem
werk-process-doel-verbetering = Make the limitation smaller, keep it from getting worse
werk-process-doel-chronisch = Live with the limitation; it is part of who you are
werk-process-row-redeneren = Way of reasoning
werk-process-redeneren-herstel = Clinical (medical model)
werk-process-redeneren-verbetering = Clinical (medical model)
werk-process-redeneren-chronisch = OER reasoning (OER model)
werk-process-row-proces = The process for the client
werk-process-proces-herstel = Linear, with an end
werk-process-proces-verbetering = A spiral: one round further each time
werk-process-proces-chronisch = Without end (lemniscate)
werk-process-row-overeenstemming = How you come to agree
werk-process-overeenstemming-herstel = Consent after explanation (informed consent)
werk-process-overeenstemming-verbetering = Deciding on the treatment together (shared decision-making)
werk-process-overeenstemming-chronisch = Making agreements together on what, how, when, where and with whom
werk-process-row-icf = Point of action (ICF)
werk-process-icf-herstel = Impairment
werk-process-icf-verbetering = Limitation
werk-process-icf-chronisch = Participation
werk-process-row-vertrekpunt = Where the professional starts
werk-process-vertrekpunt-herstel = Diagnosing the illness or problem
werk-process-vertrekpunt-verbetering = Diagnosing its consequences
werk-process-vertrekpunt-chronisch = Mapping wishes and questions
werk-process-row-eindpunt = Where it ends
werk-process-eindpunt-herstel = Recovered, or not?
werk-process-eindpunt-verbetering = Evaluating progress
werk-process-eindpunt-chronisch = Noticing where things drift from the agreements
werk-process-row-oorzaak = The cause
werk-process-oorzaak-herstel = Goes away
werk-process-oorzaak-verbetering = Mostly stays; the consequences are dealt with
werk-process-oorzaak-chronisch = Stays, or gets worse
werk-process-row-weten = Who knows
werk-process-weten-herstel = The professional: knowledge of illnesses and problems
werk-process-weten-verbetering = The professional: knowledge of their consequences
werk-process-weten-chronisch = The client: knowledge of what she wants

## Praatplaat: ten questions in four themes
werk-theme-levels = On every level
werk-theme-practice = How the work is organised
werk-theme-collaboration = Collaboration between professionals
werk-theme-client = The client at the centre
werk-praat-visie-title = Policy, management and practice in step
werk-praat-visie = Do policy, management and practice share one vision, and do signals from practice find their way back into policy and guidelines?
werk-praat-opdrachten-title = Colliding assignments
werk-praat-opdrachten = Do you work with others for one household from different assignments? What helps to choose one line all the same?
werk-praat-verandering-title = Open to change
werk-praat-verandering = Does everyone know what the change asks, is it supported, and what do you need to be able to work differently?
werk-praat-regie-title = Holding the regie
werk-praat-regie = Is it agreed who holds the regie when, and what that means? And what does it mean for your role when someone else holds it?
werk-praat-levensbreed-title = Exploring the question across all areas of life
werk-praat-levensbreed = How do you find out whether something is going on in other areas of life too, even when the question seems simple? Do you do that in a shared way?
werk-praat-kennen-title = Knowing each other
werk-praat-kennen = Do you know your partners, their role and their craft well enough to help the resident as well as you can together?
werk-praat-tijd-title = Collaboration takes time
werk-praat-tijd = Do you get, and take, the time to learn how someone else works and to discuss cases together?
werk-praat-grenzen-title = Your own expertise and its limits
werk-praat-grenzen = Do you know what you can do yourself, and do you dare to call in a colleague or other expertise in time?
werk-praat-invloed-title = The client's influence
werk-praat-invloed = How does the client keep her own hands on the wheel, instead of mostly answering all her helpers?
werk-praat-maatwerk-title = A solution that fits
werk-praat-maatwerk = How do you arrive, with the resident, at support that fits, and what do you do when her wishes clash with your professional judgement?

## Placemat
werk-placemat-opdracht = What does what you saw today mean for the assignment to work integrally?
werk-placemat-definitie = What does it mean for how you describe integral work?
werk-placemat-professionaliteit = What does it mean for your own professional craft?
werk-placemat-complexiteit = How do you handle the paradox of reducing complexity: looking for simplicity in something that is and stays complicated?

## Report
report-drawing = Drawing exercise: images of integral work
report-praatplaat = Praatplaat: questions picked
report-placemat = Placemat
