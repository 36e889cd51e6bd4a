# ruff: noqa: E501
"""The operational policies every volunteer reads and acknowledges."""

CONFIDENTIALITY = {
    "slug": "confidentiality",
    "title": "Confidentiality",
    "summary": "How we keep personal information private, who can see it, and the few times we must share it.",
    "version_note": "First version.",
    "body": [
        ("heading", "Why this matters"),
        ("text", "People tell us very personal things: about their alcohol or drug use, their health, their families and their past. They can only do that if they trust us to keep it safe. Confidentiality is the promise that we will handle what people share with care, and only share it when we need to."),
        ("heading", "What we keep confidential"),
        ("text", "This policy covers personal information about:\n\n- the people we support, including the fact that they are in touch with us at all\n- volunteers and staff, including their recovery and health\n- anything said in groups, 1:1s and supervision\n\nYour own recovery story is yours. You choose what to share about it, and nobody else may share it for you."),
        ("heading", "How we look after information"),
        ("text", "- Only people who need information to do their job may see it, and only as much as they need.\n- Notes are kept on the organisation’s systems, never on personal phones, in personal email or on paper taken home.\n- We tell people what we record, why, how we keep it safe, and their rights under data protection law, including their right to see what we hold about them.\n- We do not talk about the people we support outside work, or on social media, even without names."),
        ("heading", "When we must share"),
        ("text", "Confidentiality is not the same as secrecy. We may share information, even without agreement, when:\n\n- someone is at risk of serious harm, including from suicide or self-harm\n- a child may be at risk\n- other people may be at risk\n- a serious crime may be involved\n- the law requires it, for example a court order\n\nIn these cases you tell your supervisor or the safeguarding lead. They decide, case by case, what is shared, with whom, and whether the person is told first. Nobody in the organisation can promise full confidentiality. Where it is safe to do so, we tell the person what we are sharing and why. This is why we never promise to keep a secret."),
        ("heading", "Sharing with other services"),
        ("text", "Working with GPs, hospitals and treatment services can help people a lot. We ask for the person’s agreement before we share anything with another service, except when someone is at risk."),
        ("callout", {"kind": "warning", "title": "If something goes wrong", "text": "If information is lost, sent to the wrong person or shared when it should not have been, tell your supervisor straight away. Mistakes happen. Reporting them quickly means we can limit the harm, and you will be supported, not blamed."}),
    ],
}

PROFESSIONAL_BOUNDARIES = {
    "slug": "professional-boundaries",
    "title": "Professional boundaries and role conflict",
    "summary": "The limits that keep peer support safe, and what to do when being a peer and representing the organisation pull in different directions.",
    "version_note": "First version.",
    "body": [
        ("heading", "Why we have this policy"),
        ("text", "Peer support works because it is close, equal and real. That closeness is also why clear boundaries matter. They protect the people we support, they protect your own recovery, and they make sure the support can last."),
        ("heading", "What we expect"),
        ("text", "- Use the phone, email and systems the organisation gives you. Do not share your personal number, address or social media.\n- Do not lend, give or borrow money, or buy or sell things with the people you support.\n- Tell your supervisor about any gift. Small thank-yous such as a card are fine. Anything of value is politely refused.\n- Romantic or sexual relationships with people you support are never allowed.\n- Meet in agreed places. Do not visit homes, or invite people to yours, unless this has been agreed and checked for risk.\n- Never use alcohol or drugs with, or get them for, people you support.\n- Stay within your role. You do not give medical, legal or financial advice.\n- Keep to your agreed hours, and let your supervisor know if you are taking on too much."),
        ("heading", "Peer and professional: role conflict"),
        ("text", "As a peer supporter you share lived experience with the people you support, but you also act for the organisation. Sometimes these two roles clash. Common examples are:\n\n- supporting someone you used with, or know from your past\n- meeting people you support at your own mutual aid meeting or in your community\n- being asked to keep something “between us” when you have a safety worry\n- being asked by a friend or relative for help through the organisation\n\nNone of this is wrong in itself, but it must be out in the open. Tell your supervisor about any connection you have with someone you are asked to support. They may suggest that a colleague supports that person instead. Your duty to keep people safe always comes before loyalty to a peer."),
        ("heading", "Supervision"),
        ("text", "Your weekly 1:1 is the place to talk about boundaries and role conflict. Bring the grey areas, not just the problems. Boundaries are easier to hold when they are talked about often."),
        ("heading", "If a boundary is crossed"),
        ("text", "If you think you have crossed a line, or are close to it, tell your supervisor as soon as you can. We will talk it through, agree how to put it right, and support you. If people have been put at serious risk, we may ask you to step back from peer support while we look into it. Ending someone’s volunteering is a last resort."),
    ],
}

