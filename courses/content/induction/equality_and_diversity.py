# ruff: noqa: E501
"""Induction module: equality and diversity. Plain data only."""

EQUALITY_AND_DIVERSITY = {
    "slug": "equality-and-diversity",
    "title": "Equality and diversity",
    "summary": "What equality, diversity and inclusion mean, what the law says, and how to make everyone welcome.",
    "classroom_day": 2,
    "lessons": [
        {
            "slug": "equality-diversity-and-inclusion",
            "title": "Equality, diversity and inclusion",
            "estimated_minutes": 15,
            "body": [
                ("heading", "Three words"),
                ("text", "- Equality means everyone gets a fair chance. Sometimes that means doing things differently for different people, such as phoning someone who finds letters hard to read.\n- Diversity means the differences between people: background, culture, beliefs, age, body, identity and life experience.\n- Inclusion means people feel welcome and respected, and can take part fully as themselves."),
                ("heading", "What the law says"),
                ("text", "In Great Britain, the Equality Act 2010 protects people from discrimination because of nine “protected characteristics”:\n\n- age\n- disability\n- gender reassignment\n- marriage and civil partnership\n- pregnancy and maternity\n- race\n- religion or belief\n- sex\n- sexual orientation\n\nThe law applies to our organisation. As a volunteer, you are part of how we keep to it."),
                ("heading", "What discrimination looks like"),
                ("text", "Discrimination is not always loud or obvious. It can be:\n\n- treating someone worse because of who they are\n- a rule that looks fair but shuts some people out, such as only running groups at times when parents cannot come\n- harassment: unwanted comments or “jokes” that leave someone feeling scared, put down or humiliated\n- treating someone badly because they complained about discrimination"),
                ("heading", "Why it matters in recovery work"),
                ("text", "Some people stay away from recovery support because they fear they will not fit in, or will be treated badly. A mother may worry about what will happen to her children if she asks for help. An older person may feel that groups are only for the young. Someone may fear homophobia, racism or a lack of respect for their faith. Every time we make one person welcome, we make it easier for the next."),
                ("heading", "Many people face more than one barrier"),
                ("text", "Many of the people we support face several barriers at once. Someone might be dealing with alcohol use, poor mental health, racism and housing problems, all at the same time. These things add up. Knowing this helps you stay patient when someone finds it hard to trust services, or to get to appointments."),
                ("callout", {"kind": "tip", "title": "You know what being judged feels like", "text": "Many peer supporters know from their own lives how it feels to be looked down on. Use that understanding to notice when other people are being left out."}),
                ("reflection", "Think of a time you felt you did not belong somewhere. What made you feel that way? What would have helped you feel welcome?"),
            ],
            "quiz": None,
        },
        {
            "slug": "inclusion-in-practice",
            "title": "Inclusion in practice",
            "estimated_minutes": 20,
            "body": [
                ("heading", "We all make quick judgements"),
                ("text", "Everyone makes quick judgements about other people. Our brains do it automatically, based on what we have seen and been told. This is sometimes called unconscious bias. It is not a reason to feel guilty, but it is a reason to slow down. Ask yourself: “Am I making an assumption about this person? Would I think the same about someone else?”"),
                ("heading", "Making things accessible"),
                ("text", "Small changes can make a big difference. For example:\n\n- Some people find reading and writing hard. Offer to go through forms together and explain things out loud, without making a fuss.\n- Use plain words. Check understanding by asking the person to say it back in their own words, rather than just asking “Do you understand?”\n- If someone’s first language is not English, ask about an interpreter. Do not rely on family members, and never on children.\n- Think about access: stairs, toilets, lighting, seating and hearing.\n- Ask people what they need. Do not guess.\n\nFor disabled people, the Equality Act goes further: organisations must make “reasonable adjustments”, such as large print, a ramp or a quiet room, so that disabled people are not put at a disadvantage. Someone’s first language is not a disability, but an interpreter is still good practice."),
                ("heading", "Respect for who people are"),
                ("text", "Use the name and pronouns someone asks you to use. Respect people’s beliefs, culture and religious practice, such as prayer times or fasting. Do not make assumptions about families and relationships. For example, ask about “a partner” rather than “a husband” or “a wife”."),
                ("heading", "When you see or hear discrimination"),
                ("text", "If someone makes a discriminatory comment in a group or at a centre, it is okay to speak up calmly: “We don’t talk about people like that here.” You do not have to win an argument. If you do not feel safe to challenge it at the time, tell your supervisor afterwards. If it is aimed at you, you deserve support too, so please tell us."),
                ("callout", {"kind": "worried", "title": "If someone is targeted because of who they are", "text": "Attacked or threatened because of who they are? It may be a hate crime.\nListen and take it seriously.\nIn danger: 999. Otherwise the police are on 101.\nTell your supervisor the same day."}),
                ("reflection", "What assumptions might you make about someone before you get to know them? How could you check those assumptions?"),
            ],
            "quiz": {
                "pass_mark": 80,
                "questions": [
                    {
                        "kind": "single",
                        "text": "What does inclusion mean?",
                        "options": [
                            {"text": "Everyone feels welcome and can take part as themselves", "correct": True, "feedback": "Yes. Inclusion is about how it feels to be part of something."},
                            {"text": "Everyone is treated in exactly the same way, whatever their needs", "correct": False, "feedback": "Not quite. Sometimes people need different things to get a fair chance."},
                            {"text": "Putting up a poster about diversity", "correct": False, "feedback": "A poster is a start, but inclusion is about what people actually experience."},
                            {"text": "Only inviting people who are like us", "correct": False, "feedback": "That is the opposite of inclusion. We want everyone to feel welcome."},
                        ],
                    },
                    {
                        "kind": "multiple",
                        "text": "Which of these are protected characteristics under the Equality Act 2010? Choose all that apply.",
                        "options": [
                            {"text": "Age", "correct": True, "feedback": "Yes, age is a protected characteristic."},
                            {"text": "Religion or belief", "correct": True, "feedback": "Yes, religion or belief is protected."},
                            {"text": "Disability", "correct": True, "feedback": "Yes, disability is protected."},
                            {"text": "Having a criminal record", "correct": False, "feedback": "No. It matters in our work, and we treat people fairly, but it is not one of the nine protected characteristics."},
                            {"text": "Sexual orientation", "correct": True, "feedback": "Yes, sexual orientation is protected."},
                        ],
                    },
                    {
                        "kind": "true_false",
                        "text": "Treating everyone in exactly the same way is always fair.",
                        "options": [
                            {"text": "True", "correct": False, "feedback": "This one is false. People may need different support to get the same chance."},
                            {"text": "False", "correct": True, "feedback": "Right. Fairness sometimes means doing things differently, such as reading a form out loud."},
                        ],
                    },
                    {
                        "kind": "single",
                        "text": "Someone you support finds reading difficult. What is the best approach?",
                        "options": [
                            {"text": "Give them a leaflet to take home", "correct": False, "feedback": "A leaflet alone may not help. Talking it through works better."},
                            {"text": "Ask them to bring a child or relative who can read it for them", "correct": False, "feedback": "Children should not be used to read or interpret for adults."},
                            {"text": "Fill the form in for them without going through it", "correct": False, "feedback": "It is their form and their information. Go through it together so they know what it says."},
                            {"text": "Go through the form together, reading it out loud", "correct": True, "feedback": "Yes. This is respectful and practical."},
                        ],
                    },
                    {
                        "kind": "single",
                        "text": "In a group, someone makes a racist joke. What could you do?",
                        "options": [
                            {"text": "Laugh along to keep the peace", "correct": False, "feedback": "This tells others the comment is acceptable. A calm word is better."},
                            {"text": "Say nothing in the group, so the person is not embarrassed", "correct": False, "feedback": "Others in the room will have heard. If you cannot speak up, tell your supervisor afterwards."},
                            {"text": "Say calmly, “We don’t talk about people like that here”", "correct": True, "feedback": "Yes. Calm and clear is enough, and you do not need to win an argument. Tell your supervisor afterwards too."},
                            {"text": "Ask them to leave the group for good", "correct": False, "feedback": "That is not your decision to make on the spot. Say something calm, then tell your supervisor."},
                        ],
                    },
                    {
                        "kind": "true_false",
                        "text": "Having unconscious bias means you are a bad person.",
                        "options": [
                            {"text": "True", "correct": False, "feedback": "This one is false. Everyone has bias. What matters is noticing it and slowing down."},
                            {"text": "False", "correct": True, "feedback": "Right. It is a normal part of how brains work. The aim is to notice it and check our assumptions."},
                        ],
                    },
                ],
            },
        },
    ],
}
