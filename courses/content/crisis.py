# ruff: noqa: E501
"""Lessons for the moments that cannot wait: capacity and choice, suicide and self-harm, alcohol
emergencies. They belong to the required courses (see required.py). Plain data only.
"""

CAPACITY_AND_CHOICE = {
    "slug": "capacity-choice-and-sharing",
    "title": "Capacity, choice and sharing a worry",
    "estimated_minutes": 20,
    "body": [
        ("heading", "People decide for themselves"),
        ("text", "Adults have the right to make their own decisions, including ones that you or others think are unwise. Someone may choose to keep drinking, to stay with a partner who hurts them, or to turn down a referral. Your job is to listen, give them the facts, and respect their choice, while you still pass on any safeguarding worry."),
        ("heading", "The Mental Capacity Act"),
        ("text", "The Mental Capacity Act 2005 applies in England and in Wales. It says:\n\n- Everyone aged 16 or over is assumed to be able to make their own decisions, unless it is shown that they cannot.\n- People must be given all the help they need to decide before anyone says they cannot.\n- Making an unwise decision does not mean a person lacks capacity.\n- A decision made for someone who cannot decide must be in their best interests.\n- It must restrict their rights and freedom as little as possible.\n\nCapacity is about one decision at one time. To make a decision, a person needs to understand the information, keep it in mind long enough, weigh it up, and tell others what they have decided, in any way they can."),
        ("heading", "Alcohol, drugs and capacity"),
        ("text", "Being very drunk or high can take away someone’s capacity for a while. A person who cannot follow what you are saying on a call tonight may be well able to decide tomorrow morning. If a decision can wait, let it wait, and call back at a better time. If it cannot wait because someone is in danger, call 999.\n\nYou do not assess capacity yourself. Tell your supervisor what you noticed: what the person said, whether they understood you, and whether they seemed drunk or high. If you are unsure whether someone could make a decision, ask your supervisor."),
        ("heading", "When a “no” may not be free"),
        ("text", "Sometimes a person says no because someone else is controlling them. Signs include a voice in the background telling them what to say, a person who seems frightened, or someone who never has their own phone or money. This is coercion. Tell your supervisor or the safeguarding lead. They will decide, case by case, whether to share the worry without the person’s agreement."),
        ("heading", "What you can and cannot promise"),
        ("text", "You can promise to listen, to be honest, and to tell the person what you plan to do. You cannot promise full confidentiality. Your notes are kept by the organisation and talked about in supervision, and a safeguarding worry always goes to your supervisor or the safeguarding lead. Whether it goes further is their decision, made case by case."),
        ("callout", {"kind": "tip", "title": "Unwise is not unable", "text": "A choice you would not make is still their choice. Pass on worries, not judgements."}),
        ("reflection", "Think of a choice you made that others thought was unwise. How did it feel when people respected it, or when they did not?"),
    ],
    "quiz": {
        "pass_mark": 80,
        "questions": [
            {
                "kind": "single",
                "text": "A first stepper is sober and clear-headed. He says he wants to keep drinking and does not want a referral. What does the law say?",
                "options": [
                    {"text": "His family can make the choice for him", "correct": False, "feedback": "Not quite. Adults make their own decisions. Nobody else decides for a person who has capacity."},
                    {"text": "He lacks capacity, because drinking is harming him", "correct": False, "feedback": "Not quite. Harmful or unwise choices do not mean someone lacks capacity."},
                    {"text": "He can decide, even if the choice seems unwise", "correct": True, "feedback": "Yes. An unwise decision is not a lack of capacity. Keep the door open and pass on any worries."},
                    {"text": "You refer him anyway, because he drinks every day", "correct": False, "feedback": "Not quite. A referral needs his agreement unless someone is at risk."},
                ],
            },
            {
                "kind": "true_false",
                "text": "Someone who is very drunk may be unable to make a decision tonight, yet able to make it tomorrow.",
                "options": [
                    {"text": "True", "correct": True, "feedback": "Right. Capacity is about one decision at one time. If it can wait, call back."},
                    {"text": "False", "correct": False, "feedback": "This one is true. Being drunk or high can take away capacity for a while."},
                ],
            },
            {
                "kind": "multiple",
                "text": "To make a decision, what does a person need to be able to do? Choose all that apply.",
                "options": [
                    {"text": "Understand the information", "correct": True, "feedback": "Yes. This is one of the four parts."},
                    {"text": "Agree with what the professionals advise", "correct": False, "feedback": "No. People can disagree with advice and still have capacity."},
                    {"text": "Keep it in mind long enough to decide", "correct": True, "feedback": "Yes. This is one of the four parts."},
                    {"text": "Weigh it up", "correct": True, "feedback": "Yes. This is one of the four parts."},
                    {"text": "Tell others their decision, in any way they can", "correct": True, "feedback": "Yes. Speech, writing, signs or gestures all count."},
                ],
            },
            {
                "kind": "single",
                "text": "On a call, a woman says her partner takes her money. A man’s voice tells her to hang up. She says, “Don’t do anything.” What do you do?",
                "options": [
                    {"text": "Respect her wish and say nothing to anyone, as she is an adult", "correct": False, "feedback": "Not quite. Her “no” may not be free. A safeguarding worry always goes to your supervisor or lead."},
                    {"text": "Ask to speak to the man to sort it out", "correct": False, "feedback": "Never confront someone who may be causing harm. It could put her in danger."},
                    {"text": "Tell your supervisor or the safeguarding lead today", "correct": True, "feedback": "Yes. This may be coercion. They decide, case by case, what happens next."},
                    {"text": "Call the police yourself straight away", "correct": False, "feedback": "Call 999 if she is in danger right now. Otherwise the safeguarding lead decides what happens next."},
                ],
            },
            {
                "kind": "single",
                "text": "Who decides whether a safeguarding worry is shared outside the organisation?",
                "options": [
                    {"text": "You, as the person who heard it first", "correct": False, "feedback": "Not quite. You pass it on. The decision about sharing further is made by the safeguarding lead."},
                    {"text": "The safeguarding lead, case by case", "correct": True, "feedback": "Yes. They weigh the person’s wishes against the risk."},
                    {"text": "Nobody: it is never shared", "correct": False, "feedback": "Not quite. Worries can be shared without agreement when someone is at risk."},
                    {"text": "The person’s GP, once told", "correct": False, "feedback": "Not quite. The safeguarding lead decides, and may involve the GP."},
                ],
            },
        ],
    },
}

