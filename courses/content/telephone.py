# ruff: noqa: E501
"""The phone and text module required of everyone on a telephone placement and everyone who
will hold a First Steps caseload. Plain data only.
"""

SAFE_CONTACT = {
    "slug": "safe-texts-calls-and-voicemails",
    "title": "Safe texts, calls and voicemails",
    "estimated_minutes": 20,
    "body": [
        ("heading", "The phone may not be theirs alone"),
        ("text", "A first stepper’s phone may be shared with a partner or family, picked up by a child, or read over someone’s shoulder. The name of a drug and alcohol service on a screen tells everyone who sees it about the person’s use. So every text, call and voicemail is written as if someone else might see or hear it."),
        ("heading", "The first text"),
        ("text", "Keep it short and plain:\n\n- your first name only\n- no service name, and nothing about alcohol, drugs or recovery\n- when you will call\n\nFor example: “Hi, it’s Sam. I’ll call you on Thursday at 2. Save my number if you like.” If the person already knows us and has said what may be written, you can follow what they asked for."),
        ("heading", "Is it the right person?"),
        ("text", "When someone answers, check who you are speaking to before you say anything else: “Hi, is that Alex?” If it is someone else, say only your first name and that you will try again another time. Do not say where you are from or why you are calling."),
        ("heading", "Is it safe to talk?"),
        ("text", "Once you know it is the right person, ask: “Is it safe to talk right now?” Someone may be at work, on a bus, or with a person who controls them. Agree a word or phrase they can say if they need to end the call quickly, such as “Sorry, wrong number”. If they say it, end the call kindly and try again at the time you agreed."),
        ("heading", "Voicemails"),
        ("text", "Leave your first name, that you will try again, and when. Nothing more. “Hi, it’s Sam. I’ll try you again tomorrow at 11.”"),
        ("heading", "A child answers"),
        ("text", "If a child answers, ask for the person by first name only, and say nothing about why you are calling. If the child says they are alone and the adult is unwell, cannot be woken, or the child is frightened, that is a safeguarding worry: if anyone is in danger call 999, and tell your supervisor the same day."),
        ("heading", "Privacy at your end"),
        ("text", "Make calls from a private place, even if you work from home. Other people in your home must not hear names or details. Use the work phone, never your own. Keep notes on the organisation’s system only, not on paper or in your own phone. Lock the screen when you step away."),
        ("callout", {"kind": "tip", "title": "Three checks on every call", "text": "Right person?\nSafe to talk?\nNext call agreed?"}),
        ("reflection", "Who might see a text on your own phone? What would you want a stranger’s text to say, if it were about you?"),
    ],
    "quiz": None,
}

STRUCTURING_A_CALL = {
    "slug": "structuring-and-ending-a-call",
    "title": "Structuring and ending a call",
    "estimated_minutes": 20,
    "body": [
        ("heading", "A call has a shape"),
        ("text", "Even a short call goes better with a beginning, a middle and an end.\n\n- Beginning: check it is the right person and safe to talk. Say how long you have: “I’ve got about 15 minutes.”\n- Middle: let them lead. Use open questions, reflections and summaries. Early on, keep it light. Alcohol and drugs do not have to be the first topic.\n- End: sum up what you talked about and anything agreed. Always set the next call: day and time. Then say goodbye warmly."),
        ("heading", "Early calls"),
        ("text", "The first calls are about getting to know each other. Ask about their day, what matters to them, and what would help. Over the next few calls, talk about their health, where they are staying and whether it is safe, and whether they are eating. Follow their priorities, not a checklist."),
        ("heading", "Ending well"),
        ("text", "Endings matter, because the person may be alone when the call stops. Give a warning a few minutes before: “We’ve got about five minutes left.” If something big comes up right at the end, say you have heard it, and agree when you will talk about it. If it is a safety worry, it cannot wait: deal with it before you hang up."),
        ("heading", "No answer"),
        ("text", "If they do not answer at the time you said, text the next time you will call. No answer does not mean no interest: people run out of credit, lose phones or change numbers. A number that does not work at all may mean a new phone, so check with the person who referred them. Give people the choice to stop calls at any time, and respect a no straight away."),
        ("heading", "Notes after every call"),
        ("text", "Straight after the call, write short notes on the organisation’s system: the date, whether you got through, what you talked about, what was agreed, the next call, and any worry. Write facts, in plain words, as if the person might one day read them, because they have the right to."),
        ("heading", "Lone working"),
        ("text", "If you make calls on your own, tell someone when you start and finish. Know who to ring if a call worries you, and keep that number to hand. If a caller is abusive or threatening, you can end the call: “I’m going to end the call now. I’ll try again another day.” Tell your supervisor."),
        ("callout", {"kind": "tip", "title": "Always set the next call", "text": "A day and a time, before you say goodbye. Then text a reminder."}),
        ("reflection", "How do you like a phone call to end, when you are the one who is struggling? What could you copy from that?"),
    ],
    "quiz": None,
}

