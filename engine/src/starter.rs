//! `samenspel new NAME`: a small, commented starter scenario that passes `check`, for an
//! author to grow into a real persona (see docs/scenario-format.md).

/// A file-name-safe id for a persona name: "Anne-Fleur de Vries" → "anne_fleur_de_vries".
pub fn slug(name: &str) -> String {
    let mut out = String::new();
    for c in name.trim().chars().flat_map(char::to_lowercase) {
        let c = match c {
            'á' | 'à' | 'ä' | 'â' => 'a',
            'é' | 'è' | 'ë' | 'ê' => 'e',
            'í' | 'ì' | 'ï' | 'î' => 'i',
            'ó' | 'ò' | 'ö' | 'ô' => 'o',
            'ú' | 'ù' | 'ü' | 'û' => 'u',
            c => c,
        };
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('_') && !out.is_empty() {
            out.push('_');
        }
    }
    let out = out.trim_end_matches('_').to_string();
    if out.is_empty() {
        "persona".to_string()
    } else {
        out
    }
}

/// The starter scenario for a persona called `name`.
pub fn starter_scenario(name: &str) -> String {
    let clean: String = name
        .chars()
        .filter(|c| *c != '"' && *c != '\\' && !c.is_control())
        .collect();
    let clean = if clean.trim().is_empty() {
        "Persona".to_string()
    } else {
        clean.trim().to_string()
    };
    TEMPLATE
        .replace("{ID}", &slug(&clean))
        .replace("{NAME}", &clean)
}