SUICIDE_AND_SELF_HARM = {
    "slug": "when-someone-talks-about-suicide",
    "title": "When someone talks about suicide or self-harm",
    "estimated_minutes": 20,
    "body": [
        ("heading", "Asking directly is safe"),
        ("text", "People who use alcohol or drugs are at higher risk of suicide. If you are worried, ask directly: “Are you thinking about suicide?” or “Are you thinking of ending your life?” Asking does not put the idea into someone’s head. Most people feel relief that someone has noticed. Avoid questions that invite a “no”, such as “You’re not going to do anything silly, are you?”"),
        ("heading", "Listen first"),
        ("text", "If they say yes, stay calm and listen. Thank them for telling you. Do not argue, lecture or try to talk them out of how they feel. Ask if they have a plan, and whether they have the means to carry it out. Do not promise to keep it a secret."),
        ("heading", "Danger now: act now"),
        ("text", "If someone has a plan to end their life soon, such as tonight, or has already hurt themselves or taken an overdose, they are in immediate danger. Do not wait until the end of the group or the call, and do not leave it until you can reach your supervisor.\n\n- Call 999, or ask them to, and stay with them. On the phone, stay on the line.\n- If you can, find out where they are.\n- Keep them talking until help arrives.\n- Then tell your supervisor or the safeguarding lead."),
        ("heading", "Not in danger right now"),
        ("text", "If they are thinking about suicide but are safe for now, help them get support the same day:\n\n- NHS 111, option 2: urgent mental health help, free, day or night, in England and in Wales.\n- Samaritans: 116 123, free, day or night.\n- Their GP, or a crisis team if they already have one.\n\nAgree what they will do to stay safe until then, and who they can call. Tell your supervisor or the safeguarding lead the same day."),
        ("nation", {"england": "Some people would rather text. Shout is a free text line, day or night: text SHOUT to 85258.", "wales": "People can get help in Welsh. Samaritans have a Welsh language line on 0808 164 0123, every evening from 7pm to 11pm. C.A.L.L., the mental health listening line for Wales, is free on 0800 132 737, day or night, or text “help” to 81066. In Wales, NHS 111 option 2 is answered by the local mental health team, day or night."}),
        ("heading", "Self-harm"),
        ("text", "Some people hurt themselves to cope with feelings, without wanting to die. Take it seriously and do not judge. If a wound is serious, or they have swallowed something, call 999 or get them to A&E. Otherwise, encourage them to talk to their GP or NHS 111, and tell your supervisor."),
        ("callout", {"kind": "worried", "title": "A plan for tonight is an emergency", "text": "Call 999 and stay with them.\nNot in danger now? NHS 111, option 2, or Samaritans on 116 123.\nTell your supervisor the same day."}),
        ("reflection", "What words would you use to ask someone directly about suicide? Say them out loud once, so they are ready when you need them."),
    ],
    "quiz": {
        "pass_mark": 80,
        "questions": [
            {
                "kind": "true_false",
                "text": "Asking someone directly whether they are thinking about suicide can put the idea into their head.",
                "options": [
                    {"text": "True", "correct": False, "feedback": "This one is false. Asking directly is safe, and often a relief for the person."},
                    {"text": "False", "correct": True, "feedback": "Right. Asking shows you have noticed and that it is safe to talk."},
                ],
            },
            {
                "kind": "single",
                "text": "During a group, someone says they plan to hurt themselves tonight. What do you do?",
                "options": [
                    {"text": "Tell your supervisor about it at your next 1:1", "correct": False, "feedback": "A plan for tonight is immediate danger. It cannot wait."},
                    {"text": "Finish the group, then talk to them privately", "correct": False, "feedback": "This cannot wait until the end. Your co-facilitator can keep the group going."},
                    {"text": "Act now: stay with them and call 999", "correct": True, "feedback": "Yes. A plan for tonight is immediate danger. Tell your supervisor afterwards."},
                    {"text": "Give them the Samaritans number and let them go", "correct": False, "feedback": "Samaritans are a good support, but someone with a plan for tonight needs 999 and someone with them."},
                ],
            },
            {
                "kind": "single",
                "text": "On a call, someone says they have thought about ending their life, has no plan, and feels safe for now. What fits best?",
                "options": [
                    {"text": "Call 999 straight away, against their wishes", "correct": False, "feedback": "999 is for immediate danger. Here, urgent help the same day fits better."},
                    {"text": "Promise to keep it between the two of you", "correct": False, "feedback": "Never promise to keep a risk secret. Be honest that you will tell your supervisor."},
                    {"text": "Offer NHS 111 option 2 or Samaritans; tell your supervisor", "correct": True, "feedback": "Yes. Help them get support today, agree how they will stay safe, and pass it on."},
                    {"text": "Change the subject to something more cheerful, to lift their mood", "correct": False, "feedback": "Stay with what they have told you. Listening matters most."},
                ],
            },
            {
                "kind": "multiple",
                "text": "Which of these ask directly about suicide? Choose all that apply.",
                "options": [
                    {"text": "“You’re not going to do anything silly, are you?”", "correct": False, "feedback": "No. This invites a “no” and can make it harder to be honest."},
                    {"text": "“Are you thinking about suicide?”", "correct": True, "feedback": "Yes. Clear and direct."},
                    {"text": "“Are you thinking of ending your life?”", "correct": True, "feedback": "Yes. Clear and direct."},
                    {"text": "“You’ve got so much to live for, haven’t you?”", "correct": False, "feedback": "No. This tells them how to feel rather than asking."},
                ],
            },
            {
                "kind": "single",
                "text": "What does pressing option 2 on NHS 111 give?",
                "options": [
                    {"text": "A GP appointment for the next day", "correct": False, "feedback": "Not quite. Option 2 is for urgent mental health help."},
                    {"text": "Urgent mental health help", "correct": True, "feedback": "Yes. It is free, in England and in Wales."},
                    {"text": "An ambulance for a physical injury", "correct": False, "feedback": "Not quite. For an ambulance, call 999."},
                    {"text": "A drug and alcohol service referral", "correct": False, "feedback": "Not quite. Option 2 is for urgent mental health help."},
                ],
            },
        ],
    },
}

