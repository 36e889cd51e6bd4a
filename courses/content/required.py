# ruff: noqa: E501
"""The three online courses everyone completes, alongside the induction, before giving peer support."""

from .crisis import ALCOHOL_EMERGENCIES, CAPACITY_AND_CHOICE, SUICIDE_AND_SELF_HARM

SAFEGUARDING = {
    "slug": "safeguarding",
    "title": "Safeguarding adults and children",
    "category": "required",
    "delivery": "online",
    "summary": "How to spot abuse and neglect, and exactly what to do when you are worried about an adult or a child.",
    "estimated_minutes": 60,
    "validity_months": 36,
    "for_roles": ["Volunteer", "Supervisor", "Trainer", "Manager"],
    "for_placements": [],
    "prerequisites": [],
    "accreditation": "",
    "modules": [
        {
            "slug": "safeguarding-adults-and-children",
            "title": "Safeguarding adults and children",
            "summary": "What safeguarding means, the kinds of harm to look out for, and how to act on a worry.",
            "classroom_day": None,
            "lessons": [
                {
                    "slug": "what-safeguarding-means",
                    "title": "What safeguarding means",
                    "estimated_minutes": 20,
                    "body": [
                        ("heading", "Everyone’s responsibility"),
                        ("text", "Safeguarding means protecting people’s right to live safely, free from abuse and neglect. It covers children, meaning anyone under 18. It also covers adults who may find it harder to protect themselves, for example because of illness, disability, or their alcohol or drug use.\n\nSafeguarding is everyone’s job. You do not need to be sure that abuse is happening before you speak up. You only need to pass your worry on to the right person, quickly."),
                        ("heading", "Why it matters in our work"),
                        ("text", "Many of the people we support are at higher risk of harm. Some are taken advantage of by others because of their use. Some live with violence at home. Some neglect their own health, food or safety. Some have children who are affected by what is happening at home.\n\nPeer supporters often hear things that nobody else hears, because people trust them. That trust comes with a duty to act."),
                        ("heading", "Kinds of abuse and neglect"),
                        ("text", "Abuse takes many forms, and a person may face more than one:\n\n- Physical: hitting, pushing, holding someone down, or giving them medicine wrongly.\n- Sexual: any sexual act that someone has not agreed to, or is not able to agree to.\n- Emotional or psychological: threats, humiliation, controlling someone or cutting them off from others.\n- Financial: taking someone’s money, benefits or belongings. This includes “cuckooing”, when someone takes over a person’s home, often to deal drugs.\n- Neglect: not meeting someone’s basic needs when you are responsible for them.\n- Self-neglect: a person not looking after their own health, hygiene or home, to the point where it puts them at risk.\n- Domestic abuse: abuse by a partner, ex-partner or family member, including controlling behaviour.\n- Exploitation and modern slavery: being forced to work, commit crimes or carry drugs.\n- Discriminatory abuse: abuse because of someone’s race, disability, sexuality or other part of who they are.\n- Organisational abuse: poor care or bad practice within a service."),
                        ("heading", "Children"),
                        ("text", "Children can be harmed when the adults who care for them are very unwell, use alcohol or drugs heavily, or live with domestic abuse. Signs might include a child who is often hungry or unwashed, who misses school, who is left alone, or who is caring for a parent. If someone you support has children, or lives with children, keep those children in mind too."),
                        ("heading", "Six principles"),
                        ("text", "Good safeguarding rests on six ideas:\n\n- Empowerment: the person is helped to make their own decisions, and is asked what they want.\n- Prevention: act early, before harm happens.\n- Proportionality: the response fits the risk, and is no more than is needed.\n- Protection: support for people who are least able to protect themselves.\n- Partnership: services and communities work together.\n- Accountability: everyone is open about what they did and why."),
                        ("heading", "The law where you work"),
                        ("nation", {"england": "In England, the Care Act 2014 sets out how adults are safeguarded. An adult at risk is someone who has care and support needs, is experiencing or at risk of abuse or neglect, and cannot protect themselves because of those needs. The council must make enquiries when this may be happening. The six principles come from the guidance to this Act.", "wales": "In Wales, Part 7 of the Social Services and Well-being (Wales) Act 2014 sets out how adults and children are safeguarded. An adult at risk is someone who is experiencing or at risk of abuse or neglect, has needs for care and support, and cannot protect themselves because of those needs. Many services have a duty to report an adult or a child at risk to the council. The Wales Safeguarding Procedures set out the steps everyone follows. Whether the duty to report falls on our organisation, or on you, can depend on how we are funded. If you are not sure, ask your supervisor. In every case, you tell your supervisor or the safeguarding lead."}),
                        ("callout", {"kind": "tip", "title": "You are not the investigator", "text": "Notice, listen and pass it on. Trained people decide what happens next."}),
                        ("reflection", "Think about where you will volunteer. Where might you see or hear something that worries you? Do you know who you would tell?"),
                    ],
                    "quiz": None,
                },
                {
                    "slug": "what-to-do-if-you-are-worried",
                    "title": "What to do if you are worried",
                    "estimated_minutes": 25,
                    "body": [
                        ("callout", {"kind": "worried", "title": "If you are worried about someone", "text": "Danger now: call 999.\nOtherwise: tell your supervisor or the safeguarding lead the same day.\nWrite down what you saw and heard.\nDo not investigate. Do not promise to keep a secret."}),
                        ("heading", "If someone tells you something"),
                        ("text", "When someone tells you about abuse, it may be the first time they have told anyone. How you react matters.\n\n- Stay calm. Listen. Let them talk at their own pace.\n- Take them seriously, and tell them they were right to tell you.\n- Do not push for details or put words in their mouth. Simple prompts like “Can you tell me more?” are enough.\n- Be honest. Tell them you will need to pass this on to someone who can help.\n- Do not contact or confront the person who may be causing harm."),
                        ("heading", "Choice and sharing"),
                        ("text", "Where you can, tell the person what you plan to do and ask what they would like to happen. Adults usually have the right to make their own choices, even ones that others think are unwise. But you always tell your supervisor or the safeguarding lead about a safeguarding worry. That is not breaking confidentiality: it is how the organisation keeps people safe.\n\nWhether the worry then goes further, for example to the council or the police, is decided case by case by the safeguarding lead. They weigh what the person wants against the risk. Information may be shared without the person’s agreement when:\n\n- a child may be at risk\n- other people may be at risk\n- a serious crime may be involved\n- someone’s life is in danger\n- the person may not be able to make the decision for themselves at that moment\n\nThis is why nobody can promise full confidentiality, and why you never promise to keep a secret."),
                        ("heading", "When someone is being controlled"),
                        ("text", "Sometimes a person says they are fine, or asks you not to act, because someone else is controlling or frightening them. This is called coercion. A partner, a family member or someone they owe money to may be listening, or may have told them what to say. If a person’s choices seem to follow someone else’s wishes, or they seem scared to speak, tell your supervisor or the safeguarding lead. Coercion changes how much weight their “no” can be given."),
                        ("heading", "Writing it down"),
                        ("text", "Write a note the same day. Include:\n\n- the date, time and place\n- what you saw and heard, in the person’s own words where you can\n- who else was there\n- what you did, and who you told\n\nStick to facts. If you add an opinion, say clearly that it is your opinion. Keep the note on your organisation’s system, not on your own phone or in a notebook at home."),
                        ("heading", "Worries about staff or volunteers"),
                        ("text", "Sometimes the worry is about a colleague. For example, a volunteer may be lending money to someone they support, or starting a relationship with them. This is a safeguarding worry too. Tell your supervisor or the safeguarding lead. If the worry is about your supervisor, go to their manager."),
                        ("reflection", "How might you feel if someone told you they were being abused? What would help you stay calm and do the right things?"),
                    ],
                    "quiz": {
                        "pass_mark": 80,
                        "questions": [
                            {
                                "kind": "true_false",
                                "text": "You need to be sure that abuse is happening before you pass on a worry.",
                                "options": [
                                    {"text": "True", "correct": False, "feedback": "This one is false. A worry is enough. Others will look into it."},
                                    {"text": "False", "correct": True, "feedback": "Right. You only need to pass your worry on, quickly, to the right person."},
                                ],
                            },
                            {
                                "kind": "multiple",
                                "text": "Which of these are forms of abuse or neglect? Choose all that apply.",
                                "options": [
                                    {"text": "Someone taking over a person’s flat to deal drugs from it", "correct": True, "feedback": "Yes. This is called cuckooing. It is exploitation and financial abuse."},
                                    {"text": "A partner controlling someone’s money and phone", "correct": True, "feedback": "Yes. Controlling behaviour is a form of domestic abuse."},
                                    {"text": "A person no longer looking after themselves, so they are at risk", "correct": True, "feedback": "Yes. This is self-neglect, and it is a safeguarding worry."},
                                    {"text": "A person choosing a different recovery group from yours", "correct": False, "feedback": "No. This is their own choice and there is no harm in it."},
                                ],
                            },
                            {
                                "kind": "single",
                                "text": "Someone asks you to promise not to tell anyone before they share something. What do you say?",
                                "options": [
                                    {"text": "Promise, so that they feel able to talk", "correct": False, "feedback": "You might have to break that promise, which would hurt their trust. Be honest from the start."},
                                    {"text": "Tell them to speak to the safeguarding lead instead", "correct": False, "feedback": "They chose to talk to you. Listen, but be honest about what you may need to share."},
                                    {"text": "Say kindly that you can’t promise, and explain why", "correct": True, "feedback": "Yes. Explain that you may need to share it to keep people safe. Being honest at the start protects their trust in you."},
                                    {"text": "Promise, then tell your supervisor anyway, because safety comes first", "correct": False, "feedback": "Do not make promises you cannot keep. Explain the limits first."},
                                ],
                            },
                            {
                                "kind": "single",
                                "text": "You are worried a child is being neglected, but nobody is in immediate danger. When do you tell your supervisor or the safeguarding lead?",
                                "options": [
                                    {"text": "At your next 1:1", "correct": False, "feedback": "That could be too late. Do not wait for a planned meeting."},
                                    {"text": "The same day", "correct": True, "feedback": "Yes. Safeguarding worries are passed on the same day."},
                                    {"text": "After you have checked it out yourself", "correct": False, "feedback": "Do not investigate yourself. Pass it on and let trained people decide."},
                                    {"text": "Only if it happens again", "correct": False, "feedback": "One worry is enough. Pass it on the same day."},
                                ],
                            },
                            {
                                "kind": "multiple",
                                "text": "Someone tells you they are being abused. What should you do? Choose all that apply.",
                                "options": [
                                    {"text": "Listen calmly and take them seriously", "correct": True, "feedback": "Yes. How you react can make a big difference."},
                                    {"text": "Write down what they said, in their own words, the same day", "correct": True, "feedback": "Yes. A clear, factual note helps the people who will act on it."},
                                    {"text": "Question them closely to get all the facts", "correct": False, "feedback": "No. Do not investigate. Simple prompts are enough."},
                                    {"text": "Go and confront the person causing the harm", "correct": False, "feedback": "No. This could put them and you in danger."},
                                    {"text": "Tell them you will need to share it with someone who can help", "correct": True, "feedback": "Yes. Be honest about what happens next."},
                                ],
                            },
                            {
                                "kind": "true_false",
                                "text": "If someone is in immediate danger, you should call 999.",
                                "options": [
                                    {"text": "True", "correct": True, "feedback": "Right. Call 999 first, then tell your supervisor or the safeguarding lead."},
                                    {"text": "False", "correct": False, "feedback": "This one is true. Immediate danger always means calling 999."},
                                ],
                            },
                        ],
                    },
                },
                CAPACITY_AND_CHOICE,
                SUICIDE_AND_SELF_HARM,
            ],
        },
    ],
}

