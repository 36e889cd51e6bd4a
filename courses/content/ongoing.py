# ruff: noqa: E501
"""The ongoing (CPD) programme. Each course has one outline lesson: what it covers, who it is for
and how it runs. The teaching itself happens in the session.
"""

TELEPHONE_RECOVERY_SUPPORT = {
    "slug": "telephone-recovery-support",
    "title": "Telephone recovery support",
    "category": "ongoing",
    "delivery": "blended",
    "summary": "How to give warm, safe and purposeful peer support over the phone and by text.",
    "estimated_minutes": 180,
    "validity_months": 0,
    "for_roles": ["Volunteer", "Supervisor"],
    "for_placements": [],
    "prerequisites": ["four-day-induction", "professional-boundaries", "phone-and-text-support"],
    "accreditation": "",
    "modules": [
        {
            "slug": "course-outline",
            "title": "Course outline",
            "summary": "What the telephone recovery support course covers, who it is for and how it runs.",
            "classroom_day": None,
            "lessons": [
                {
                    "slug": "about-this-course",
                    "title": "About telephone recovery support",
                    "estimated_minutes": 5,
                    "body": [
                        ("heading", "What this course covers"),
                        ("text", "A lot of peer support now happens by phone, especially with first steppers who are not ready to walk into a centre. This course covers:\n\n- making first contact with a text, then a call at the time you said\n- building trust when the person cannot see you\n- how to open, steer and close a call, from five minutes to much longer\n- what to do when calls go unanswered, and when to step back\n- keeping short notes and explaining to people how their information is kept safe\n- handling a call when someone is in crisis"),
                        ("heading", "Who it is for"),
                        ("text", "Peer supporters who make or take recovery calls and want to go further than the essentials. Everyone on a telephone placement, and everyone who holds a First Steps caseload, first completes “Phone and text support: the essentials”."),
                        ("heading", "How it is delivered"),
                        ("text", "A short online part, then a half-day practice session with role-play calls. You will then listen in on a few real calls with an experienced colleague before making your own."),
                        ("callout", {"kind": "tip", "title": "Your voice does the work", "text": "On the phone, warmth comes through your voice. Smiling while you speak really does change how you sound."}),
                        ("reflection", "How do you feel about talking to a stranger on the phone? What would help you feel more confident on your first calls?"),
                    ],
                    "quiz": None,
                },
            ],
        },
    ],
}

MEANINGFUL_ENGAGEMENT = {
    "slug": "meaningful-engagement",
    "title": "Meaningful engagement",
    "category": "ongoing",
    "delivery": "classroom",
    "summary": "How to build and keep a connection with people who are unsure about change, and help them find things that give life meaning.",
    "estimated_minutes": 180,
    "validity_months": 0,
    "for_roles": ["Volunteer", "Supervisor"],
    "for_placements": [],
    "prerequisites": ["four-day-induction"],
    "accreditation": "",
    "modules": [
        {
            "slug": "course-outline",
            "title": "Course outline",
            "summary": "What the meaningful engagement course covers, who it is for and how it runs.",
            "classroom_day": None,
            "lessons": [
                {
                    "slug": "about-this-course",
                    "title": "About meaningful engagement",
                    "estimated_minutes": 5,
                    "body": [
                        ("heading", "What this course covers"),
                        ("text", "Some people take a long time to trust support, often because of past experiences with services. This course looks at engagement that is steady, patient and has a purpose. It covers:\n\n- keeping in touch in a consistent and persistent way, without pressure\n- checking whether contact is still helpful and has a purpose\n- helping people find activities that give their days meaning, such as learning, volunteering, hobbies or time with others\n- noticing and celebrating small steps\n- why not talking about alcohol or drugs straight away is not a failure\n- keeping the door open when someone drifts away"),
                        ("heading", "Who it is for"),
                        ("text", "Peer supporters and supervisors, particularly those working with first steppers and people who have had bad experiences of services."),
                        ("heading", "How it is delivered"),
                        ("text", "A half-day classroom session with group discussion and real examples from peer supporters. You will bring an anonymous example from your own work to talk through."),
                        ("callout", {"kind": "tip", "title": "Staying in touch is worth it", "text": "Keeping someone engaged can reduce harm in itself, even before they change their use. Every friendly call keeps a door open."}),
                        ("reflection", "What activities or people gave your days meaning as your life changed? How could you help someone else find theirs?"),
                    ],
                    "quiz": None,
                },
            ],
        },
    ],
}

