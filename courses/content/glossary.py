# ruff: noqa: E501
"""The glossary: the words every course repeats, in plain language. Plain data only."""

GLOSSARY = {
    "slug": "words-we-use",
    "title": "Words we use: a glossary",
    "category": "ongoing",
    "delivery": "online",
    "summary": "The words that come up again and again in your training, each explained in a sentence or two. Come back to it whenever a word is new.",
    "estimated_minutes": 10,
    "validity_months": 0,
    "for_roles": ["Volunteer", "Supervisor", "Trainer", "Manager"],
    "for_placements": [],
    "prerequisites": [],
    "accreditation": "",
    "modules": [
        {
            "slug": "glossary",
            "title": "Glossary",
            "summary": "Words from the courses, from A to Z.",
            "classroom_day": None,
            "lessons": [
                {
                    "slug": "words-from-a-to-z",
                    "title": "Words from A to Z",
                    "estimated_minutes": 10,
                    "body": [
                        ("text", "Use the listen button to hear any word read out. If a word you need is missing, tell your supervisor and we will add it."),
                        ("heading", "A to L"),
                        ("text", "- 1:1: your weekly 30-minute meeting with your supervisor, just the two of you.\n- Blood-borne virus: an infection that passes from one person’s blood into another’s, such as hepatitis B, hepatitis C or HIV. Sharing needles or other equipment can pass them on.\n- Capacity: being able to make a particular decision at a particular time. Being very drunk or high can take it away for a while.\n- Check-in: the short weekly questions about how you are, which your supervisor sees.\n- Coercion: when someone is pressured, frightened or controlled into doing or saying something.\n- Confidentiality: keeping what people tell us private, and sharing it only when we need to keep someone safe.\n- CPR: pressing hard and fast on the middle of the chest of someone who is not breathing. A 999 call handler will talk you through it.\n- First stepper: someone thinking about changing their alcohol or drug use, or trying to, who is willing to talk to a peer supporter.\n- Harm reduction: helping people be safer now, whatever their goals.\n- Lapse: going back to drinking or using for a time, after a period of not doing so."),
                        ("heading", "M to Z"),
                        ("text", "- Mutual aid: groups where people in recovery support each other, such as AA, NA or SMART Recovery.\n- Naloxone: a medicine that reverses an opioid overdose for a short time. Anyone may give it to save a life.\n- NHS 111, option 2: the free phone line for urgent mental health help, day or night.\n- OARS: four listening skills: Open questions, Affirmations, Reflections and Summaries.\n- Peer group: the fortnightly meeting where peer supporters support each other.\n- Recovery position: lying someone on their side, with their head tilted back, so they can breathe and will not choke if they are sick.\n- Referral: when a service, or the person themselves, asks us to get in touch.\n- Safeguarding: protecting people from abuse, neglect and harm.\n- Safeguarding lead: the person in our organisation who decides what happens when someone is worried about a person’s safety.\n- Supervisor: the person who supports you in your role, meets you for your 1:1 and helps you think things through.\n- Withdrawal: feeling ill when someone cuts down or stops a substance their body has come to rely on. With alcohol it can be dangerous."),
                        ("reflection", "Which word from your training was new to you? Write it down in your own words."),
                    ],
                    "quiz": None,
                },
            ],
        },
    ],
}