const TEMPLATE: &str = r#"// A new Samenspel scenario for {NAME}.
// Fill in the parts marked TODO, then run:  samenspel check {ID}.ron
// The format, with every field explained: docs/scenario-format.md
(
    id: "{ID}",
    title: (nl: "{NAME}", en: "{NAME}"),
    // One line for the start screen: who and what is going on.
    summary: (nl: "TODO: één zin over de situatie van {NAME}.", en: "TODO: one line about {NAME}'s situation."),

    persona: (
        name: "{NAME}",
        age: 30,
        // Who is {NAME}? Tell it as an interview: questions and answers in the first person.
        interview: [
            (
                question: (nl: "Wie ben je?", en: "Who are you?"),
                answer: (nl: "TODO: vertel in de ik-vorm wie je bent.", en: "TODO: tell who you are."),
            ),
        ],
        // Her or his own goals, in their own words, each in a life domain.
        goals: [
            (id: "eigen_doel", domain: "werk", text: (nl: "TODO: een eigen doel", en: "TODO: an own goal")),
        ],
        // Zelfredzaamheid per domain: AcuutProbleem, NietZelfredzaam, BeperktZelfredzaam,
        // VoldoendeZelfredzaam or VolledigZelfredzaam.
        self_reliance: [
            (domain: "werk", level: BeperktZelfredzaam),
            (domain: "sociaal", level: VoldoendeZelfredzaam),
        ],
    ),

    // The sectors of the wheel.
    domains: [
        (id: "werk", name: (nl: "Werk", en: "Work")),
        (id: "inkomen", name: (nl: "Inkomen", en: "Income")),
        (id: "sociaal", name: (nl: "Sociale contacten", en: "Social contacts")),
    ],

    // The four rings, inside out. Keep all four; you may rename them.
    rings: [
        (id: "eigen_kracht", kind: EigenKracht, name: (nl: "Eigen kracht", en: "Own strength")),
        (id: "informeel", kind: Informeel, name: (nl: "Informeel netwerk", en: "Informal network")),
        (id: "gemeente", kind: Gemeente, name: (nl: "Professioneel – gemeente", en: "Professional – municipality")),
        (id: "rijk", kind: Rijk, name: (nl: "Professioneel – provincie/rijk", en: "Professional – province/national")),
    ],

    // Who plays what. `rings` limits where a role may place support (empty = anywhere);
    // `agenda` says what a role pushes for (Push) or wants to wait with (Hold).
    roles: [
        (id: "persona", name: (nl: "{NAME} zelf", en: "{NAME}"), assignment: (nl: "Jij bent {NAME}. Zeg wat je nodig hebt.", en: "You are {NAME}. Say what you need."), rings: ["eigen_kracht"]),
        (id: "vriend", name: (nl: "Vriend", en: "Friend"), assignment: (nl: "Je bent een goede vriend van {NAME}.", en: "You are a good friend of {NAME}."), rings: ["informeel"]),
        (
            id: "consulent",
            name: (nl: "Participatieconsulent", en: "Participation consultant"),
            assignment: (nl: "Je helpt {NAME} zo snel mogelijk aan werk.", en: "You help {NAME} into work as fast as possible."),
            rings: ["gemeente"],
            agenda: [(domain: "werk", stance: Push, why: (nl: "werk eerst", en: "work first"))],
        ),
    ],

    // What {NAME} needs now. Tokens serve needs and goals through `serves`.
    needs: [
        (id: "rondkomen", domain: "inkomen", text: (nl: "Rond kunnen komen", en: "Making ends meet")),
    ],

    board: (
        tokens: [
            (id: "zelf_sport", role: "persona", domain: "sociaal", ring: "eigen_kracht", who: (nl: "{NAME}", en: "{NAME}"), what: (nl: "sport twee keer per week", en: "does sport twice a week")),
            (id: "vriend_steun", role: "vriend", domain: "sociaal", ring: "informeel", who: (nl: "Vriend", en: "Friend"), what: (nl: "luistert", en: "listens"), frequency: (nl: "wekelijks", en: "weekly")),
            (id: "uitkering", role: "consulent", domain: "inkomen", ring: "gemeente", who: (nl: "Gemeente", en: "Municipality"), what: (nl: "bijstandsuitkering", en: "social assistance"), law: "Participatiewet", financial: true, serves: ["rondkomen"]),
        ],
        // Lines between tokens (or to "persona"): WorksTogether, Contact or Tension.
        links: [
            (from: "vriend_steun", to: "persona", kind: Contact),
        ],
    ),

    // What happens. Scheduled events play in order; Deck events are drawn at random.
    events: [
        (
            id: "nieuwe_baan",
            title: (nl: "{NAME} vindt werk", en: "{NAME} finds work"),
            description: (nl: "TODO: wat verandert er?", en: "TODO: what changes?"),
            when: Scheduled,
            effects: [
                EndToken(token: "uitkering", reason: (nl: "inkomen uit werk", en: "income from work")),
                AddNeed((id: "werk_en_rust", domain: "werk", text: (nl: "Werk volhouden", en: "Keeping up with work"))),
            ],
        ),
    ],

    // Policy variants: a change of rules, not of story.
    variants: [
        (
            id: "jobcoach",
            name: (nl: "Jobcoach vanaf de start", en: "Job coach from the start"),
            // RoomInLaw (the law already allows it), NewRule or WayOfWorking.
            kind: RoomInLaw,
            description: (nl: "De gemeente zet meteen een jobcoach in.", en: "The municipality assigns a job coach at once."),
            start: [
                AddToken((id: "jobcoach", role: "consulent", domain: "werk", ring: "gemeente", who: (nl: "Jobcoach", en: "Job coach"), what: (nl: "begeleidt op het werk", en: "coaches at work"), law: "Participatiewet", serves: ["eigen_doel", "werk_en_rust"])),
            ],
        ),
    ],

    // "Stemmen met de voeten": statements the room responds to.
    polls: [
        (id: "stelling_1", statement: (nl: "TODO: een stelling voor de zaal", en: "TODO: a statement for the room")),
    ],
)
"#;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_file_safe() {
        assert_eq!(slug("Anne-Fleur de Vries"), "anne_fleur_de_vries");
        assert_eq!(slug("Loïs"), "lois");
        assert_eq!(slug("  "), "persona");
        assert_eq!(slug("../../etc"), "etc");
    }

    #[test]
    fn the_starter_passes_validation() {
        for name in ["Sam", "Anne-Fleur \"de\" Vries", "Zoë"] {
            let text = starter_scenario(name);
            crate::load::scenario_from_str("new.ron", &text, None)
                .unwrap_or_else(|p| panic!("{name}: {p}"));
        }
    }
}
