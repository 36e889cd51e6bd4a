# ruff: noqa: E501
"""Induction module: recovery buddy training. Plain data only."""

RECOVERY_BUDDY_TRAINING = {
    "slug": "recovery-buddy-training",
    "title": "Recovery Buddy training",
    "summary": "How to support one person through the early stages of change, keep it safe, and know when to step back.",
    "classroom_day": 4,
    "lessons": [
        {
            "slug": "being-a-recovery-buddy",
            "title": "Being a Recovery Buddy",
            "estimated_minutes": 20,
            "body": [
                ("heading", "What a Recovery Buddy does"),
                ("text", "A Recovery Buddy is a trained peer who walks alongside one person for a while. Usually this is someone who is new to recovery, or thinking about change. You might talk on the phone, meet for a coffee, go with them to an appointment, or introduce them to a group. It is one-to-one support, built on trust and shared experience.\n\nMany people find one-to-one support easier than walking into a group on their first day. A buddy can be the bridge."),
                ("heading", "Step 1: build the relationship"),
                ("text", "At the start, the aim is simply to connect. Keep things low-pressure. Ask if now is a good time to talk. Get to know the person and what matters to them. Over the next few contacts, gently find out their priorities and what is getting in the way. You are working towards their goals, not towards a target of ours. Before you finish, agree when you will next be in touch, and send a reminder."),
                ("heading", "Step 2: safety and basic needs"),
                ("text", "People need to be as safe and well as they can be before bigger changes are possible. Harm reduction means lowering the damage that alcohol or drugs cause, even if the person is not ready to stop. You can talk about:\n\n- health: are they registered with a GP? Any health worries?\n- food and drink: are they eating? Are they drinking enough water?\n- sleep: do they have any kind of routine?\n- where they are staying: is it safe?\n- risky situations: places or people that lead to trouble\n- blood-borne virus testing, if they have ever injected or shared equipment\n\nPractical help can matter a lot here, such as a food bank referral or help with a housing form."),
                ("heading", "Step 3: connect with other support"),
                ("text", "When the person is ready, you can help them link up with other support: a GP, a drug and alcohol service, mental health services, or mutual aid groups. Talk through their hopes and fears. Offer to go with them. Always ask their permission before you speak to any of their other workers. Make it clear you will still be around once they start with a new service, so they do not feel passed on."),
                ("callout", {"kind": "tip", "title": "Review as you go", "text": "Talk about each person you buddy in your 1:1. Ask together: is this contact still helpful, and does it have a purpose? Your supervisor is there to help you think it through."}),
                ("reflection", "When you were new to recovery, or to any big change, what kind of support did you need first? How might that shape the way you buddy someone?"),
            ],
            "quiz": None,
        },
        {
            "slug": "staying-safe-and-knowing-when-to-stop",
            "title": "Staying safe and knowing when to stop",
            "estimated_minutes": 20,
            "body": [
                ("heading", "You cannot do it all"),
                ("text", "Buddies care a lot, and that is a strength. But it can lead to overwork. You cannot do all the work for someone, and you should not try. Doing things for people that they could do themselves can stop them building their own confidence. Your supervisor will keep an eye on how many people you support, so be honest about how full your week really is."),
                ("heading", "Keep contact safe"),
                ("text", "Follow your organisation’s arrangements for every contact:\n\n- Use the work phone, not your own number.\n- Meet in public or agreed places. Do not meet in your home, or theirs, unless this has been agreed and checked for risks.\n- Let someone know where you are going and when you will be back.\n- Keep notes on the systems you are given."),
                ("heading", "Knowing when to stop"),
                ("text", "Peer support should not make people dependent on you. At some point, contact will end. Sometimes that is clear. Things are going well and the person no longer needs you, or the person asks you to stop. Respect a “no” straight away.\n\nThe hardest cases are in the middle, when someone is unsure and rarely replies. Contact must never feel like pressure or harassment. If calls go unanswered for a long time, or the same conversation repeats with no purpose, talk to your supervisor about stepping back. It can feel like failing. It is not. It is a normal part of the work."),
                ("heading", "The door stays open"),
                ("text", "When you step back, let the person know they can get back in touch at any time. People’s lives change. Someone who was not ready last year may be ready now. Nobody is ever written off."),
                ("callout", {"kind": "worried", "title": "If someone has stopped drinking and feels ill", "text": "A fit, confusion or seeing things: call 999.\nShaking and sweating only: GP, NHS 111 or their alcohol service today.\nTell your supervisor the same day."}),
                ("reflection", "How do you usually feel when you have to let go of something you care about? How could you look after yourself when a buddy relationship ends?"),
            ],
            "quiz": {
                "pass_mark": 80,
                "questions": [
                    {
                        "kind": "single",
                        "text": "What is the main aim at the start of a buddy relationship?",
                        "options": [
                            {"text": "To get them to stop drinking or using straight away", "correct": False, "feedback": "Not quite. Pushing too early can end the relationship. Their goals come first."},
                            {"text": "To build trust and find out what matters to the person", "correct": True, "feedback": "Yes. Connection comes first. Everything else builds on it."},
                            {"text": "To fill in as many forms as possible", "correct": False, "feedback": "Not quite. Practical help matters, but trust comes first."},
                            {"text": "To tell them your whole story, so they trust you quickly", "correct": False, "feedback": "Not quite. Share only what helps them, and keep the focus on them."},
                        ],
                    },
                    {
                        "kind": "multiple",
                        "text": "Which of these are part of harm reduction and meeting basic needs? Choose all that apply.",
                        "options": [
                            {"text": "Checking whether they are eating", "correct": True, "feedback": "Yes. Food matters a lot, especially for people who drink heavily."},
                            {"text": "Asking if where they are staying is safe", "correct": True, "feedback": "Yes. Safety comes first."},
                            {"text": "Encouraging them to register with a GP", "correct": True, "feedback": "Yes. A GP is a route to healthcare and other services."},
                            {"text": "Refusing to help until they stop completely", "correct": False, "feedback": "No. Harm reduction means helping people be safer now, whatever their goals."},
                        ],
                    },
                    {
                        "kind": "true_false",
                        "text": "You should ask the person’s permission before you talk to their other support workers.",
                        "options": [
                            {"text": "True", "correct": True, "feedback": "Right. It is their information. The exception is a safety worry: that goes to your supervisor or safeguarding lead, who decide whether to share it further."},
                            {"text": "False", "correct": False, "feedback": "This one is true. Ask first. A safety worry is different: tell your supervisor or safeguarding lead."},
                        ],
                    },
                    {
                        "kind": "single",
                        "text": "Someone you buddy texts: “Please stop contacting me.” What do you do?",
                        "options": [
                            {"text": "Keep calling now and then, in case they change their mind", "correct": False, "feedback": "Contact must never feel like harassment. Respect the no."},
                            {"text": "Ask their friends to persuade them", "correct": False, "feedback": "This would break their trust and their confidentiality."},
                            {"text": "Send one last long message asking them to think again", "correct": False, "feedback": "This puts pressure on them. Respect the no, and let them know the door stays open."},
                            {"text": "Respect it, say the door stays open, tell your supervisor", "correct": True, "feedback": "Yes. Respect their choice, and leave the way back open."},
                        ],
                    },
                    {
                        "kind": "single",
                        "text": "Someone says they stopped drinking suddenly yesterday and are now shaking and seeing things. What should you do?",
                        "options": [
                            {"text": "Tell them to push through it", "correct": False, "feedback": "This could be dangerous. They need medical help now."},
                            {"text": "Wait until your next planned call", "correct": False, "feedback": "This cannot wait. These can be signs of serious withdrawal."},
                            {"text": "Call 999 for them now, then tell your supervisor", "correct": True, "feedback": "Yes. Seeing things after stopping can mean dangerous withdrawal. It is an emergency."},
                            {"text": "Suggest they have a small drink to settle, then go to bed", "correct": False, "feedback": "Medical advice is not your role, and this is an emergency. Get them to 999 or A&E."},
                        ],
                    },
                    {
                        "kind": "true_false",
                        "text": "If you step back from someone who is not responding, it means you have failed.",
                        "options": [
                            {"text": "True", "correct": False, "feedback": "This one is false. Knowing when to step back is part of the work, and the door stays open."},
                            {"text": "False", "correct": True, "feedback": "Right. Peer support will not work for everyone at every time. Stepping back is normal, and people can return."},
                        ],
                    },
                ],
            },
        },
    ],
}
