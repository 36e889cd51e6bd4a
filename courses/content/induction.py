# ruff: noqa: E501
"""The accredited four-day induction that everyone takes before giving peer support.

Plain data only: the load_courses command turns it into Wagtail pages.
"""

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
                ("text", "We choose words that do not blame or label people. We say “a person who uses alcohol or drugs”, not “addict” or “alcoholic”. We talk about alcohol or drug “use”, not “misuse” or “abuse”. We never call anyone “hard to reach”. If someone is hard to reach, it is up to us to find a better way to reach them.\n\nYou will hear two more terms here. “Pre-recovery” means a time when someone has not yet changed their use, but might with the right support. A “first stepper” is someone who is thinking about change, or trying to change, and is willing to talk to a peer supporter."),
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
                            {"text": "Help from someone with similar lived experience", "correct": True, "feedback": "Yes. Shared experience is what makes peer support different."},
                            {"text": "A replacement for drug and alcohol services", "correct": False, "feedback": "Not quite. Peer support works alongside services. It does not replace them."},
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
                            {"text": "A person who uses alcohol", "correct": True, "feedback": "Yes. It describes what someone does, not who they are."},
                            {"text": "An addict", "correct": False, "feedback": "We avoid this word because it defines a person by one part of their life."},
                            {"text": "A hard-to-reach client", "correct": False, "feedback": "We avoid “hard to reach”. It is our job to find better ways to reach people."},
                            {"text": "A substance abuser", "correct": False, "feedback": "We avoid “abuse” and “misuse”. We simply talk about “use”."},
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
                ("callout", {"kind": "worried", "title": "If you are worried about someone in the group", "text": "If someone talks about harming themselves or someone else, do not wait until the end. With your co-facilitator, speak to them privately, and tell your supervisor or the safeguarding lead the same day. If anyone is in immediate danger, call 999."}),
                ("reflection", "Which of these hard moments would you find most difficult to handle? What would help you feel more ready for it?"),
            ],
            "quiz": {
                "pass_mark": 80,
                "questions": [
                    {
                        "kind": "single",
                        "text": "What is the main job of a group facilitator?",
                        "options": [
                            {"text": "To make the space safe and help everyone take part", "correct": True, "feedback": "Yes. You hold the space. The wisdom comes from the group."},
                            {"text": "To be the expert with all the answers", "correct": False, "feedback": "Not quite. A facilitator is not the teacher. Members learn a lot from each other."},
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
                            {"text": "Speak to them privately and kindly, follow the rule, check they can get home safely, and tell your supervisor", "correct": True, "feedback": "Yes. This protects the group and treats the person with respect."},
                            {"text": "Ask them about it in front of the group", "correct": False, "feedback": "This could shame them. Always speak privately."},
                            {"text": "Ignore it", "correct": False, "feedback": "The group needs to feel safe, and the person may need support. Do something, but do it kindly."},
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
                            {"text": "Act now: speak to them privately with your co-facilitator, and get help", "correct": True, "feedback": "Yes. Do not wait. Tell your supervisor or the safeguarding lead today, and call 999 if there is immediate danger."},
                            {"text": "Wait until the group ends", "correct": False, "feedback": "This cannot wait. Act straight away."},
                            {"text": "Promise to keep it between you", "correct": False, "feedback": "Never promise to keep a safety worry secret. You need to get help."},
                            {"text": "Do nothing, because the group is confidential", "correct": False, "feedback": "Confidentiality has limits. When someone may be at risk, you must share it."},
                        ],
                    },
                ],
            },
        },
    ],
}

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
                ("text", "Recovery looks different for different people. Some stop completely. Some cut down first. Some go to mutual aid groups such as AA, NA or SMART Recovery. Some use treatment, a prescription, faith, exercise, art, work or family. A champion respects all of these paths, not just the one that worked for them.\n\nWhat matters most is what a person is doing with their life, not only how many days they have been sober or clean."),
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
                            {"text": "Will this help the person in front of me?", "correct": True, "feedback": "Yes. Share for their benefit, not yours."},
                            {"text": "Will this make me look good?", "correct": False, "feedback": "Not quite. The story is for the other person’s benefit."},
                            {"text": "How much detail can I fit in?", "correct": False, "feedback": "Not quite. Short and relevant works best, and graphic detail can trigger cravings."},
                            {"text": "Have I told this one before?", "correct": False, "feedback": "Not quite. What matters is whether it will help this person now."},
                        ],
                    },
                    {
                        "kind": "single",
                        "text": "Someone on their first day says your years in recovery feel impossible to reach. What might help most?",
                        "options": [
                            {"text": "Talk about your own first small steps", "correct": True, "feedback": "Yes. The early steps are the part they can relate to."},
                            {"text": "Tell them it gets easy after a while", "correct": False, "feedback": "This may not feel honest or real to them. Small, real steps help more."},
                            {"text": "Change the subject", "correct": False, "feedback": "Their worry is worth hearing. Bring it back to small, achievable steps."},
                            {"text": "Describe your worst using days in detail", "correct": False, "feedback": "Graphic detail can trigger cravings and does not answer their worry."},
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
                            {"text": "The shame and blame that people attach to alcohol and drug use", "correct": True, "feedback": "Yes. It stops people asking for help, and champions can push back against it."},
                            {"text": "A medical word for withdrawal", "correct": False, "feedback": "Not quite. Stigma is about attitudes, not symptoms."},
                            {"text": "A type of treatment", "correct": False, "feedback": "Not quite. Stigma is the shame and blame people face."},
                            {"text": "A legal rule about alcohol", "correct": False, "feedback": "Not quite. Stigma is about how people are judged and treated."},
                        ],
                    },
                ],
            },
        },
    ],
}

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
                ("text", "Small changes can make a big difference. For example:\n\n- Some people find reading and writing hard. Offer to go through forms together and explain things out loud, without making a fuss.\n- Use plain words. Check understanding by asking the person to say it back in their own words, rather than just asking “Do you understand?”\n- If someone’s first language is not English, ask about an interpreter. Do not rely on family members, and never on children.\n- Think about access: stairs, toilets, lighting, seating and hearing.\n- Ask people what they need. Do not guess.\n\nChanges like these are sometimes called reasonable adjustments."),
                ("heading", "Respect for who people are"),
                ("text", "Use the name and pronouns someone asks you to use. Respect people’s beliefs, culture and religious practice, such as prayer times or fasting. Do not make assumptions about families and relationships. For example, ask about “a partner” rather than “a husband” or “a wife”."),
                ("heading", "When you see or hear discrimination"),
                ("text", "If someone makes a discriminatory comment in a group or at a centre, it is okay to speak up calmly: “We don’t talk about people like that here.” You do not have to win an argument. If you do not feel safe to challenge it at the time, tell your supervisor afterwards. If it is aimed at you, you deserve support too, so please tell us."),
                ("callout", {"kind": "worried", "title": "If someone is targeted because of who they are", "text": "If someone tells you they have been attacked, threatened or abused because of their race, religion, disability, sexuality or gender identity, it may be a hate crime. Listen and take it seriously. If they are in danger, call 999. Otherwise, the police can be reached on 101. Tell your supervisor the same day."}),
                ("reflection", "What assumptions might you make about someone before you get to know them? How could you check those assumptions?"),
            ],
            "quiz": {
                "pass_mark": 80,
                "questions": [
                    {
                        "kind": "single",
                        "text": "What does inclusion mean?",
                        "options": [
                            {"text": "People feel welcome and respected, and can take part fully as themselves", "correct": True, "feedback": "Yes. Inclusion is about how it feels to be part of something."},
                            {"text": "Everyone is treated in exactly the same way", "correct": False, "feedback": "Not quite. Sometimes people need different things to get a fair chance."},
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
                            {"text": "Which football team you support", "correct": False, "feedback": "No, this is not one of the nine protected characteristics."},
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
                            {"text": "Offer to go through forms together and explain out loud, without fuss", "correct": True, "feedback": "Yes. This is respectful and practical."},
                            {"text": "Give them a leaflet to take home", "correct": False, "feedback": "A leaflet alone may not help. Talking it through works better."},
                            {"text": "Ask them to bring their child to read for them", "correct": False, "feedback": "Children should not be used to read or interpret for adults."},
                            {"text": "Skip the form", "correct": False, "feedback": "They still have a right to the service. Help them with it instead."},
                        ],
                    },
                    {
                        "kind": "single",
                        "text": "In a group, someone makes a racist joke. What could you do?",
                        "options": [
                            {"text": "Calmly say “We don’t talk about people like that here”, and tell your supervisor afterwards", "correct": True, "feedback": "Yes. Calm and clear is enough. You do not need to win an argument."},
                            {"text": "Laugh along to keep the peace", "correct": False, "feedback": "This tells others the comment is acceptable. A calm word is better."},
                            {"text": "Pretend you didn’t hear", "correct": False, "feedback": "Others in the room will have heard. If you cannot speak up, tell your supervisor afterwards."},
                            {"text": "Shout at the person", "correct": False, "feedback": "This can make things worse. Stay calm."},
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
                ("text", "When you contact someone new, for example someone referred by a hospital, a text first usually works better than a call out of the blue:\n\n- Say who you are and where you are from.\n- Suggest they save your number under your name.\n- Say when you will call.\n\nIf they do not answer, text again and offer another time. Give them the choice to say no to calls. No answer does not always mean no interest: people run out of credit or change phones. Keep early calls light and friendly. Alcohol and drugs do not have to be the first topic."),
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
                            {"text": "What has this week been like for you?", "correct": True, "feedback": "Yes. It invites the person to say more in their own way."},
                            {"text": "Did you drink yesterday?", "correct": False, "feedback": "This can be answered yes or no, and may feel like a test."},
                            {"text": "Are you okay?", "correct": False, "feedback": "This often gets a one-word answer. Try “How are you doing?”"},
                            {"text": "You went to the GP, didn’t you?", "correct": False, "feedback": "This is a closed question, and it suggests the answer."},
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
                            {"text": "Text again, offer another time, and give them the choice to opt out", "correct": True, "feedback": "Yes. Be patient and persistent, but respect their choice."},
                            {"text": "Give up straight away", "correct": False, "feedback": "No answer does not always mean no interest. Phones run out of credit or change."},
                            {"text": "Keep calling every hour until they pick up", "correct": False, "feedback": "Contact should never feel like pressure or harassment."},
                            {"text": "Call their family to find them", "correct": False, "feedback": "This could break their confidentiality. Check with the referrer or your supervisor if you think the number is wrong."},
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
                            {"text": "Accept that they are frustrated, without agreeing, and talk about what might help", "correct": True, "feedback": "Yes. You can hear the feeling without running down other workers."},
                            {"text": "Agree, to build rapport", "correct": False, "feedback": "Joining in can make it harder for them to use help they may need later."},
                            {"text": "Argue that they are wrong", "correct": False, "feedback": "Arguing rarely helps. Listen to the frustration first."},
                            {"text": "End the call", "correct": False, "feedback": "Their frustration is worth hearing. Stay with the conversation."},
                        ],
                    },
                ],
            },
        },
    ],
}

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
                ("callout", {"kind": "worried", "title": "If someone is in danger or very unwell", "text": "Stopping drinking suddenly can be dangerous for someone who is dependent. If a person tells you they have stopped and are shaking, sweating, confused or seeing things, they need medical help now: tell them to call 999 or go to A&E. For urgent advice that is not an emergency, they can call NHS 111. Let your supervisor know the same day."}),
                ("reflection", "How do you usually feel when you have to let go of something you care about? How could you look after yourself when a buddy relationship ends?"),
            ],
            "quiz": {
                "pass_mark": 80,
                "questions": [
                    {
                        "kind": "single",
                        "text": "What is the main aim at the start of a buddy relationship?",
                        "options": [
                            {"text": "To build trust and find out what matters to the person", "correct": True, "feedback": "Yes. Connection comes first. Everything else builds on it."},
                            {"text": "To get them to stop drinking or using straight away", "correct": False, "feedback": "Not quite. Pushing too early can end the relationship. Their goals come first."},
                            {"text": "To fill in as many forms as possible", "correct": False, "feedback": "Not quite. Practical help matters, but trust comes first."},
                            {"text": "To tell them your whole story", "correct": False, "feedback": "Not quite. Share only what helps them, and keep the focus on them."},
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
                            {"text": "True", "correct": True, "feedback": "Right. It is their information. The exception is when someone may be at risk: then you always pass it on."},
                            {"text": "False", "correct": False, "feedback": "This one is true. Ask first. Only safety worries are passed on without waiting for permission."},
                        ],
                    },
                    {
                        "kind": "single",
                        "text": "Someone you buddy texts: “Please stop contacting me.” What do you do?",
                        "options": [
                            {"text": "Respect it, let them know the door is open, and tell your supervisor", "correct": True, "feedback": "Yes. Respect their choice, and leave the way back open."},
                            {"text": "Keep calling in case they change their mind", "correct": False, "feedback": "Contact must never feel like harassment. Respect the no."},
                            {"text": "Ask their friends to persuade them", "correct": False, "feedback": "This would break their trust and their confidentiality."},
                            {"text": "Turn up at their home", "correct": False, "feedback": "This is unsafe and ignores their choice."},
                        ],
                    },
                    {
                        "kind": "single",
                        "text": "Someone says they stopped drinking suddenly yesterday and are now shaking and seeing things. What should you do?",
                        "options": [
                            {"text": "Tell them to call 999 or go to A&E now, and tell your supervisor the same day", "correct": True, "feedback": "Yes. Alcohol withdrawal can be dangerous and needs medical help."},
                            {"text": "Tell them to push through it", "correct": False, "feedback": "This could be dangerous. They need medical help now."},
                            {"text": "Wait until your next planned call", "correct": False, "feedback": "This cannot wait. These can be signs of serious withdrawal."},
                            {"text": "Suggest they have a drink and go to bed", "correct": False, "feedback": "Medical advice is not your role, and this is an emergency. Get them to 999 or A&E."},
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

FOUR_DAY_INDUCTION = {
    "slug": "four-day-induction",
    "title": "Four-day induction",
    "category": "induction",
    "delivery": "blended",
    "summary": "The accredited introductory training that everyone takes before giving peer support. You read the lessons online and put them into practice over four classroom days.",
    # Four classroom days of about six hours, plus the online lessons.
    "estimated_minutes": 1440,
    "validity_months": 0,
    "for_roles": ["Volunteer", "Supervisor", "Trainer", "Manager"],
    "for_placements": [],
    "prerequisites": [],
    "accreditation": "This is an accredited course. You receive a certificate when you have attended all four classroom days and passed every knowledge check.",
    "modules": [
        INTRODUCTION_TO_PEER_SUPPORT,
        GROUP_FACILITATION,
        BEING_A_RECOVERY_CHAMPION,
        EQUALITY_AND_DIVERSITY,
        COMMUNICATION_SKILLS,
        RECOVERY_BUDDY_TRAINING,
    ],
}