PROFESSIONAL_BOUNDARIES = {
    "slug": "professional-boundaries",
    "title": "Maintaining professional boundaries",
    "category": "required",
    "delivery": "online",
    "summary": "How to keep peer support safe and clear for everyone, including when your peer role and your organisation’s role pull in different directions.",
    "estimated_minutes": 45,
    "validity_months": 36,
    "for_roles": ["Volunteer", "Supervisor", "Trainer", "Manager"],
    "for_placements": [],
    "prerequisites": [],
    "accreditation": "",
    "modules": [
        {
            "slug": "maintaining-professional-boundaries",
            "title": "Maintaining professional boundaries",
            "summary": "What boundaries are, why they matter in peer support, and how to keep them day to day.",
            "classroom_day": None,
            "lessons": [
                {
                    "slug": "what-boundaries-are",
                    "title": "What boundaries are and why they matter",
                    "estimated_minutes": 20,
                    "body": [
                        ("heading", "What is a boundary?"),
                        ("text", "A boundary is a line that keeps a relationship safe and clear. It shows what the relationship is for, what each person can expect, and where it stops. Boundaries protect the people you support. They also protect you, your recovery and the organisation."),
                        ("heading", "A peer, not a friend"),
                        ("text", "Peer support feels closer and more equal than support from a professional. That is its strength. But it also makes boundaries harder to see. You might have a lot in common with the person you support. You might really like them. You are still not their friend in the usual sense.\n\nA friendship goes both ways: you lean on each other. In peer support, the relationship is there for the other person. You get your own support from your supervisor, your peer group and your own network, not from the people you support."),
                        ("heading", "Two roles at once"),
                        ("text", "Peer supporters stand in two places at once. You have lived experience, like the people you support. You also represent an organisation, with its own rules and duties. Sometimes these pull in different directions. This is called role conflict. For example:\n\n- Someone asks you to keep a secret “because you’re one of us”, but you have a safety worry.\n- You meet someone you support at your own mutual aid meeting.\n- Someone you used to use with starts coming to the centre.\n- A friend from your past asks you to “put a word in” for them.\n\nThere is no shame in finding this hard. The answer is to notice it early and talk it through with your supervisor."),
                        ("heading", "Why it matters"),
                        ("text", "When boundaries slip, harm can follow, even with the best intentions. The person may come to rely on you in a way that is not healthy. They may feel hurt or let down when you cannot give what you seemed to offer. You may burn out, or find your own recovery at risk. Clear boundaries help the support last."),
                        ("callout", {"kind": "tip", "title": "A quick check", "text": "Ask yourself: Whose needs am I meeting here? Would I be happy for my supervisor to know about this? Would I do the same for everyone I support? If any answer makes you uneasy, pause and talk it through."}),
                        ("reflection", "Where do you think your own boundaries might be tested: with people from your past, in your local community, or online?"),
                    ],
                    "quiz": None,
                },
                {
                    "slug": "boundaries-day-to-day",
                    "title": "Boundaries day to day",
                    "estimated_minutes": 20,
                    "body": [
                        ("heading", "Phones and social media"),
                        ("text", "Use the phone and email your organisation gives you. Do not give out your own number or home address. Do not add people you support as friends or followers on social media, and do not message them from your own accounts. If someone finds you online, do not reply from your own account. Mention it to your supervisor."),
                        ("heading", "Money and gifts"),
                        ("text", "Never lend or give money to the people you support, and never borrow from them. Do not buy or sell things with them. A small thank-you, such as a card, is usually fine, but check your organisation’s rules and tell your supervisor about any gift. Turn down anything of real value kindly: “That’s really kind, but I’m not able to accept it.”"),
                        ("heading", "Touch and relationships"),
                        ("text", "Some people welcome a hug. Others find touch frightening, often because of past trauma. Do not assume. If in doubt, don’t.\n\nA romantic or sexual relationship with someone you support is never acceptable. If you find yourself attracted to someone you support, or they seem attracted to you, tell your supervisor. This happens, and it is nothing to be ashamed of, but it needs to be handled well."),
                        ("heading", "Your time and energy"),
                        ("text", "Boundaries are also about how much you give. Taking calls late at night, taking on more people than you can manage, or doing tasks that people could do themselves can all wear you down. Keep to agreed hours. It is okay to say: “I can’t do that, but here’s who can help.”"),
                        ("heading", "If a line has been crossed"),
                        ("text", "Everyone gets this wrong sometimes. If you think you have crossed a boundary, or are close to it, tell your supervisor as soon as you can. It is much easier to sort out early. The aim is to help you put it right, not to punish you."),
                        ("callout", {"kind": "warning", "title": "If you are offered alcohol or drugs", "text": "If someone you support offers you alcohol or drugs, or asks you to get them, say no and tell your supervisor. If you lapse yourself, please talk to your supervisor. Our lapse management policy explains how you will be supported."}),
                        ("reflection", "Is there a boundary you already know you find hard to keep, such as saying no, or switching off your phone? What would help you keep it?"),
                    ],
                    "quiz": {
                        "pass_mark": 80,
                        "questions": [
                            {
                                "kind": "single",
                                "text": "What is the main purpose of professional boundaries?",
                                "options": [
                                    {"text": "To keep people at arm’s length", "correct": False, "feedback": "Not quite. Boundaries let you be warm and close while staying safe."},
                                    {"text": "To make you seem like a professional rather than a peer", "correct": False, "feedback": "Not quite. You are still a peer. Boundaries just keep the role clear."},
                                    {"text": "To stop you using your lived experience", "correct": False, "feedback": "Not quite. Your experience is central. Boundaries help you use it well."},
                                    {"text": "To keep the relationship safe and clear for everyone", "correct": True, "feedback": "Yes. Boundaries protect the person, you and the organisation."},
                                ],
                            },
                            {
                                "kind": "true_false",
                                "text": "It is fine to give your own phone number to someone you support if they are struggling.",
                                "options": [
                                    {"text": "True", "correct": False, "feedback": "This one is false. Use the work phone. Your own number can lead to calls at any hour and blur the role."},
                                    {"text": "False", "correct": True, "feedback": "Right. Use the phone your organisation gives you, and make sure they know who to call out of hours."},
                                ],
                            },
                            {
                                "kind": "multiple",
                                "text": "Which of these are examples of role conflict? Choose all that apply.",
                                "options": [
                                    {"text": "Meeting someone you support at your own mutual aid meeting", "correct": True, "feedback": "Yes. Talk with your supervisor about how to handle it."},
                                    {"text": "Someone you used to use with starting to come to the centre", "correct": True, "feedback": "Yes. Your shared past can make the peer role harder. Raise it early."},
                                    {"text": "Being asked to keep a secret “as one of us” when you have a safety worry", "correct": True, "feedback": "Yes. Your duty to keep people safe comes first."},
                                    {"text": "Booking a room for a group", "correct": False, "feedback": "No. This is an everyday task with no conflict in it."},
                                ],
                            },
                            {
                                "kind": "single",
                                "text": "Someone you support offers you £20 as a thank-you. What should you do?",
                                "options": [
                                    {"text": "Turn it down kindly; tell your supervisor", "correct": True, "feedback": "Yes. Thank them warmly, but do not accept money, and tell your supervisor."},
                                    {"text": "Accept it so they are not offended", "correct": False, "feedback": "Accepting money blurs the relationship. You can decline and still be warm."},
                                    {"text": "Accept it, then give it to a charity of their choice", "correct": False, "feedback": "It is still money from someone you support. Decline it and tell your supervisor."},
                                    {"text": "Accept it and keep it quiet", "correct": False, "feedback": "Never keep gifts secret. Decline, and tell your supervisor."},
                                ],
                            },
                            {
                                "kind": "single",
                                "text": "You think you may have crossed a boundary. What is best?",
                                "options": [
                                    {"text": "Hope nobody notices", "correct": False, "feedback": "Problems like this tend to grow. Talk to your supervisor."},
                                    {"text": "Tell your supervisor as soon as you can", "correct": True, "feedback": "Yes. It is easier to sort out early, and the aim is support, not blame."},
                                    {"text": "Stop volunteering without telling anyone", "correct": False, "feedback": "There is no need. Talk to your supervisor and you will be helped to put it right."},
                                    {"text": "Ask the person to keep it quiet", "correct": False, "feedback": "This puts pressure on them. Talk to your supervisor instead."},
                                ],
                            },
                            {
                                "kind": "true_false",
                                "text": "A romantic relationship with someone you support is acceptable if you both agree.",
                                "options": [
                                    {"text": "True", "correct": False, "feedback": "This one is false. It is never acceptable, whatever both people feel."},
                                    {"text": "False", "correct": True, "feedback": "Right. It is never acceptable. If feelings arise, tell your supervisor."},
                                ],
                            },
                        ],
                    },
                },
            ],
        },
    ],
}

