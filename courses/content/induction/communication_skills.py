# ruff: noqa: E501
"""Induction module: communication skills. Plain data only."""

COMMUNICATION_SKILLS = {
    "slug": "communication-skills",
    "title": "Communication skills",
    "summary": "How to listen well, ask good questions and have conversations that help, face to face and on the phone.",
    "classroom_day": 3,
    "lessons": [
        {
            "slug": "listening-well",
            "title": "Listening well",
            "estimated_minutes": 15,
            "body": [
                ("heading", "Listening is a skill"),
                ("text", "Most of us think we listen well. In fact, while someone talks, we are often planning what to say next. Active listening means giving the other person your full attention, and showing them that you have heard. It is the most important skill a peer supporter has."),
                ("heading", "Show that you are listening"),
                ("text", "Face the person. Sit in a relaxed, open way. Nod, and make small sounds like “mm” or “go on”. Put your phone away. Match your pace to theirs.\n\nOn the phone, people cannot see you, so your voice has to do the work. Speak warmly, and let them know you are still there."),
                ("heading", "Four helpful tools"),
                ("text", "- Open questions. These cannot be answered with just yes or no, so they invite people to say more. “How have things been this week?” opens a conversation. “Have you been okay?” often gets a one-word answer.\n- Affirmations. Notice and name the person’s strengths and efforts: “It took guts to pick up the phone today.”\n- Reflections. Say back, in your own words, what you heard: “It sounds like evenings are the hardest part.” This shows you understand, and lets the person put you right if you got it wrong.\n- Summaries. Now and then, draw together what has been said: “So you want to cut down, you’re worried about the shakes, and you’d like to see your GP. Have I got that right?”\n\nYou may hear these called OARS. You can learn more on the motivational interviewing course."),
                ("heading", "Be comfortable with silence"),
                ("text", "A pause can feel awkward, but it often means the person is thinking. Give them time. Count to five in your head before you jump in. Often the most important thing is said after a silence."),
                ("callout", {"kind": "tip", "title": "Don’t rush to fix it", "text": "When someone shares a problem, it is tempting to give advice straight away. Try to understand first. People are far more likely to act on ideas that come from them."}),
                ("reflection", "Think of someone who really listens to you. What do they do that makes you feel heard? Which of those things could you do more often?"),
            ],
            "quiz": None,
        },
        {
            "slug": "conversations-that-help",
            "title": "Conversations that help",
            "estimated_minutes": 20,
            "body": [
                ("heading", "Let the person lead"),
                ("text", "Start with an open question, such as “How are you feeling today?” or “What would help you right now?”, and let the answer guide the conversation. Recovery is self-defined, so your job is to find out what the person wants, not to decide for them. You can suggest things they could try, but do not tell people what to do."),
                ("heading", "Making first contact"),
                ("text", "When you contact someone new, for example someone referred by a hospital, a text first usually works better than a call out of the blue:\n\n- Give your first name only. Do not name the service or say what it is about: the phone may be shared, or read by someone else, and the name of a drug and alcohol service tells them about the person’s use.\n- Suggest they save your number under your name.\n- Say when you will call.\n\nFor example: “Hi, it’s Sam. I’ll give you a call on Thursday at 2. Save my number if you like.” When they answer, check you have the right person before you say more, and ask: “Is it safe to talk right now?” Leave voicemails just as plain.\n\nIf they do not answer, text again and offer another time. Give them the choice to say no to calls. No answer does not always mean no interest: people run out of credit or change phones. Keep early calls light and friendly. Alcohol and drugs do not have to be the first topic."),
                ("heading", "Be honest and reliable"),
                ("text", "Trust grows when you do what you say. If you say you will call on Friday at two, call on Friday at two. If you do not know the answer to something, say so and offer to find out. Do not make promises you cannot keep, and that includes promising to keep everything secret."),
                ("heading", "Keep it positive and fair"),
                ("text", "Look for the positives, even small ones, and point them out. Try not to join in when people run down other services or workers. You can accept that someone is frustrated without agreeing that “they are all useless”. And never buy into “it will always be like this”."),
                ("heading", "Notes"),
                ("text", "After each contact, write short, factual notes: the date, what you talked about, anything agreed, and any worries. Remembering small details, such as the name of someone’s dog, shows that you were listening. Tell people what you write down and how it is kept safe. Keep notes only on the systems your organisation gives you."),
                ("callout", {"kind": "warning", "title": "Hard conversations", "text": "If a conversation leaves you shaken, angry or low, do not carry it alone. Talk to your supervisor, or bring it to your peer group."}),
                ("reflection", "Think of a conversation that went badly for you, as a speaker or a listener. What would you do differently now?"),
            ],
            "quiz": {
                "pass_mark": 80,
                "questions": [
                    {
                        "kind": "single",
                        "text": "Which of these is an open question?",
                        "options": [
                            {"text": "Did you drink yesterday?", "correct": False, "feedback": "This can be answered yes or no, and may feel like a test."},
                            {"text": "What has this week been like for you?", "correct": True, "feedback": "Yes. It invites the person to say more in their own way."},
                            {"text": "Are you okay?", "correct": False, "feedback": "This often gets a one-word answer. Try “How are you doing?”"},
                            {"text": "You went to the GP like you said you would, didn’t you?", "correct": False, "feedback": "This is a closed question, and it suggests the answer."},
                        ],
                    },
                    {
                        "kind": "multiple",
                        "text": "Which of these show that you are listening? Choose all that apply.",
                        "options": [
                            {"text": "Saying back what you heard in your own words", "correct": True, "feedback": "Yes. This is a reflection, and it shows you understand."},
                            {"text": "Summing up what has been said", "correct": True, "feedback": "Yes. Summaries show you have followed the conversation."},
                            {"text": "Checking your phone while they talk", "correct": False, "feedback": "This tells people they are not your focus. Put the phone away."},
                            {"text": "Leaving a pause so they can think", "correct": True, "feedback": "Yes. Silence gives people space to say what matters."},
                            {"text": "Finishing their sentences for them", "correct": False, "feedback": "This can feel like being rushed. Let people find their own words."},
                        ],
                    },
                    {
                        "kind": "true_false",
                        "text": "When someone shares a problem, the best thing to do is give advice straight away.",
                        "options": [
                            {"text": "True", "correct": False, "feedback": "This one is false. Understand first. People act more on ideas that come from them."},
                            {"text": "False", "correct": True, "feedback": "Right. Listen and explore first. You can suggest options later."},
                        ],
                    },
                    {
                        "kind": "single",
                        "text": "You texted someone new, then called at the time you said, but they did not answer. What next?",
                        "options": [
                            {"text": "Give up straight away", "correct": False, "feedback": "No answer does not always mean no interest. Phones run out of credit or change."},
                            {"text": "Keep calling every hour until they pick up, so they know you care", "correct": False, "feedback": "Contact should never feel like pressure or harassment."},
                            {"text": "Call their family to find them", "correct": False, "feedback": "This could break their confidentiality. Check with the referrer or your supervisor if you think the number is wrong."},
                            {"text": "Text the next time you will call, and let them opt out", "correct": True, "feedback": "Yes. Offer another time, be patient, and respect their choice."},
                        ],
                    },
                    {
                        "kind": "true_false",
                        "text": "If you do not know the answer to a question, it is better to say so than to guess.",
                        "options": [
                            {"text": "True", "correct": True, "feedback": "Right. Honesty builds trust. Offer to find out."},
                            {"text": "False", "correct": False, "feedback": "This one is true. Guessing can mislead people. Saying “I don’t know, but I’ll find out” builds trust."},
                        ],
                    },
                    {
                        "kind": "single",
                        "text": "Someone you support says all social workers are useless. What is the best response?",
                        "options": [
                            {"text": "Agree with them, so they feel you are on their side", "correct": False, "feedback": "Joining in can make it harder for them to use help they may need later."},
                            {"text": "Argue that they are wrong", "correct": False, "feedback": "Arguing rarely helps. Listen to the frustration first."},
                            {"text": "Hear their frustration without agreeing", "correct": True, "feedback": "Yes. You can hear the feeling without running down other workers, then talk about what might help."},
                            {"text": "Tell them social workers do a hard job", "correct": False, "feedback": "It may be true, but defending others first can leave them feeling unheard. Hear the frustration, then talk about what might help."},
                        ],
                    },
                ],
            },
        },
    ],
}