INFORMATION_AND_RIGHTS = {
    "slug": "how-their-information-is-looked-after",
    "title": "Telling someone how their information is looked after",
    "estimated_minutes": 15,
    "body": [
        ("heading", "Why we say it"),
        ("text", "Most first steppers did not come to us themselves: someone referred them, and their details are now in our records. The law says they must be told, in words they understand, what we keep about them, why, who sees it, how long we keep it, and what their rights are. Say it early, usually on the first or second call, once you know it is safe to talk. Then note that you have said it."),
        ("heading", "What you say"),
        ("text", "Use your own words, but cover each point. For example:\n\n- Where we got your number: “The hospital team gave us your number, because you said it was okay for us to call.”\n- What we write down: “I keep short notes of our calls, so I remember what matters to you and what we agreed.”\n- Who sees them: “They are kept safely on our system. The people who can see them are me, my supervisor, and the managers who make sure we do a good job.”\n- When we share: “We don’t share them with anyone else without asking you, unless I’m worried someone is at risk of serious harm. Then I talk to my supervisor, and they decide what to do. I can’t promise to keep everything private.”\n- How long: “We keep the notes for a set time after we were last in touch, then delete them.” Your supervisor will tell you the period your organisation uses.\n- Your rights: “You can ask to see what we hold about you, ask us to correct it, or ask us to delete it. You can stop the calls at any time. If you are unhappy with how we handle it, you can complain to us, or to the Information Commissioner’s Office.”"),
        ("heading", "Check they understood"),
        ("text", "Ask: “Does that make sense? Is there anything you’d like to ask?” If they are drunk or high, or it is not a good time, say it again on another call. If they ask for something you cannot answer, such as a copy of their notes, tell them you will pass it on, and tell your supervisor the same day."),
        ("heading", "If they say no"),
        ("text", "If someone does not want us to keep notes, or does not want calls, tell your supervisor. A person who stops can come back at any time."),
        ("callout", {"kind": "tip", "title": "Say it, then note it", "text": "Where the number came from. Who sees the notes. How long we keep them. Their rights."}),
        ("reflection", "How would you feel if a stranger called and knew your number and something about you? What would help you trust them?"),
    ],
    "quiz": None,
}