RECOVERY_COACHING = {
    "slug": "recovery-coaching",
    "title": "Recovery coaching",
    "category": "ongoing",
    "delivery": "classroom",
    "summary": "A coaching approach that helps people set their own goals, build on their strengths and plan the next steps in their recovery.",
    "estimated_minutes": 360,
    "validity_months": 0,
    "for_roles": ["Volunteer", "Supervisor"],
    "for_placements": [],
    "prerequisites": ["four-day-induction"],
    "accreditation": "",
    "modules": [
        {
            "slug": "course-outline",
            "title": "Course outline",
            "summary": "What the recovery coaching course covers, who it is for and how it runs.",
            "classroom_day": None,
            "lessons": [
                {
                    "slug": "about-this-course",
                    "title": "About recovery coaching",
                    "estimated_minutes": 5,
                    "body": [
                        ("heading", "What this course covers"),
                        ("text", "Recovery coaching helps people move forward by drawing out their own answers, rather than giving advice. The course covers:\n\n- the difference between coaching, mentoring and advising\n- spotting the strengths, people and resources that support someone’s recovery\n- helping people set goals that matter to them, and break them into small steps\n- reviewing progress kindly, including after setbacks\n- staying within your role and knowing when to refer on"),
                        ("heading", "Who it is for"),
                        ("text", "Peer supporters who have been in their role for a while and want to deepen their one-to-one skills. Supervisors may also find it useful for their own 1:1s."),
                        ("heading", "How it is delivered"),
                        ("text", "A one-day classroom course with plenty of practice in pairs. You are encouraged to use the skills in your 1:1 work and talk about how it went with your supervisor."),
                        ("callout", {"kind": "tip", "title": "A coach asks more than they tell", "text": "People are more likely to stick with plans they have made themselves. Your questions help them find their own way forward."}),
                        ("reflection", "Think of a goal you reached in your own recovery. What helped you get there, and who helped you without taking over?"),
                    ],
                    "quiz": None,
                },
            ],
        },
    ],
}

TRAUMA_INFORMED_PRACTICE = {
    "slug": "trauma-informed-practice",
    "title": "Trauma-informed and trauma-enhanced practice",
    "category": "ongoing",
    "delivery": "classroom",
    "summary": "Understanding how trauma affects people, and working in ways that help people feel safe rather than re-harming them.",
    "estimated_minutes": 360,
    "validity_months": 0,
    "for_roles": ["Volunteer", "Supervisor"],
    "for_placements": [],
    "prerequisites": ["four-day-induction", "safeguarding"],
    "accreditation": "",
    "modules": [
        {
            "slug": "course-outline",
            "title": "Course outline",
            "summary": "What the trauma-informed and trauma-enhanced practice course covers, who it is for and how it runs.",
            "classroom_day": None,
            "lessons": [
                {
                    "slug": "about-this-course",
                    "title": "About trauma-informed and trauma-enhanced practice",
                    "estimated_minutes": 5,
                    "body": [
                        ("heading", "What this course covers"),
                        ("text", "Many people who use alcohol or drugs have lived through trauma, such as abuse, violence, loss or neglect, often starting in childhood. Substances can be a way of coping. This course covers:\n\n- what trauma is and how it can affect the body, feelings and behaviour\n- why the question shifts from “What is wrong with you?” to “What happened to you?”\n- the core ideas of safety, trust, choice, working together and empowerment\n- avoiding things that may re-trigger people, such as surprise, shouting or loss of control\n- the trauma-enhanced level: deeper skills for those who work closely and often with people affected by severe trauma\n- looking after yourself when you hear hard stories"),
                        ("heading", "Who it is for"),
                        ("text", "The trauma-informed part is for all peer supporters. The trauma-enhanced part is for experienced peer supporters and supervisors who support people with complex trauma."),
                        ("heading", "How it is delivered"),
                        ("text", "Classroom sessions, usually run with a partner organisation. The trauma-informed session takes one day. The trauma-enhanced session is a further course that your supervisor can arrange."),
                        ("reflection", "How might your own experiences help you understand trauma in others? What might you need to look after yourself on this course?"),
                    ],
                    "quiz": None,
                },
            ],
        },
    ],
}