ALCOHOL_EMERGENCIES = {
    "slug": "alcohol-emergencies",
    "title": "Alcohol emergencies: poisoning and withdrawal",
    "estimated_minutes": 20,
    "body": [
        ("heading", "Why alcohol needs its own lesson"),
        ("text", "For most first steppers, alcohol is the main substance. Too much at once can poison someone. Stopping suddenly after heavy drinking can cause dangerous withdrawal. Both can kill, and both can come up on a phone call as well as face to face."),
        ("heading", "Signs of alcohol poisoning: call 999"),
        ("text", "Call 999 if someone who has been drinking:\n\n- cannot be woken, or keeps passing out\n- is breathing slowly, unevenly, or with long gaps\n- has pale, blue or cold, clammy skin\n- has a fit\n- is being sick while very drowsy\n- is very confused\n\nWhile you wait, stay with them. If they are awake, keep them sitting up. If they are not awake but are breathing, put them on their side in the recovery position. Keep them warm. Never leave someone to “sleep it off”: the alcohol in their blood can keep rising for a while after their last drink. Coffee, cold showers and making them sick do not help and can do harm."),
        ("heading", "Withdrawal: what needs 999, and what needs a GP today"),
        ("text", "Call 999 if someone who has cut down or stopped drinking:\n\n- has a fit\n- is confused, or is seeing or hearing things that are not there\n- has chest pain, or is being sick with blood\n- is too drowsy to stay awake\n\nHelp them talk to a GP, NHS 111 or their alcohol service the same day if they:\n\n- are shaking, sweating, anxious or feeling sick after cutting down\n- are not sleeping and feel unwell\n- plan to stop suddenly, or have had fits in withdrawal before\n\nDo not tell people whether to drink or not to drink. That is medical advice. Help them get it quickly."),
        ("nation", {"england": "For advice about drinking that is not an emergency, people can call Drinkline, the national alcohol helpline, on 0300 123 1110.", "wales": "For advice about drinking or drugs that is not an emergency, people can call DAN 24/7, the Wales drug and alcohol helpline, free on 0808 808 2234, day or night, in Welsh or English. They can also text DAN to 81066."}),
        ("heading", "On the phone"),
        ("text", "If you are worried on a call, ask where they are right now, and whether anyone is with them. If you need an ambulance, call 999 yourself, or ask someone with them to call. Tell your supervisor the same day."),
        ("callout", {"kind": "worried", "title": "Alcohol emergency", "text": "Cannot wake them, slow breathing or a fit: call 999.\nStay with them. Never leave them to sleep it off."}),
        ("reflection", "Have you seen someone very unwell from drinking or from stopping? What do you know now that you wish you had known then?"),
    ],
    "quiz": {
        "pass_mark": 80,
        "questions": [
            {
                "kind": "multiple",
                "text": "Someone has been drinking heavily. Which of these mean you should call 999? Choose all that apply.",
                "options": [
                    {"text": "They cannot be woken", "correct": True, "feedback": "Yes. This may be alcohol poisoning."},
                    {"text": "They are breathing slowly, with long gaps", "correct": True, "feedback": "Yes. Slow or uneven breathing is an emergency."},
                    {"text": "They are talking loudly and laughing", "correct": False, "feedback": "No. Being merry is not poisoning, though keep an eye on them."},
                    {"text": "They have a fit", "correct": True, "feedback": "Yes. A fit always needs 999."},
                ],
            },
            {
                "kind": "single",
                "text": "Three days after stopping drinking, someone says they are shaky, sweaty and anxious. They are clear-headed and not seeing things. What fits best?",
                "options": [
                    {"text": "Tell them to have a small drink to settle the shakes", "correct": False, "feedback": "Whether to drink is medical advice, and not yours to give. Help them get it today."},
                    {"text": "Tell them it will pass in a day or two, and call again next week", "correct": False, "feedback": "Withdrawal can get worse. They need medical advice today."},
                    {"text": "Call 999 without asking them, straight away", "correct": False, "feedback": "Call 999 for fits, confusion or seeing things. Here, same-day advice fits."},
                    {"text": "Help them speak to a GP, NHS 111 or their service today", "correct": True, "feedback": "Yes. Withdrawal needs medical advice the same day. Tell your supervisor too."},
                ],
            },
            {
                "kind": "true_false",
                "text": "Someone who has been drinking and cannot be woken should be left to sleep it off.",
                "options": [
                    {"text": "True", "correct": False, "feedback": "This one is false. Call 999, put them in the recovery position and stay with them."},
                    {"text": "False", "correct": True, "feedback": "Right. Never leave them. The alcohol in their blood can keep rising."},
                ],
            },
            {
                "kind": "single",
                "text": "Someone seems to have overdosed on heroin. There is a naloxone kit in the room, and you have never been trained. What is true?",
                "options": [
                    {"text": "Only a nurse or doctor is allowed to use it", "correct": False, "feedback": "Not so. In the UK anyone may give naloxone to save a life in an emergency."},
                    {"text": "Anyone may use it to save a life", "correct": True, "feedback": "Yes. Follow the kit’s instructions or the call handler. They still need an ambulance."},
                    {"text": "Wait for the ambulance before giving anything", "correct": False, "feedback": "Call 999 first, then use the naloxone. Waiting can cost a life."},
                    {"text": "Use it only if the person agreed to it beforehand", "correct": False, "feedback": "Not so. Naloxone can be given to save someone’s life without their agreement."},
                ],
            },
        ],
    },
}