LAPSE_MANAGEMENT = {
    "slug": "lapse-management",
    "title": "Lapse management",
    "summary": "How we respond, with support rather than punishment, when someone we support, a volunteer or a member of staff lapses.",
    "version_note": "First version.",
    "body": [
        ("heading", "Our approach"),
        ("text", "Recovery is rarely a straight line. A lapse, meaning a return to alcohol or drug use, can happen to anyone, at any stage. We see a lapse as something to learn from, not a failure. Our response is always supportive, not punishing. Our first concern is everyone’s safety."),
        ("heading", "For the people we support"),
        ("text", "Nobody is turned away from support because they have lapsed. Peer supporters will:\n\n- talk about it openly and without judgement\n- help the person stay safe, including the higher risk of overdose after a break, when tolerance has dropped\n- look at what led to the lapse and what might help next time\n- review their goals with them, and keep the door open\n\nOur centres and groups ask people to come without having used that day. If someone arrives having used, we speak to them privately and kindly, check they can get home safely, and offer other support, such as a phone call, until they can come back."),
        ("heading", "For volunteers and staff"),
        ("text", "If you lapse, please tell us. We would much rather know, so that we can support you. You can talk to your supervisor, your manager, or another member of staff you trust. What you tell us is kept confidential and shared only with the people who need to know to support you."),
        ("heading", "What happens next"),
        ("text", "- We talk with you, kindly and privately, about how you are and what you need.\n- Usually you step back from supporting others for a while. This is not a punishment. It protects your recovery and the people you support.\n- You keep access to supervision, groups and the recovery community, unless we agree otherwise.\n- Together we agree a plan: what support you will have, and when we will review it."),
        ("heading", "Coming back"),
        ("text", "There is no fixed waiting time. When you and your supervisor feel you are ready, you have a return conversation. Your return may start gently, for example with fewer people to support, extra check-ins, or some refresher training. Many peer supporters have lapsed and come back stronger, with more understanding to offer."),
        ("callout", {"kind": "warning", "title": "Why honesty matters", "text": "If a lapse is hidden and it puts people at risk, we have to act on what we find out. We will always treat you fairly, but it is much easier to support you when you tell us yourself."}),
        ("heading", "When key people lapse"),
        ("text", "Lapses can also affect people who lead groups or run projects. We keep cover arrangements in place so that the work carries on while anyone steps back, and nobody has to carry the whole project alone."),
    ],
}

CLEAN_TIME = {
    "slug": "clean-time",
    "title": "Time in recovery (“clean time”)",
    "summary": "Why we have no fixed “time in recovery” rule, the two-month minimum before anyone starts, and what we look at instead.",
    "version_note": "First version.",
    "body": [
        ("heading", "No fixed rule"),
        ("text", "Some organisations ask peer supporters to have been abstinent, or “clean”, for a set time before they start. We do not. Recovery is defined by each person, and the number of days since someone last drank or used does not tell us how settled, safe or ready they are. People at many stages of recovery have a lot to offer."),
        ("heading", "A careful approach"),
        ("text", "Having no fixed rule does not mean anything goes. We take a careful approach, because peer support can be demanding and we want to protect your recovery as well as the people you support.\n\nEveryone, volunteers and staff, must finish the four-day induction and the required training before giving peer support. It takes at least two months from joining before anyone starts as a peer supporter. This time is for learning, settling in and getting to know the team. It is not a test."),
        ("heading", "What we look at instead"),
        ("text", "Before you start, you and your supervisor talk honestly about whether you are ready. We look at:\n\n- how settled your recovery feels to you, and any recent changes\n- the support you have around you, inside and outside the organisation\n- why you want to do this work, and what you hope to get from it\n- how you cope with stress, triggers and hard conversations\n- whether you can keep boundaries and ask for help\n- your training, and how you have found the classroom days\n\nA manager then signs you off as ready to start. If now is not the right time, we will tell you why and agree what would help."),
        ("heading", "After you start"),
        ("text", "Readiness is not a one-off decision. Your weekly 1:1, your wellbeing check-ins and our careful watch on how many people you support help us all notice if things change. Some roles, such as hospital placements or running groups, may need a little more experience. We decide this with you, case by case."),
        ("heading", "For the people we support"),
        ("text", "Nobody needs a set time in recovery to receive support. Many first steppers are still drinking or using. We only ask that people come to our centres and groups without having used that day."),
        ("callout", {"kind": "tip", "title": "Not a judgement of your worth", "text": "A decision to wait is about timing and safety, never about your value as a person."}),
    ],
}