HARD_CALLS = {
    "slug": "when-a-call-is-hard",
    "title": "When a call is hard",
    "estimated_minutes": 25,
    "body": [
        ("heading", "The person is drunk or high"),
        ("text", "If someone is drunk or high, decide whether to carry on or call back. Carry on if they can follow you and want to talk, and keep it short and simple. Call back if they cannot follow you, or keep repeating themselves: “It sounds like now isn’t a good time. Can I call you tomorrow at 11?” Do not make plans or agree anything important. Being drunk or high can take away a person’s capacity for a while, so big decisions wait."),
        ("heading", "Getting help to someone on the phone"),
        ("text", "If you think someone on the phone is in danger, for example they say they have taken an overdose, cannot stay awake, or plan to end their life tonight:\n\n- Ask where they are right now: the address, or what they can see. Write it down.\n- Ask if anyone is with them who can call 999 or open the door.\n- Call 999 yourself on another phone if you can, and stay on the line with them. If you have only one phone, tell them you are calling for help and call straight back.\n- Give the call handler everything you know: their name, their number, where they are, what they said.\n\nIf you do not know where they are, still call 999 and say so. Tell your supervisor as soon as you can."),
        ("heading", "A crisis call"),
        ("text", "If someone is very distressed, slow down. Listen more than you talk. Ask directly about suicide if you are worried. If they are not in immediate danger, help them reach NHS 111, option 2, or Samaritans on 116 123, agree how they will stay safe until then, and set the next call. Tell your supervisor the same day."),
        ("heading", "After a hard call"),
        ("text", "A hard call can stay with you, and it can stir up your own memories. Afterwards, take a few minutes before the next call. Write your notes. Talk to your supervisor or the person you are working with, the same day if you can. Bring it to your 1:1 and your peer group. If it has shaken your own recovery, say so: that is what supervision is for."),
        ("callout", {"kind": "worried", "title": "Someone on the phone is in danger", "text": "Ask where they are.\nCall 999 and stay on the line.\nTell your supervisor."}),
        ("reflection", "What helps you settle after a hard conversation? Who will you talk to after your first hard call?"),
    ],
    "quiz": {
        "pass_mark": 80,
        "questions": [
            {
                "kind": "single",
                "text": "You are sending a first text to someone referred by a hospital. Which is safest?",
                "options": [
                    {"text": "“Hi, this is Sam from the Recovery Service. I’ll call Thursday.”", "correct": False, "feedback": "Naming the service could tell anyone who sees the phone about the person’s use."},
                    {"text": "“Hi Alex, the hospital asked us to call about your drinking.”", "correct": False, "feedback": "Never mention drinking or drugs in a text. Someone else may read it."},
                    {"text": "“Hi, it’s Sam. I’ll call you on Thursday at 2.”", "correct": True, "feedback": "Yes. First name and a time: nothing that tells anyone else about them."},
                    {"text": "“Please call the alcohol team back as soon as you can.”", "correct": False, "feedback": "This names what the call is about. Keep texts plain."},
                ],
            },
            {
                "kind": "single",
                "text": "A child answers the phone. What do you say?",
                "options": [
                    {"text": "Explain who you are and that you help with recovery", "correct": False, "feedback": "This tells the child about the adult’s use. Say only your first name."},
                    {"text": "Ask the child how much their parent has been drinking", "correct": False, "feedback": "Never question a child about an adult’s use."},
                    {"text": "Ask the child to pass on a message about the call", "correct": False, "feedback": "A message could reveal why you called. Ask for the person by first name only."},
                    {"text": "Ask for the person by first name only", "correct": True, "feedback": "Yes. If the child seems alone or frightened, that is a safeguarding worry."},
                ],
            },
            {
                "kind": "multiple",
                "text": "Someone you call is slurring and cannot follow what you say. Which of these are right? Choose all that apply.",
                "options": [
                    {"text": "Offer to call back at a set time", "correct": True, "feedback": "Yes. Keep it short and set the next call."},
                    {"text": "Agree a new plan for their treatment", "correct": False, "feedback": "No. Big decisions wait until they can follow and weigh them up."},
                    {"text": "If they say they have taken something and cannot stay awake, ask where they are and call 999", "correct": True, "feedback": "Yes. That is an emergency."},
                    {"text": "Tell them off for drinking", "correct": False, "feedback": "No. Stay warm and non-judging. Call back when they are able to talk."},
                ],
            },
            {
                "kind": "single",
                "text": "On a call, someone says they have taken all their tablets. You do not know where they are. What do you do first?",
                "options": [
                    {"text": "End the call and ring your supervisor straight away for advice", "correct": False, "feedback": "This cannot wait for advice. Ask where they are and call 999."},
                    {"text": "Ask where they are, then call 999 and stay with them", "correct": True, "feedback": "Yes. Even without an address, call 999 and say what you know."},
                    {"text": "Tell them to drink water and sleep it off", "correct": False, "feedback": "An overdose needs 999. Never leave it to sleep off."},
                    {"text": "Text them the Samaritans number", "correct": False, "feedback": "Samaritans are not an emergency service. This needs 999 now."},
                ],
            },
            {
                "kind": "true_false",
                "text": "You can tell a first stepper that everything they say will stay private.",
                "options": [
                    {"text": "True", "correct": False, "feedback": "This one is false. Notes are kept and talked about in supervision, and a worry about risk is passed on."},
                    {"text": "False", "correct": True, "feedback": "Right. Explain who sees the notes, and that you cannot promise to keep everything private."},
                ],
            },
            {
                "kind": "single",
                "text": "When should you tell a first stepper how their information is looked after and what their rights are?",
                "options": [
                    {"text": "Only if they ask about it", "correct": False, "feedback": "Not quite. They have a right to be told, whether or not they ask."},
                    {"text": "Never: the referrer has already told them", "correct": False, "feedback": "Not quite. We must tell them ourselves what we keep and why."},
                    {"text": "In the first text you send", "correct": False, "feedback": "Not quite. A text may be read by someone else. Say it on a call."},
                    {"text": "Early on a call, once it is safe to talk", "correct": True, "feedback": "Yes. Then note that you have said it."},
                ],
            },
        ],
    },
}

PHONE_AND_TEXT_SUPPORT = {
    "slug": "phone-and-text-support",
    "title": "Phone and text support: the essentials",
    "category": "placement",
    "delivery": "online",
    "summary": "What everyone who supports people by phone needs before their first call: safe texts and calls, the shape of a call, explaining how information is kept, and what to do when a call is hard.",
    "estimated_minutes": 80,
    "validity_months": 36,
    "for_roles": ["Volunteer", "Supervisor"],
    "for_placements": ["telephone"],
    "for_first_steps": True,
    "prerequisites": [],
    "accreditation": "",
    "modules": [
        {
            "slug": "before-your-first-call",
            "title": "Before your first call",
            "summary": "Keeping calls safe and private at both ends, giving each call a shape, and telling people how their information is kept.",
            "classroom_day": None,
            "lessons": [SAFE_CONTACT, STRUCTURING_A_CALL, INFORMATION_AND_RIGHTS, HARD_CALLS],
        },
    ],
}

PHONE_COURSES = [PHONE_AND_TEXT_SUPPORT]
