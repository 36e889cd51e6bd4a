# ruff: noqa: E501
"""Extra NHS training for peer supporters placed in hospitals."""

NHS_CONFIDENTIALITY = {
    "slug": "nhs-confidentiality",
    "title": "NHS confidentiality",
    "category": "placement",
    "delivery": "online",
    "summary": "How patient information is protected in hospital, and what that means for you on the ward.",
    "estimated_minutes": 45,
    "validity_months": 24,
    "for_roles": ["Volunteer", "Supervisor"],
    "for_placements": ["hospital"],
    "prerequisites": [],
    "accreditation": "",
    "modules": [
        {
            "slug": "confidentiality-in-hospital",
            "title": "Confidentiality in hospital",
            "summary": "The rules that protect patient information, and how to follow them on a hospital placement.",
            "classroom_day": None,
            "lessons": [
                {
                    "slug": "why-patient-information-is-protected",
                    "title": "Why patient information is protected",
                    "estimated_minutes": 20,
                    "body": [
                        ("heading", "Trust depends on it"),
                        ("text", "When people go into hospital, they share very private things: their health, their worries, sometimes their alcohol or drug use. They do this because they trust that the information will be kept safe. If that trust is broken, people may stop telling staff the truth, or stop coming for help at all. For people who already feel judged about their use, this matters even more."),
                        ("heading", "The rules you work under"),
                        ("text", "Everyone in the NHS has a duty to keep patient information confidential. The law also protects personal information, through the UK General Data Protection Regulation (UK GDPR) and the Data Protection Act 2018. Health information counts as especially sensitive.\n\nWhen you volunteer in a hospital, you follow the hospital’s confidentiality rules as well as your own organisation’s. You may be asked to sign a confidentiality agreement before you start. Read it carefully and ask about anything you do not understand."),
                        ("heading", "Need to know"),
                        ("text", "A simple rule runs through NHS confidentiality: only share information with people who need it to help the patient, and only share as much as they need. Ask yourself:\n\n- Does this person need to know this to help the patient?\n- Could I share less and still help?\n- Does the patient know I am sharing it, and are they happy with it?\n\nIf you are not sure, do not share it. Ask the nurse in charge or your supervisor first."),
                        ("heading", "When confidentiality has limits"),
                        ("text", "Confidentiality is not the same as secrecy. If a patient tells you something that suggests they, a child or another adult may be at risk of serious harm, you must pass it on. Tell the nurse in charge straight away, and follow your organisation’s safeguarding procedure. Be honest with the patient about this from the start: “I’ll keep short notes, and I talk about my work with my supervisor. If I’m worried that you or someone else is at risk, I will have to tell the nurse in charge.”"),
                        ("callout", {"kind": "tip", "title": "When in doubt, ask", "text": "You will never be in trouble for checking before you share something. The nurse in charge and your supervisor would much rather you asked."}),
                        ("reflection", "Think about a time someone shared your private information without asking you. How did it feel? How will that shape the way you handle other people’s information?"),
                    ],
                    "quiz": None,
                },
                {
                    "slug": "confidentiality-on-the-ward",
                    "title": "Confidentiality on the ward",
                    "estimated_minutes": 20,
                    "body": [
                        ("heading", "Curtains are not walls"),
                        ("text", "Hospital wards are busy, crowded places. A curtain round a bed does not stop people hearing. Before you talk with a patient about anything personal, think about who else can hear. Keep your voice low. Ask the patient if they would like to move to a quieter room, if one is free. Never talk about patients in corridors, lifts, the canteen or the car park."),
                        ("heading", "Records, screens and boards"),
                        ("text", "You will not usually have access to patient records. Do not look at notes, screens, whiteboards or charts unless a member of staff has shown you something you need. If you see information by accident, do not share it or act on it. Never take photos on a ward, even of something harmless, because patients or their details may be in the picture."),
                        ("heading", "People you know"),
                        ("text", "In a local hospital, you may see someone you know: a neighbour, a friend, or someone from your recovery community. The fact that a person is in hospital is confidential in itself. Do not tell anyone else you saw them. If you know a patient you are asked to support, tell the nurse in charge or your supervisor, as it may be better for someone else to see them."),
                        ("heading", "Sharing with the ward team"),
                        ("text", "Peer support works best when you and the ward team work together. Explain to patients what you will share with staff and why. With their agreement, you can pass on things that will help their care. A worry about risk or safety is different: tell the nurse in charge and your supervisor straight away. They decide, case by case, what is shared further and with whom."),
                        ("heading", "Your notes and phone"),
                        ("text", "Write notes only on your organisation’s system. Do not keep patient names or details on your own phone, in texts or in paper notes you take home. Do not talk about patients on social media, even without names, because people can often work out who you mean."),
                        ("callout", {"kind": "warning", "title": "If something goes wrong", "text": "Lost notes, or information sent or shared wrongly? Tell the nurse in charge and your supervisor straight away. The sooner it is reported, the sooner it can be put right."}),
                        ("reflection", "Where on a ward might you be overheard? How could you make a conversation with a patient more private?"),
                    ],
                    "quiz": {
                        "pass_mark": 80,
                        "questions": [
                            {
                                "kind": "single",
                                "text": "What is the “need to know” rule?",
                                "options": [
                                    {"text": "Share only what helps the patient, with those who need it", "correct": True, "feedback": "Yes. Share the least you can, with the fewest people, for the right reason."},
                                    {"text": "Share everything with anyone who works at the hospital, as they are bound by the rules", "correct": False, "feedback": "Not quite. Working at the hospital does not mean someone needs to know."},
                                    {"text": "Never share anything with anyone", "correct": False, "feedback": "Not quite. Sharing the right things with the care team helps the patient, and risks must always be passed on."},
                                    {"text": "Share only with the patient’s family", "correct": False, "feedback": "Not quite. Families are not told things without the patient’s agreement."},
                                ],
                            },
                            {
                                "kind": "true_false",
                                "text": "A curtain round a hospital bed makes a conversation private.",
                                "options": [
                                    {"text": "True", "correct": False, "feedback": "This one is false. Curtains are not walls. Keep your voice low, or find a quieter room."},
                                    {"text": "False", "correct": True, "feedback": "Right. People nearby can still hear. Think about who might be listening."},
                                ],
                            },
                            {
                                "kind": "multiple",
                                "text": "Which of these would break patient confidentiality? Choose all that apply.",
                                "options": [
                                    {"text": "Telling a friend you saw your neighbour on the ward", "correct": True, "feedback": "Yes. The fact that someone is in hospital is confidential."},
                                    {"text": "Taking a photo on the ward", "correct": True, "feedback": "Yes. Patients or their details could be in the picture."},
                                    {"text": "Keeping patient names in texts on your own phone", "correct": True, "feedback": "Yes. Only use your organisation’s system."},
                                    {"text": "Telling the nurse in charge that a patient has talked about ending their life", "correct": False, "feedback": "No. Risk must always be shared straight away. This is the right thing to do."},
                                ],
                            },
                            {
                                "kind": "single",
                                "text": "You are asked to support a patient who turns out to be someone from your recovery group. What should you do?",
                                "options": [
                                    {"text": "Tell the rest of the group so they can visit", "correct": False, "feedback": "No. Their stay in hospital is confidential."},
                                    {"text": "Look at their notes to see how they are", "correct": False, "feedback": "No. You should not look at records unless staff show you something you need."},
                                    {"text": "Carry on, but keep it quiet that you know them", "correct": False, "feedback": "It is better to be open about it so the right decision can be made."},
                                    {"text": "Tell the nurse in charge or your supervisor", "correct": True, "feedback": "Yes. Knowing someone can make things awkward for both of you. Let others help decide."},
                                ],
                            },
                            {
                                "kind": "true_false",
                                "text": "If you accidentally send a patient’s details to the wrong person, you should report it straight away.",
                                "options": [
                                    {"text": "True", "correct": True, "feedback": "Right. Tell the nurse in charge and your supervisor straight away, so it can be put right."},
                                    {"text": "False", "correct": False, "feedback": "This one is true. Reporting quickly limits the harm. Everyone makes mistakes."},
                                ],
                            },
                        ],
                    },
                },
            ],
        },
    ],
}

