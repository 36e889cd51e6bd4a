# ruff: noqa: E501
"""Induction module: being a recovery champion. Plain data only."""

BEING_A_RECOVERY_CHAMPION = {
    "slug": "being-a-recovery-champion",
    "title": "Being a recovery champion",
    "summary": "How you can show that recovery is possible, notice small wins, and share your own story safely.",
    "classroom_day": 2,
    "lessons": [
        {
            "slug": "showing-recovery-is-possible",
            "title": "Showing that recovery is possible",
            "estimated_minutes": 15,
            "body": [
                ("heading", "What a recovery champion is"),
                ("text", "A recovery champion shows, by how they live and what they say, that recovery is real and possible. You do not have to be perfect to be a champion. Being honest that recovery has ups and downs is part of what makes you believable.\n\nAs a champion, you carry hope for people who cannot yet feel it for themselves. Many people who use alcohol or drugs have been told, or have told themselves, that they will never change. Your presence says something different."),
                ("heading", "Many paths to recovery"),
                ("text", "Recovery looks different for different people. Some stop completely. Some cut down first. Some go to mutual aid groups such as AA, NA or SMART Recovery. Some use treatment, a prescription, faith, exercise, art, work or family. A champion respects all of these paths, not just the one that worked for them.\n\nWhat matters most is what a person is doing with their life, not only how many days it has been since they last drank or used."),
                ("heading", "Noticing small wins"),
                ("text", "People early in change often cannot see their own progress. You can help them notice it. Small wins count:\n\n- getting up and opening the curtains\n- eating a proper meal\n- answering the phone\n- getting to mid-morning without a drink\n- going to a GP appointment\n\nHelp people look back at how far they have come. Gently challenge the word “only”, as in “it was only one day”. One day is a real achievement."),
                ("heading", "Challenging stigma"),
                ("text", "Stigma is the shame and blame that people attach to alcohol and drug use. It stops people asking for help. As a champion, you can push back against it. Use respectful language. Speak up when people are put down. Show that people in recovery have a lot to give to their community."),
                ("callout", {"kind": "tip", "title": "Progress, not perfection", "text": "Recovery is a journey, not a finish line. A setback does not wipe out the progress someone has made. Say this to the people you support, and to yourself."}),
                ("reflection", "Who showed you that recovery was possible, or what helped you believe it? How might you do the same for someone else?"),
            ],
            "quiz": None,
        },
        {
            "slug": "sharing-your-own-story",
            "title": "Sharing your own story",
            "estimated_minutes": 20,
            "body": [
                ("heading", "Why your story matters"),
                ("text", "Your own story is one of the most powerful tools you have. Hearing “I have been there too” can break down barriers, build trust, and give someone the push they need to start. But a story can help, or it can get in the way. It depends on how, when and why you share it."),
                ("heading", "Share for their benefit, not yours"),
                ("text", "Before you share, ask yourself: “Will this help the person in front of me?” Telling your story can feel good, but that is not the reason to do it. Choose the parts that connect with what the other person is going through. Keep it short, then bring the conversation back to them."),
                ("heading", "Be real and humble"),
                ("text", "Be honest about the hard parts and the small steps. If you say “I have been in recovery for ten years”, that can feel like a mountain to someone on day one. It often helps more to talk about how it started: the first week, the first bad day you got through, the first small thing that worked."),
                ("heading", "You choose what stays private"),
                ("text", "Being a peer is not the same as being a friend. You do not have to share everything, and some things are best kept private. Avoid graphic detail about using, because it can trigger cravings in other people. Do not share details that would let people find you or your family. It is fine to say, “That’s something I keep to myself, but I can tell you what helped me.”\n\nStay honest, though. If you do not want to answer a question, say so, rather than making something up."),
                ("heading", "Get support with your story"),
                ("text", "Using your story well is a skill, and it takes practice. In the classroom you will try telling a short part of your story and get friendly feedback. Your supervisor can help you think about what to share, and what to keep back, with the people you support."),
                ("callout", {"kind": "warning", "title": "Check in with yourself", "text": "Telling your story can bring up old feelings, sometimes days later. Notice how you feel after sharing. If it stirs things up, talk about it in your 1:1 or peer group."}),
                ("reflection", "Which parts of your story might help someone else? Which parts do you want to keep private? Write down one or two of each."),
            ],
            "quiz": {
                "pass_mark": 80,
                "questions": [
                    {
                        "kind": "true_false",
                        "text": "You need to be perfect in your recovery to be a recovery champion.",
                        "options": [
                            {"text": "True", "correct": False, "feedback": "This one is false. Being honest about ups and downs is part of what makes you believable."},
                            {"text": "False", "correct": True, "feedback": "Right. Nobody is perfect. Honesty about the journey is what gives people hope."},
                        ],
                    },
                    {
                        "kind": "multiple",
                        "text": "Which of these could be a real win for someone early in change? Choose all that apply.",
                        "options": [
                            {"text": "Eating a proper meal", "correct": True, "feedback": "Yes. Looking after basic needs is real progress."},
                            {"text": "Answering the phone to you", "correct": True, "feedback": "Yes. Staying in touch is a step forward."},
                            {"text": "Going to a GP appointment", "correct": True, "feedback": "Yes. It can take a lot of courage."},
                            {"text": "Nothing counts until they have stopped completely", "correct": False, "feedback": "Recovery is self-defined, and small steps matter. Noticing them builds confidence."},
                        ],
                    },
                    {
                        "kind": "single",
                        "text": "Before you share part of your story, what is the best question to ask yourself?",
                        "options": [
                            {"text": "Will this make me look good?", "correct": False, "feedback": "Not quite. The story is for the other person’s benefit."},
                            {"text": "Will this help the person in front of me?", "correct": True, "feedback": "Yes. Share for their benefit, not yours."},
                            {"text": "How much detail can I fit in to make it vivid?", "correct": False, "feedback": "Not quite. Short and relevant works best, and graphic detail can trigger cravings."},
                            {"text": "Have I told this one before?", "correct": False, "feedback": "Not quite. What matters is whether it will help this person now."},
                        ],
                    },
                    {
                        "kind": "single",
                        "text": "Someone on their first day says your years in recovery feel impossible to reach. What might help most?",
                        "options": [
                            {"text": "Tell them it gets easy after a while", "correct": False, "feedback": "This may not feel honest or real to them. Small, real steps help more."},
                            {"text": "Change the subject", "correct": False, "feedback": "Their worry is worth hearing. Bring it back to small, achievable steps."},
                            {"text": "Describe your worst using days in detail", "correct": False, "feedback": "Graphic detail can trigger cravings and does not answer their worry."},
                            {"text": "Talk about your own first small steps", "correct": True, "feedback": "Yes. The early steps are the part they can relate to."},
                        ],
                    },
                    {
                        "kind": "true_false",
                        "text": "It is fine to keep some parts of your life private from the people you support.",
                        "options": [
                            {"text": "True", "correct": True, "feedback": "Right. You choose what to share. Being honest does not mean telling everything."},
                            {"text": "False", "correct": False, "feedback": "This one is true. A peer is not the same as a friend, and some things are best kept private."},
                        ],
                    },
                    {
                        "kind": "single",
                        "text": "What is stigma?",
                        "options": [
                            {"text": "Shame and blame attached to alcohol and drug use", "correct": True, "feedback": "Yes. It stops people asking for help, and champions can push back against it."},
                            {"text": "A medical word for the signs of withdrawal from alcohol", "correct": False, "feedback": "Not quite. Stigma is about attitudes, not symptoms."},
                            {"text": "A sign that someone is not ready to change", "correct": False, "feedback": "Not quite. Stigma is the shame and blame other people attach to alcohol and drug use."},
                            {"text": "A legal rule about alcohol", "correct": False, "feedback": "Not quite. Stigma is about how people are judged and treated."},
                        ],
                    },
                ],
            },
        },
    ],
}