SAFEGUARDING_PROCEDURE = {
    "slug": "safeguarding-procedure",
    "title": "Safeguarding procedure",
    "summary": "The steps every volunteer and member of staff follows when they are worried about an adult or a child.",
    "version_note": "First version.",
    "body": [
        ("heading", "Who this covers"),
        ("text", "This procedure applies to everyone who volunteers or works with us. It covers worries about children and about adults who may be at risk of abuse, neglect or exploitation, including self-neglect. It also covers worries about the behaviour of a volunteer or member of staff."),
        ("heading", "Step by step"),
        ("text", "- Step 1: If anyone is in immediate danger, call 999.\n- Step 2: Listen calmly. Do not push for details. Do not promise to keep a secret: explain that you may need to share what you hear.\n- Step 3: Tell your supervisor or the safeguarding lead the same day. Do not wait for your next 1:1. If you cannot reach either of them, tell the manager. If nobody is available and you are seriously worried, contact the local council’s safeguarding team or the police.\n- Step 4: Write down what you saw and heard the same day: date, time, place, who was there, the person’s own words, and what you did. Keep facts and opinions apart. Use the organisation’s system only.\n- Step 5: The safeguarding lead decides what happens next. This may include a referral to the council’s adult or children’s services, or to the police.\n- Step 6: The lead will let you know, where they can, what has been done, and check how you are."),
        ("heading", "What not to do"),
        ("text", "- Do not investigate or question people to find out more.\n- Do not contact or confront anyone who may be causing harm.\n- Do not discuss the worry with anyone who does not need to know."),
        ("heading", "Agreement and sharing"),
        ("text", "Where it is safe, we involve the person in decisions and respect their wishes. Adults have the right to make their own choices. But the safeguarding lead may decide, case by case, to share information without agreement when a child is at risk, when others are at risk, when a serious crime may be involved, when someone’s life is in danger, or when the person cannot make the decision for themselves at that moment."),
        ("nation", {"england": "In England, we follow the Care Act 2014 and our local council’s safeguarding adults procedures, and the local arrangements for safeguarding children.", "wales": "In Wales, we follow Part 7 of the Social Services and Well-being (Wales) Act 2014 and the Wales Safeguarding Procedures. If you are not sure whether the duty to report applies to you or to us, ask your supervisor or the safeguarding lead."}),
        ("heading", "Worries about volunteers or staff"),
        ("text", "Tell the safeguarding lead about any worry that someone in our team has harmed, or may harm, someone. If the worry is about the safeguarding lead, tell the most senior manager or the chair of trustees."),
        ("heading", "Training and checks"),
        ("text", "Everyone completes safeguarding training before starting, and refreshes it every three years. Some roles need a DBS check. Having a criminal record does not automatically stop you volunteering with us. We look at each case fairly."),
        ("callout", {"kind": "worried", "title": "If you are worried about someone", "text": "Immediate danger: call 999. Otherwise tell your supervisor or the safeguarding lead the same day, write down what you saw and heard, do not investigate yourself, and do not promise to keep a secret."}),
    ],
}

VOLUNTEERING = {
    "slug": "volunteering",
    "title": "Volunteering with us",
    "summary": "What we expect from volunteers, what you can expect from us, and how stepping back works.",
    "version_note": "First version.",
    "body": [
        ("heading", "Welcome"),
        ("text", "Volunteers are at the heart of this organisation. Many of us started as volunteers, and staff learn from volunteers as much as the other way round. This policy sets out what we ask of you and what you can count on from us."),
        ("heading", "What we expect from you"),
        ("text", "- Finish the four-day induction and the required training before you give peer support. This takes at least two months from joining.\n- Read and follow our policies, especially confidentiality, boundaries and safeguarding.\n- Be reliable. If you cannot make a shift or a call, tell us as early as you can.\n- Come to your supervision and the team meetings.\n- Keep short, factual notes on our systems.\n- Do the short weekly wellbeing check-in, so we can spot early if things are getting hard.\n- Look after yourself, and tell us early if things are getting too much."),
        ("heading", "What you can expect from us"),
        ("text", "- Training, both in-house and through partners, with an ongoing programme once you have started.\n- A brief morning meeting at the start of each day, to talk about what everyone is doing.\n- A weekly 30-minute 1:1 with your manager or volunteer supervisor.\n- A fortnightly peer group, where peer supporters give each other practical and emotional support. It is not for passing on information.\n- A fortnightly information-sharing meeting, in the weeks between peer groups.\n- Every Tuesday afternoon, a meeting or training for all staff and volunteers.\n- A fortnightly Volunteer Development Group, open to all volunteers.\n- External coaching when you need it.\n- A careful eye on how many people you support, so that you are not overloaded."),
        ("heading", "Expenses"),
        ("text", "Volunteering should never leave you out of pocket. We pay back agreed out-of-pocket expenses, such as travel to your placement. Keep your receipts and claim through your supervisor. Expenses are not payment for your time. If you receive benefits and are unsure how volunteering fits with them, ask us and we will help you check."),
        ("heading", "Stepping back"),
        ("text", "You can take a break at any time, for any reason. Just let your supervisor know, so we can look after the people you support. Sometimes we may ask you to step back for a while, for example to protect your wellbeing, after a lapse, or while a concern is looked into. This will always start with a conversation with you. When you are ready to return, we will plan it together."),
        ("heading", "If something is wrong"),
        ("text", "If you are unhappy with how you have been treated, talk to your supervisor or manager. If that does not sort it out, you can raise it with a more senior manager."),
    ],
}

POLICIES = [CONFIDENTIALITY, PROFESSIONAL_BOUNDARIES, LAPSE_MANAGEMENT, CLEAN_TIME, SAFEGUARDING_PROCEDURE, VOLUNTEERING]
