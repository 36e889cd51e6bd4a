# ruff: noqa: E501
"""Induction module: introduction to peer support. Plain data only."""

INTRODUCTION_TO_PEER_SUPPORT = {
    "slug": "introduction-to-peer-support",
    "title": "Introduction to peer support",
    "summary": "What peer support is, why it helps, and what your role will and will not be.",
    "classroom_day": 1,
    "lessons": [
        {
            "slug": "what-peer-support-is",
            "title": "What peer support is",
            "estimated_minutes": 15,
            "body": [
                ("heading", "Help from someone who has been there"),
                ("text", "Peer support is help from someone who has lived through something similar. Here, it means people with their own experience of alcohol or drug use helping others who are struggling now, or who are early in their recovery.\n\nYou do not need to be an expert. You bring something no textbook can. You know what a bad day feels like. You know how hard it is to ask for help. And you know that change is possible, because you have lived it."),
                ("heading", "Why peer support works"),
                ("text", "People often tell us it is easier to open up to someone who has been there. Some of the reasons are:\n\n- They worry less about being judged.\n- The relationship feels more equal.\n- People who have had bad experiences with services may find a peer easier to trust.\n- You know the local area, and you may know your way around the system.\n- Just by being there, you show that recovery can happen.\n- You can often stay alongside someone for longer than a busy professional can."),
                ("heading", "Peer support sits alongside professionals"),
                ("text", "Peer support does not replace doctors, nurses, drug and alcohol workers or counsellors. It adds something different. Many of the people you support will also see a GP, a treatment service or a mental health team. Your job is to walk alongside them, not to take over. Where the person wants it, you can help them reach those services and keep going."),
                ("heading", "Words matter"),
                ("text", "We choose words that do not blame or label people. We say “a person who uses alcohol or drugs”, not “addict” or “alcoholic”. We talk about alcohol or drug “use”, not “misuse” or “abuse”. We never call anyone “hard to reach”. If our support is hard for someone to use, it is up to us to find a better way to reach them.\n\nYou will hear two more terms here. “Pre-recovery” means a time when someone has not yet changed their use, but might with the right support. A “first stepper” is someone who is thinking about change, or trying to change, and is willing to talk to a peer supporter."),
                ("callout", {"kind": "tip", "title": "Recovery is self-defined", "text": "There is no single right way to recover. For some people the goal is to stop completely. For others it is to cut down, or to be safer. We support the person’s own goals, not ours."}),
                ("reflection", "Think back to a time when someone really helped you. What did they do or say that made a difference? What could you take from that into your own peer support?"),
            ],
            "quiz": None,
        },
        {
            "slug": "your-role-as-a-peer-supporter",
            "title": "Your role as a peer supporter",
            "estimated_minutes": 20,
            "body": [
                ("heading", "What you will do"),
                ("text", "Every placement is different, but most peer supporters will:\n\n- listen, without judging\n- help people work out what matters most to them right now\n- encourage small, practical steps, such as seeing a GP or getting a food bank referral\n- share parts of their own story when it will help the other person\n- go with people to appointments or groups, when this has been agreed\n- keep short, accurate notes\n- talk to their supervisor about how things are going"),
                ("heading", "What you will not do"),
                ("text", "Being clear about your role protects you and the people you support. You are not a doctor, a nurse, a housing officer, a counsellor, a pharmacist or a priest. You do not give medical advice. You do not tell people what they must do. You do not lend money, and you do not do things for people that they can do for themselves.\n\nIf someone needs help that you cannot give, your job is to help them find the right person, and to stay in touch while they get that help."),
                ("heading", "Lived experience is not enough on its own"),
                ("text", "Your experience is the heart of this work, but it is not enough on its own. Everyone, volunteers and paid staff alike, takes this four-day training before giving peer support. You will also complete safeguarding, professional boundaries and substance use awareness training. Some placements, such as hospitals, need extra training too.\n\nBecause of all this, it takes at least two months from joining before anyone starts as a peer supporter. This is not a test of your recovery. It gives you time to learn, to settle in, and to feel ready."),
                ("heading", "You will be supported"),
                ("text", "Peer supporters do remarkable things, but nobody is superhuman. You will have a weekly 30-minute 1:1 with your supervisor, a fortnightly peer group, and regular team meetings and training. You can ask for help between meetings too. Asking for help is part of doing the job well. It is not a sign that you are failing."),
                ("callout", {"kind": "warning", "title": "Look after your own recovery", "text": "This work can stir up your own memories and feelings. If you notice your wellbeing slipping, tell your supervisor early. Stepping back for a while is always allowed."}),
                ("reflection", "What do you hope to give as a peer supporter? And what do you hope to get from it for yourself?"),
            ],
            "quiz": {
                "pass_mark": 80,
                "questions": [
                    {
                        "kind": "single",
                        "text": "Which of these best describes peer support?",
                        "options": [
                            {"text": "A replacement for drug and alcohol services", "correct": False, "feedback": "Not quite. Peer support works alongside services. It does not replace them."},
                            {"text": "Help from someone who has been there too", "correct": True, "feedback": "Yes. Shared experience is what makes peer support different."},
                            {"text": "Medical advice from an expert", "correct": False, "feedback": "Not quite. Peer supporters do not give medical advice. They help people reach those who can."},
                            {"text": "A friendship with no limits", "correct": False, "feedback": "Not quite. Peer support is warm and equal, but it has clear limits that keep everyone safe."},
                        ],
                    },
                    {
                        "kind": "true_false",
                        "text": "Peer supporters are there to replace doctors and drug and alcohol workers.",
                        "options": [
                            {"text": "True", "correct": False, "feedback": "This one is false. Peer support adds something different. It works alongside professional help."},
                            {"text": "False", "correct": True, "feedback": "Right. You walk alongside people while they get other help. You do not take the place of that help."},
                        ],
                    },
                    {
                        "kind": "multiple",
                        "text": "Which of these are part of a peer supporter’s role? Choose all that apply.",
                        "options": [
                            {"text": "Listening without judging", "correct": True, "feedback": "Yes. Listening is at the centre of the role."},
                            {"text": "Going with someone to an appointment, when agreed", "correct": True, "feedback": "Yes. Going along can make a hard step feel possible."},
                            {"text": "Telling someone to change their medication", "correct": False, "feedback": "No. Medical advice comes from a GP, pharmacist or treatment service."},
                            {"text": "Keeping short, accurate notes", "correct": True, "feedback": "Yes. Good notes help you remember and help your supervisor support you."},
                            {"text": "Lending money when someone is short", "correct": False, "feedback": "No. Lending money blurs the relationship and can cause harm, even when it feels kind."},
                        ],
                    },
                    {
                        "kind": "single",
                        "text": "Which wording fits the way we talk about people?",
                        "options": [
                            {"text": "An addict who is in denial", "correct": False, "feedback": "We avoid this word because it defines a person by one part of their life."},
                            {"text": "A “hard-to-reach” client", "correct": False, "feedback": "We avoid “hard to reach”. It is our job to find better ways to reach people."},
                            {"text": "A substance abuser", "correct": False, "feedback": "We avoid “abuse” and “misuse”. We simply talk about “use”."},
                            {"text": "A person who uses alcohol", "correct": True, "feedback": "Yes. It describes what someone does, not who they are."},
                        ],
                    },
                    {
                        "kind": "true_false",
                        "text": "It takes at least two months from joining before someone starts as a peer supporter.",
                        "options": [
                            {"text": "True", "correct": True, "feedback": "Right. The time is for training and settling in. It is not a test of your recovery."},
                            {"text": "False", "correct": False, "feedback": "This one is true. There is training to finish first, and time to settle in, so it takes at least two months."},
                        ],
                    },
                    {
                        "kind": "single",
                        "text": "You notice your own wellbeing is slipping. What is the best thing to do?",
                        "options": [
                            {"text": "Tell your supervisor early", "correct": True, "feedback": "Yes. Speaking up early means you can get support, and stepping back is always allowed."},
                            {"text": "Keep quiet so nobody worries", "correct": False, "feedback": "It is natural to want to cope alone, but support works best when people know early."},
                            {"text": "Take on more work to keep busy", "correct": False, "feedback": "Taking on more usually makes things harder. Talk to your supervisor instead."},
                            {"text": "Stop volunteering without telling anyone", "correct": False, "feedback": "You can step back at any time, but please tell us so we can support you."},
                        ],
                    },
                ],
            },
        },
    ],
}