MOTIVATIONAL_INTERVIEWING = {
    "slug": "motivational-interviewing",
    "title": "Motivational interviewing",
    "category": "ongoing",
    "delivery": "classroom",
    "summary": "A respectful way of talking with people about change that draws out their own reasons and confidence to change.",
    "estimated_minutes": 720,
    "validity_months": 0,
    "for_roles": ["Volunteer", "Supervisor"],
    "for_placements": [],
    "prerequisites": ["four-day-induction"],
    "accreditation": "",
    "modules": [
        {
            "slug": "course-outline",
            "title": "Course outline",
            "summary": "What the motivational interviewing course covers, who it is for and how it runs.",
            "classroom_day": None,
            "lessons": [
                {
                    "slug": "about-this-course",
                    "title": "About motivational interviewing",
                    "estimated_minutes": 5,
                    "body": [
                        ("heading", "What this course covers"),
                        ("text", "Motivational interviewing is a well-researched way of having conversations about change. It starts from the idea that people who seem to be “in denial” are often in two minds: part of them wants to change and part of them does not. The course covers:\n\n- understanding mixed feelings about change\n- the OARS skills in more depth: open questions, affirmations, reflections and summaries\n- hearing and drawing out “change talk”, when people voice their own reasons to change\n- responding to push-back without arguing\n- the spirit of working alongside people, with respect for their choices"),
                        ("heading", "Who it is for"),
                        ("text", "Peer supporters who have finished the induction, and supervisors. It builds on the communication skills module."),
                        ("heading", "How it is delivered"),
                        ("text", "Two classroom days with lots of practice in small groups. Between the days, you try the skills in your own conversations and bring back what happened. Your supervisor can help you keep practising afterwards."),
                        ("callout", {"kind": "tip", "title": "Not a trick", "text": "Motivational interviewing is not a way to talk people into things. It helps people hear their own reasons for change."}),
                        ("reflection", "Think about a change you made in your life. What did people say that made you more likely to change, and what made you dig your heels in?"),
                    ],
                    "quiz": None,
                },
            ],
        },
    ],
}

MENTAL_HEALTH_FIRST_AID = {
    "slug": "mental-health-first-aid",
    "title": "Mental health first aid",
    "category": "ongoing",
    "delivery": "classroom",
    "summary": "How to spot the signs of a mental health problem, offer first help, and guide someone towards the right support.",
    "estimated_minutes": 720,
    "validity_months": 0,
    "for_roles": ["Volunteer", "Supervisor"],
    "for_placements": [],
    "prerequisites": ["four-day-induction"],
    "accreditation": "",
    "modules": [
        {
            "slug": "course-outline",
            "title": "Course outline",
            "summary": "What the mental health first aid course covers, who it is for and how it runs.",
            "classroom_day": None,
            "lessons": [
                {
                    "slug": "about-this-course",
                    "title": "About mental health first aid",
                    "estimated_minutes": 5,
                    "body": [
                        ("heading", "What this course covers"),
                        ("text", "Alcohol and drug use and mental health problems often go together. This course helps you to:\n\n- recognise common signs of anxiety, depression, psychosis and other conditions\n- understand how alcohol and drug use can hide or worsen mental health problems\n- start a supportive conversation with someone who is struggling\n- listen without judging and offer reassurance\n- know when someone needs urgent help, and how to get it\n- guide people to support such as their GP, NHS 111, crisis teams and community services\n- look after your own mental health"),
                        ("heading", "Who it is for"),
                        ("text", "All peer supporters and supervisors. It is especially useful for people supporting first steppers or working in hospitals."),
                        ("heading", "How it is delivered"),
                        ("text", "A classroom course run by a qualified instructor, usually through a partner organisation, over two days."),
                        ("callout", {"kind": "tip", "title": "Certificates", "text": "Some sessions are run by partner organisations. If a partner gives you a certificate, show it to your supervisor so it can be added to your record."}),
                        ("reflection", "What helps you when your own mental health is low? How could you use that understanding to support someone else?"),
                    ],
                    "quiz": None,
                },
            ],
        },
    ],
}