NHS_HEALTH_AND_SAFETY = {
    "slug": "nhs-health-and-safety",
    "title": "NHS health and safety",
    "category": "placement",
    "delivery": "online",
    "summary": "How to keep yourself, patients and staff safe on a hospital placement, from hand washing to fire alarms.",
    "estimated_minutes": 45,
    "validity_months": 24,
    "for_roles": ["Volunteer", "Supervisor"],
    "for_placements": ["hospital"],
    "prerequisites": [],
    "accreditation": "",
    "modules": [
        {
            "slug": "staying-safe-in-hospital",
            "title": "Staying safe in hospital",
            "summary": "Preventing infection, and keeping safe on the wards and around the hospital.",
            "classroom_day": None,
            "lessons": [
                {
                    "slug": "preventing-infection",
                    "title": "Preventing infection",
                    "estimated_minutes": 20,
                    "body": [
                        ("heading", "Why it matters"),
                        ("text", "Many people in hospital are very unwell, and their bodies are less able to fight off infection. An illness that would give you a mild cold could make a patient much worse. People who have been drinking heavily or using drugs for a long time are often especially vulnerable. Simple habits from you help protect them."),
                        ("heading", "Clean hands"),
                        ("text", "Hands are the most common way that germs spread in hospital. Clean your hands:\n\n- when you arrive on a ward, and when you leave\n- before and after you spend time with a patient\n- after touching things around a patient’s bed\n- after using the toilet, and before eating\n\nUse the hand gel by the door or bed, or wash with soap and water. Use soap and water if your hands look dirty, or if staff tell you to, as gel does not kill every germ."),
                        ("heading", "Dress and personal habits"),
                        ("text", "Many wards ask everyone to be “bare below the elbows”. This means short sleeves or sleeves rolled up, no watch or bracelets, and no long nails. Follow the rules for your hospital. Cough or sneeze into a tissue, put it in the bin, then clean your hands. Do not sit on patients’ beds, and do not bring food or drink in for patients unless staff say it is okay."),
                        ("heading", "If you are unwell"),
                        ("text", "Do not come to the hospital if you are unwell with something that could spread, such as a fever, a cough, or sickness and diarrhoea. With sickness or diarrhoea, hospitals usually ask you to stay away until you have been free of symptoms for 48 hours. Let your supervisor know, and follow the hospital’s own rules."),
                        ("heading", "Signs on doors and protective equipment"),
                        ("text", "Some patients are kept in side rooms to stop an infection spreading. If there is a sign on a door, do not go in until you have spoken to a nurse. They will tell you whether you can go in and what you need to wear, such as gloves or an apron."),
                        ("callout", {"kind": "tip", "title": "Gel in, gel out", "text": "An easy habit to remember: clean your hands every time you go into a ward or a patient’s space, and every time you come out."}),
                        ("reflection", "Which of these habits will be new for you? What could help you remember them on a busy day?"),
                    ],
                    "quiz": None,
                },
                {
                    "slug": "keeping-safe-on-site",
                    "title": "Keeping safe on site",
                    "estimated_minutes": 20,
                    "body": [
                        ("heading", "Know where you are"),
                        ("text", "Wear your ID badge where it can be seen. Sign in and out as your placement asks, so that people know you are in the building. On your first day, ask a member of ward staff to show you round: where the fire exits and alarms are, where to find the nurse in charge, and what to do in an emergency."),
                        ("heading", "Fire"),
                        ("text", "If you hear the fire alarm, follow the instructions of ward staff. Hospitals often move people sideways, away from the fire, rather than out of the building, so go where staff send you. Do not use the lifts unless staff tell you to. If you find a fire, raise the alarm and get yourself to safety. Do not try to fight a fire unless you have been trained to."),
                        ("heading", "Things you must not do"),
                        ("text", "Some tasks are for trained staff only, to protect you and patients:\n\n- Never touch needles or other sharps. If you see one lying around, stay by it and ask staff to deal with it.\n- If a used needle pricks you: make the wound bleed gently, wash it under running water with soap, do not scrub or suck it, and cover it. Then tell the nurse in charge and go to occupational health or A&E straight away. Treatment to prevent infection works best within hours.\n- Do not lift or move patients, even if they ask. Call a member of staff.\n- Do not help patients eat or drink unless staff say it is safe, as some people cannot swallow safely.\n- If a patient falls, do not try to pick them up. Call for staff straight away."),
                        ("heading", "When someone becomes angry"),
                        ("text", "Patients can become angry or frightened, especially if they are in pain, confused or in withdrawal. Stay calm. Speak slowly and quietly. Keep a safe distance, and make sure you can get to the door. Do not argue. If you feel unsafe, leave and tell staff. Your safety comes first."),
                        ("heading", "Reporting"),
                        ("text", "Tell the nurse in charge about anything that went wrong or nearly went wrong, such as an injury, a fall, an aggressive incident or a spill. Hospitals have their own system for recording incidents. Also tell your supervisor the same day."),
                        ("callout", {"kind": "worried", "title": "If a patient seems very unwell", "text": "If a patient is shaking, sweating, confused, struggling to breathe or having a fit, tell a nurse straight away. These can be signs of serious illness or dangerous withdrawal. Do not wait until the end of your visit."}),
                        ("reflection", "Hospitals can bring back hard memories for some peer supporters. How might you look after yourself after a difficult shift?"),
                    ],
                    "quiz": {
                        "pass_mark": 80,
                        "questions": [
                            {
                                "kind": "multiple",
                                "text": "When should you clean your hands on a ward? Choose all that apply.",
                                "options": [
                                    {"text": "When you arrive on the ward", "correct": True, "feedback": "Yes. Gel in."},
                                    {"text": "Before and after spending time with a patient", "correct": True, "feedback": "Yes. This protects the patient and you."},
                                    {"text": "When you leave the ward", "correct": True, "feedback": "Yes. Gel out."},
                                    {"text": "Only if your hands look dirty", "correct": False, "feedback": "No. Germs are invisible, so clean your hands every time, not just when they look dirty."},
                                ],
                            },
                            {
                                "kind": "true_false",
                                "text": "If you have had sickness or diarrhoea, you can come in as soon as you feel better.",
                                "options": [
                                    {"text": "True", "correct": False, "feedback": "This one is false. Hospitals usually ask you to wait until you have been free of symptoms for 48 hours."},
                                    {"text": "False", "correct": True, "feedback": "Right. Stay away until you have been free of symptoms for 48 hours, or as your hospital says."},
                                ],
                            },
                            {
                                "kind": "single",
                                "text": "You find a used needle on the floor by a bed. What do you do?",
                                "options": [
                                    {"text": "Pick it up carefully and put it in the bin", "correct": False, "feedback": "Never touch sharps. A needle injury can pass on infections."},
                                    {"text": "Cover it with a paper towel and carry on", "correct": False, "feedback": "Someone could still be hurt, and staff may not find it. Stay by it and tell staff."},
                                    {"text": "Stay by it and ask staff to deal with it", "correct": True, "feedback": "Yes. Never touch sharps. Keep others away until staff arrive. If a needle ever pricks you, let it bleed, wash it, and get medical help straight away."},
                                    {"text": "Ask the patient to move it", "correct": False, "feedback": "This could hurt the patient. Ask staff."},
                                ],
                            },
                            {
                                "kind": "single",
                                "text": "A patient you are visiting falls out of bed. What should you do?",
                                "options": [
                                    {"text": "Help them back into bed yourself, gently", "correct": False, "feedback": "This could injure you both. Call for staff."},
                                    {"text": "Call for staff; do not lift them", "correct": True, "feedback": "Yes. Moving someone who has fallen needs trained staff."},
                                    {"text": "Sit them up and ask where it hurts", "correct": False, "feedback": "Moving someone who has fallen can make an injury worse. Call for staff and stay with them."},
                                    {"text": "Give them a drink of water", "correct": False, "feedback": "Not until staff have checked them. Call for staff first."},
                                ],
                            },
                            {
                                "kind": "true_false",
                                "text": "You should use the lift when the fire alarm sounds.",
                                "options": [
                                    {"text": "True", "correct": False, "feedback": "This one is false. Never use lifts in a fire. Follow the ward staff’s instructions."},
                                    {"text": "False", "correct": True, "feedback": "Right. Follow the ward staff: they will tell you where to go."},
                                ],
                            },
                            {
                                "kind": "single",
                                "text": "A patient becomes angry and you start to feel unsafe. What is the best thing to do?",
                                "options": [
                                    {"text": "Keep your distance, leave, and tell staff", "correct": True, "feedback": "Yes. Your safety comes first. Report it afterwards too."},
                                    {"text": "Argue your point until they calm down", "correct": False, "feedback": "Arguing usually makes things worse."},
                                    {"text": "Stand between them and the door", "correct": False, "feedback": "Always keep your own way out clear."},
                                    {"text": "Stay with them, so they do not feel rejected or judged", "correct": False, "feedback": "Their feelings matter, but you must not stay if you feel unsafe."},
                                ],
                            },
                        ],
                    },
                },
            ],
        },
    ],
}

PLACEMENT_COURSES = [NHS_CONFIDENTIALITY, NHS_HEALTH_AND_SAFETY]
