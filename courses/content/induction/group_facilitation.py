# ruff: noqa: E501
"""Induction module: group facilitation. Plain data only."""

GROUP_FACILITATION = {
    "slug": "group-facilitation",
    "title": "Group facilitation",
    "summary": "How to plan, open, run and close a recovery group, and how to handle the hard moments.",
    "classroom_day": 1,
    "lessons": [
        {
            "slug": "planning-and-opening-a-group",
            "title": "Planning and opening a group",
            "estimated_minutes": 15,
            "body": [
                ("heading", "What a facilitator does"),
                ("text", "A facilitator helps a group run well. You are not the teacher and you are not the expert. Your job is to make the space feel safe, keep time, help everyone have a chance to speak, and keep the group on track. Most of the wisdom in a recovery group comes from the members themselves.\n\nAt first you will usually run groups with a more experienced colleague. This is called co-facilitating. It means you can learn, share the load, and have someone to talk to afterwards."),
                ("heading", "Before the group"),
                ("text", "Good groups start before anyone arrives. Before the session:\n\n- Know what the group is for and roughly what you will cover.\n- Agree with your co-facilitator who will open, who will keep time, and who will watch for anyone who seems upset.\n- Set out the chairs so people can see each other. A circle works well.\n- Make the room welcoming: warm, tidy, with drinks if you offer them.\n- Know where the fire exits are, and who to call if someone becomes unwell."),
                ("heading", "Opening the group"),
                ("text", "Start on time. Welcome people by name if you can. Say what the group is for and how long it will last. Then go through the group agreement.\n\nA group agreement is a short list of ground rules that the group makes together. It usually covers:\n\n- what is said in the group stays in the group, and the limits of that when someone may be at risk\n- one person speaks at a time\n- respect for each other, with no put-downs\n- phones on silent\n- anyone can pass and choose not to speak\n\nAsk new members if they want to add anything. People keep to rules that they helped to make."),
                ("callout", {"kind": "tip", "title": "Use a check-in round", "text": "A quick round at the start, such as “your name and one word for how you are today”, means everyone speaks once early on. People who have spoken once find it easier to speak again."}),
                ("heading", "Closing the group"),
                ("text", "Leave time to close well. Sum up what was talked about, thank people for coming, and say when the next group is. Stay around for a few minutes afterwards in case someone wants a quiet word. Then spend a few minutes with your co-facilitator talking about how it went. Note anything you need to pass on to your supervisor."),
                ("reflection", "Think of a group you have been part of, such as a mutual aid meeting, a class or a team. What did the person running it do that helped you feel safe to speak?"),
            ],
            "quiz": None,
        },
        {
            "slug": "when-groups-get-difficult",
            "title": "When groups get difficult",
            "estimated_minutes": 20,
            "body": [
                ("heading", "Every group has hard moments"),
                ("text", "Groups do not always run smoothly, and that is normal. Hard moments can even help a group grow, if they are handled calmly. Here are some common ones, with ways to respond."),
                ("heading", "Someone talks a lot"),
                ("text", "Some people fill every silence. They usually mean well. Thank them for what they have shared, then open it up: “Thanks, Sam. I’d like to hear from people who haven’t spoken yet.” A round, where everyone gets a turn, also shares out the time fairly."),
                ("heading", "Someone is very quiet"),
                ("text", "Silence is not always a problem. Some people need to listen for a few weeks before they feel safe. Do not put them on the spot. Smile, make gentle eye contact, and offer an easy way in: “Is there anything you’d like to add? It’s fine to pass.”"),
                ("heading", "Disagreement or conflict"),
                ("text", "Disagreement is fine. Attacks are not. If things get heated, stay calm and keep your voice low. Remind the group of the agreement. Name what is happening without blaming anyone: “There are strong feelings about this. Let’s make sure we’re listening to each other.” If it carries on, you can pause the group, or ask to speak to someone outside the room."),
                ("heading", "Someone becomes upset"),
                ("text", "Strong feelings often come up in recovery groups. Acknowledge them kindly. Let the person know it is fine to take a moment or step out. If they leave the room, one facilitator can check on them while the other keeps the group going. This is one reason co-facilitating matters."),
                ("heading", "Someone seems to have used alcohol or drugs"),
                ("text", "Many recovery groups ask people to come without having used alcohol or drugs that day, so the space feels safe for everyone. If you think someone has used, do not challenge them in front of others. Speak to them privately and kindly, follow your organisation’s rule, and check they can get home safely. Let your supervisor know afterwards."),
                ("callout", {"kind": "worried", "title": "If someone talks about harming themselves", "text": "Do not wait until the end of the group.\nA plan to act soon, such as tonight: call 999 and stay with them.\nOtherwise: speak to them privately with your co-facilitator, and tell your supervisor the same day."}),
                ("reflection", "Which of these hard moments would you find most difficult to handle? What would help you feel more ready for it?"),
            ],
            "quiz": {
                "pass_mark": 80,
                "questions": [
                    {
                        "kind": "single",
                        "text": "What is the main job of a group facilitator?",
                        "options": [
                            {"text": "To be the expert who gives the group all the answers", "correct": False, "feedback": "Not quite. A facilitator is not the teacher. Members learn a lot from each other."},
                            {"text": "To make the space safe and help everyone take part", "correct": True, "feedback": "Yes. You hold the space. The wisdom comes from the group."},
                            {"text": "To do most of the talking", "correct": False, "feedback": "Not quite. A good facilitator helps others to talk."},
                            {"text": "To make sure everyone shares something personal", "correct": False, "feedback": "Not quite. Anyone can choose to pass. Pushing people can make the group feel unsafe."},
                        ],
                    },
                    {
                        "kind": "true_false",
                        "text": "A group agreement works best when the group helps to make it.",
                        "options": [
                            {"text": "True", "correct": True, "feedback": "Right. People keep to rules they have helped to make."},
                            {"text": "False", "correct": False, "feedback": "This one is true. When members shape the agreement, they are more likely to stick to it."},
                        ],
                    },
                    {
                        "kind": "multiple",
                        "text": "One member keeps talking and others cannot get a word in. Which of these could help? Choose all that apply.",
                        "options": [
                            {"text": "Thank them, then invite people who haven’t spoken yet", "correct": True, "feedback": "Yes. This is respectful and opens the floor to others."},
                            {"text": "Use a round so everyone gets a turn", "correct": True, "feedback": "Yes. A round shares the time out fairly."},
                            {"text": "Tell them to be quiet in front of everyone", "correct": False, "feedback": "This could shame them. Try a kinder way first."},
                            {"text": "Say nothing and hope it stops", "correct": False, "feedback": "Others may stop coming if nobody steps in. Gently managing it is part of your role."},
                        ],
                    },
                    {
                        "kind": "single",
                        "text": "You think someone has come to the group after drinking. What should you do?",
                        "options": [
                            {"text": "Have a quiet, kind word in private and check they can get home", "correct": True, "feedback": "Yes. Follow your organisation’s rule, and tell your supervisor afterwards. This protects the group and respects the person."},
                            {"text": "Ask them in front of the group, so everyone knows the rule is kept", "correct": False, "feedback": "This could shame them. Always speak privately."},
                            {"text": "Let it go this time, as long as they stay quiet", "correct": False, "feedback": "The group needs to feel safe, and the person may need support. Do something, but do it kindly."},
                            {"text": "Tell them they can never come back", "correct": False, "feedback": "That is not your decision, and it closes the door. Follow your organisation’s rule and talk to your supervisor."},
                        ],
                    },
                    {
                        "kind": "true_false",
                        "text": "It is fine for someone to pass and not speak in a group.",
                        "options": [
                            {"text": "True", "correct": True, "feedback": "Right. Choosing to listen is a valid way to take part."},
                            {"text": "False", "correct": False, "feedback": "This one is true. Some people need time before they feel safe enough to speak."},
                        ],
                    },
                    {
                        "kind": "single",
                        "text": "During a group, someone says they plan to hurt themselves tonight. What do you do?",
                        "options": [
                            {"text": "Wait until the group ends", "correct": False, "feedback": "This cannot wait. Act straight away."},
                            {"text": "Promise to keep it between you", "correct": False, "feedback": "Never promise to keep a safety worry secret. You need to get help."},
                            {"text": "Act now: one of you stays with them and calls 999", "correct": True, "feedback": "Yes. A plan for tonight is immediate danger. Your co-facilitator keeps the group going. Tell your supervisor afterwards."},
                            {"text": "Do nothing yet, because what is said in the group stays there", "correct": False, "feedback": "Confidentiality has limits. When someone may be at risk, you must share it."},
                        ],
                    },
                ],
            },
        },
    ],
}