SUICIDE_AWARENESS = {
    "slug": "suicide-awareness",
    "title": "Suicide awareness",
    "category": "ongoing",
    "delivery": "classroom",
    "summary": "How to notice when someone may be thinking about suicide, ask them directly, and help them stay safe.",
    "estimated_minutes": 240,
    "validity_months": 0,
    "for_roles": ["Volunteer", "Supervisor"],
    "for_placements": [],
    "prerequisites": ["four-day-induction", "safeguarding"],
    "accreditation": "",
    "modules": [
        {
            "slug": "course-outline",
            "title": "Course outline",
            "summary": "What the suicide awareness course covers, who it is for and how it runs.",
            "classroom_day": None,
            "lessons": [
                {
                    "slug": "about-this-course",
                    "title": "About suicide awareness",
                    "estimated_minutes": 5,
                    "body": [
                        ("heading", "What this course covers"),
                        ("text", "People who use alcohol or drugs are at higher risk of suicide, and peer supporters are often the people they talk to. This course covers:\n\n- common myths about suicide, and the facts\n- warning signs, including things people say and do\n- why asking directly about suicide is safe, and how to ask\n- listening, staying with the person, and helping them make a plan to stay safe\n- who to call: 999 if someone is in immediate danger, NHS 111 option 2 for urgent mental health help, local crisis teams, and Samaritans on 116 123\n- what to do afterwards, and looking after yourself"),
                        ("heading", "Who it is for"),
                        ("text", "All peer supporters and supervisors."),
                        ("heading", "How it is delivered"),
                        ("text", "A classroom session, often run with a partner organisation. The subject can be hard, so there is time to talk, and you can step out at any point."),
                        ("callout", {"kind": "worried", "title": "If you are worried about someone now", "text": "You do not need to wait for this course. If someone is in immediate danger, call 999. Otherwise, tell your supervisor or the safeguarding lead the same day. Samaritans are free to call on 116 123, day or night."}),
                        ("reflection", "How do you feel about asking someone if they are thinking about suicide? What might make it easier for you?"),
                    ],
                    "quiz": None,
                },
            ],
        },
    ],
}