SUBSTANCE_USE_AWARENESS = {
    "slug": "substance-use-awareness",
    "title": "Substance use awareness",
    "category": "required",
    "delivery": "online",
    "summary": "The main kinds of alcohol and drugs, their risks, and how to help keep people safer, including in an emergency.",
    "estimated_minutes": 50,
    "validity_months": 0,
    "for_roles": ["Volunteer", "Supervisor", "Trainer", "Manager"],
    "for_placements": [],
    "prerequisites": [],
    "accreditation": "",
    "modules": [
        {
            "slug": "alcohol-drugs-and-staying-safer",
            "title": "Alcohol, drugs and staying safer",
            "summary": "The basics of how substances affect people, and the risks every peer supporter should know about.",
            "classroom_day": None,
            "lessons": [
                {
                    "slug": "alcohol-and-drugs-the-basics",
                    "title": "Alcohol and drugs: the basics",
                    "estimated_minutes": 20,
                    "body": [
                        ("heading", "Why this matters"),
                        ("text", "You bring your own experience of alcohol or drugs. But everyone’s experience is different, and the people you support may use substances you know little about. This course gives you a broad picture, so your conversations can be safer and better informed.\n\nIt does not make you a medical expert. If someone needs medical advice, help them get it from a GP, a pharmacist, NHS 111 or their treatment service."),
                        ("heading", "The main kinds of substances"),
                        ("text", "Substances are often grouped by their main effect:\n\n- Depressants slow the body down. They include alcohol, benzodiazepines such as diazepam, and opioids such as heroin, methadone and strong painkillers. Mixing depressants is especially dangerous, because together they can slow breathing until it stops.\n- Stimulants speed the body up. They include cocaine, crack cocaine and amphetamine. They can strain the heart and lead to anxiety, paranoia and poor sleep.\n- Cannabis can relax people, but it can also cause anxiety, and for some people it is linked to mental health problems.\n- Hallucinogens, such as LSD and magic mushrooms, change how people see and feel the world.\n\nMany people use more than one substance. Some use prescribed or shop-bought medicines in ways that harm them."),
                        ("heading", "Alcohol and units"),
                        ("text", "In the UK, alcohol is measured in units. The UK Chief Medical Officers’ low-risk guideline is not to drink more than 14 units a week on a regular basis, spread over three or more days. A pint of ordinary-strength lager is about two to three units, and a bottle of wine is around ten. Stronger drinks pack more units into less liquid."),
                        ("heading", "Tolerance, dependence and withdrawal"),
                        ("text", "With regular use, the body gets used to a substance. This is called tolerance: a person needs more to get the same effect. Dependence means the body and mind have come to rely on the substance. When the person cuts down or stops, they may have withdrawal symptoms. These range from feeling anxious and ill to, with alcohol and some medicines, fits that can kill.\n\nDependence is a health condition, not a moral failing."),
                        ("callout", {"kind": "tip", "title": "Ask, don’t assume", "text": "Do not guess what someone uses, or how much. Ask in a curious, non-judgemental way, such as: “What does a normal day look like for you?”"}),
                        ("reflection", "What did you believe about alcohol or drugs before your own recovery, or before you started this work? Has any of that changed?"),
                    ],
                    "quiz": None,
                },
                {
                    "slug": "keeping-people-safer",
                    "title": "Keeping people safer",
                    "estimated_minutes": 25,
                    "body": [
                        ("heading", "Stopping suddenly can be dangerous"),
                        ("text", "If someone is dependent on alcohol or benzodiazepines, stopping suddenly can be dangerous. Withdrawal can cause shaking, sweating, confusion, seeing or hearing things that are not there, and fits. People should plan to cut down or stop with medical support, for example through their GP or a drug and alcohol service. A safe, gradual plan to cut down is often the first step. Some people then go on to a detox with medical care."),
                        ("heading", "Overdose"),
                        ("text", "Overdose can happen with any substance. The risk is highest when:\n\n- depressants are mixed, such as alcohol with heroin or with benzodiazepines\n- someone uses again after a break, such as after detox, prison or a hospital stay, because their tolerance has dropped\n- someone uses alone\n- nobody knows how strong the drugs are\n\nSigns of an opioid overdose include being very hard to wake, slow or noisy breathing or no breathing, and blue or grey lips or fingertips."),
                        ("heading", "What to do in an emergency"),
                        ("text", "- Call 999 straight away. Say where you are and what you know.\n- If the person is not breathing, or not breathing normally, tell the call handler. They will talk you through chest compressions (CPR) until help arrives.\n- If the person is breathing but not responding, put them on their side in the recovery position, so they do not choke.\n- If there is naloxone, use it. In the UK anyone may give naloxone to save a life in an emergency, trained or not. The kit has instructions, and the call handler can help. Naloxone wears off sooner than many opioids, so the person still needs an ambulance.\n- Stay with the person until help arrives.\n- Tell your supervisor afterwards, and take time to talk it through. It can be very upsetting."),
                        ("heading", "Harm reduction"),
                        ("text", "Harm reduction means helping people be safer now, whatever their goals. It includes eating, drinking water and sleeping; not using alone; not sharing equipment; getting tested for blood-borne viruses (infections such as hepatitis C and HIV that pass through blood); and carrying naloxone. Drug services, and some pharmacies, give out naloxone kits free. People who drink heavily are often short of thiamine (vitamin B1), so encourage them to ask their GP about it.\n\nHarm reduction is not giving up on recovery. It keeps people alive and well enough to make changes when they are ready."),
                        ("heading", "Routes into treatment"),
                        ("text", "Help includes GPs, local drug and alcohol services, prescriptions (often called a “script”, such as methadone or buprenorphine), detox, residential rehab, and mutual aid groups. Most services now work with people who want to cut down, not only with those who want to stop."),
                        ("callout", {"kind": "worried", "title": "Worried about someone’s health right now?", "text": "Overdose, a fit or very confused: call 999.\nUrgent but not life-threatening: NHS 111.\nTell your supervisor the same day."}),
                    ],
                    "quiz": {
                        "pass_mark": 80,
                        "questions": [
                            {
                                "kind": "multiple",
                                "text": "Which of these are depressants? Choose all that apply.",
                                "options": [
                                    {"text": "Alcohol", "correct": True, "feedback": "Yes. Alcohol slows the body down."},
                                    {"text": "Heroin", "correct": True, "feedback": "Yes. Heroin is an opioid, and opioids are depressants."},
                                    {"text": "Diazepam", "correct": True, "feedback": "Yes. Diazepam is a benzodiazepine, which is a depressant."},
                                    {"text": "Cocaine", "correct": False, "feedback": "No. Cocaine is a stimulant. It speeds the body up."},
                                ],
                            },
                            {
                                "kind": "true_false",
                                "text": "Someone who is dependent on alcohol should stop suddenly, as soon as possible.",
                                "options": [
                                    {"text": "True", "correct": False, "feedback": "This one is false. Stopping suddenly can cause dangerous withdrawal. They need medical support to plan it."},
                                    {"text": "False", "correct": True, "feedback": "Right. Cutting down or stopping should be planned with medical support."},
                                ],
                            },
                            {
                                "kind": "single",
                                "text": "Why is the risk of overdose higher after time in prison or after a detox?",
                                "options": [
                                    {"text": "Because drugs are stronger in prison", "correct": False, "feedback": "Not quite. The risk comes from the person’s body, not the place."},
                                    {"text": "Because the body is fitter and works faster", "correct": False, "feedback": "Not quite. The body has lost its tolerance, so the same amount has a bigger effect."},
                                    {"text": "Dealers sell stronger drugs to people just out", "correct": False, "feedback": "Not quite. Strength varies at any time. The extra risk is that tolerance drops during a break."},
                                    {"text": "Their tolerance has dropped", "correct": True, "feedback": "Yes. This is one of the most dangerous times, so talk about it openly."},
                                ],
                            },
                            {
                                "kind": "single",
                                "text": "Someone is breathing but will not wake up. You have called 999. What do you do next?",
                                "options": [
                                    {"text": "Leave them to sleep it off", "correct": False, "feedback": "They could stop breathing or choke. Stay with them."},
                                    {"text": "Give them strong coffee", "correct": False, "feedback": "Never give food or drink to someone who is not fully awake. They could choke."},
                                    {"text": "Recovery position, and stay with them", "correct": True, "feedback": "Yes. This keeps their airway clear until help arrives."},
                                    {"text": "Put them in a cold shower to bring them round", "correct": False, "feedback": "This does not help and could hurt them. Use the recovery position and wait for help."},
                                ],
                            },
                            {
                                "kind": "true_false",
                                "text": "Harm reduction means giving up on someone’s recovery.",
                                "options": [
                                    {"text": "True", "correct": False, "feedback": "This one is false. Harm reduction keeps people alive and well enough to change when they are ready."},
                                    {"text": "False", "correct": True, "feedback": "Right. It meets people where they are, and keeps the door to recovery open."},
                                ],
                            },
                            {
                                "kind": "single",
                                "text": "What is the UK low-risk drinking guideline?",
                                "options": [
                                    {"text": "14 units a week, spread over three or more days", "correct": True, "feedback": "Yes. That is the UK Chief Medical Officers’ guideline."},
                                    {"text": "No more than 14 units a day", "correct": False, "feedback": "Not quite. The guideline is 14 units a week, not a day."},
                                    {"text": "No more than 30 units a week, with two days off", "correct": False, "feedback": "Not quite. The guideline is 14 units a week, spread over several days."},
                                    {"text": "No set number: it depends on your weight and age", "correct": False, "feedback": "Not quite. The guideline is the same for everyone: no more than 14 units a week, spread over three or more days."},
                                ],
                            },
                        ],
                    },
                },
                ALCOHOL_EMERGENCIES,
            ],
        },
    ],
}

REQUIRED_COURSES = [SAFEGUARDING, PROFESSIONAL_BOUNDARIES, SUBSTANCE_USE_AWARENESS]