ALCOHOL_IDENTIFICATION_AND_BRIEF_ADVICE = {
    "slug": "alcohol-identification-and-brief-advice",
    "title": "Alcohol identification and brief advice (IBA)",
    "category": "ongoing",
    "delivery": "online",
    "summary": "How to use a short, simple questionnaire to check someone’s drinking, and give brief, friendly advice.",
    "estimated_minutes": 90,
    "validity_months": 0,
    "for_roles": ["Volunteer", "Supervisor"],
    "for_placements": [],
    "prerequisites": ["four-day-induction", "substance-use-awareness"],
    "accreditation": "",
    "modules": [
        {
            "slug": "course-outline",
            "title": "Course outline",
            "summary": "What the alcohol identification and brief advice (iba) course covers, who it is for and how it runs.",
            "classroom_day": None,
            "lessons": [
                {
                    "slug": "about-this-course",
                    "title": "About alcohol identification and brief advice (iba)",
                    "estimated_minutes": 5,
                    "body": [
                        ("heading", "What this course covers"),
                        ("text", "Identification and brief advice, often shortened to IBA, is a quick way to check whether someone’s drinking is putting their health at risk. This course covers:\n\n- using a short, well-tested questionnaire about drinking, such as AUDIT-C\n- working out units, and what the score means\n- giving brief advice in a few minutes, without lecturing\n- offering choices, such as cutting down, having drink-free days, or getting more help\n- knowing when someone may be dependent on alcohol and needs medical help or a referral, rather than brief advice\n- recording what you did, simply and clearly"),
                        ("heading", "Who it is for"),
                        ("text", "Peer supporters who talk to people about their drinking, including in hospitals and on the phone."),
                        ("heading", "How it is delivered"),
                        ("text", "An online course you can do at your own pace, followed by a short practice session with your supervisor."),
                        ("callout", {"kind": "tip", "title": "A few minutes can matter", "text": "Brief advice is short, but one friendly, honest conversation about drinking can be the start of change."}),
                        ("reflection", "How would you feel if someone asked you about your own drinking? How could you ask in a way that feels respectful?"),
                    ],
                    "quiz": None,
                },
            ],
        },
    ],
}

MOVING_ON_IN_MY_RECOVERY = {
    "slug": "moving-on-in-my-recovery",
    "title": "Moving On In My Recovery (MOIMR)",
    "category": "ongoing",
    "delivery": "classroom",
    "summary": "How to co-facilitate the Moving On In My Recovery group programme, which helps people keep their recovery going after treatment.",
    "estimated_minutes": 720,
    "validity_months": 0,
    "for_roles": ["Volunteer", "Supervisor"],
    "for_placements": [],
    "prerequisites": ["four-day-induction", "professional-boundaries"],
    "accreditation": "",
    "modules": [
        {
            "slug": "course-outline",
            "title": "Course outline",
            "summary": "What the moving on in my recovery (moimr) course covers, who it is for and how it runs.",
            "classroom_day": None,
            "lessons": [
                {
                    "slug": "about-this-course",
                    "title": "About moving on in my recovery (moimr)",
                    "estimated_minutes": 5,
                    "body": [
                        ("heading", "What this course covers"),
                        ("text", "Moving On In My Recovery (MOIMR) is a structured group programme that helps people bridge the gap between formal treatment and longer-term recovery, including mutual aid. It was developed with people in recovery and draws on acceptance-based approaches to thoughts and feelings. The programme runs over twelve group sessions on topics such as lifestyle balance, coping with low mood and anxiety, relapse, relationships and stigma. This course covers:\n\n- the aims and structure of the programme\n- the ideas behind it, in plain language\n- how to co-facilitate a session with a member of staff\n- using your own recovery experience in the group"),
                        ("heading", "Who it is for"),
                        ("text", "Peer supporters with group facilitation experience who are steady in their own recovery. Many facilitators have been through the programme themselves."),
                        ("heading", "How it is delivered"),
                        ("text", "Facilitator training in the classroom, then co-facilitating sessions alongside an experienced facilitator and a member of treatment staff, with support from your supervisor."),
                        ("reflection", "What helped you, or might help someone else, move from early recovery to a life that feels settled and your own?"),
                    ],
                    "quiz": None,
                },
            ],
        },
    ],
}

ONGOING_COURSES = [
    TELEPHONE_RECOVERY_SUPPORT,
    MEANINGFUL_ENGAGEMENT,
    RECOVERY_COACHING,
    TRAUMA_INFORMED_PRACTICE,
    MOTIVATIONAL_INTERVIEWING,
    MENTAL_HEALTH_FIRST_AID,
    SUICIDE_AWARENESS,
    ALCOHOL_IDENTIFICATION_AND_BRIEF_ADVICE,
    MOVING_ON_IN_MY_RECOVERY,
]
