# ruff: noqa: E501
"""Modiwl sefydlu: cyflwyniad i gymorth cymheiriaid (Welsh). Plain data only."""

INTRODUCTION_TO_PEER_SUPPORT = {
    "slug": "introduction-to-peer-support",
    "title": "Cyflwyniad i gymorth cymheiriaid",
    "summary": "Beth yw cymorth cymheiriaid, pam mae’n helpu, a beth fydd eich rôl chi a beth na fydd hi.",
    "classroom_day": 1,
    "lessons": [
        {
            "slug": "what-peer-support-is",
            "title": "Beth yw cymorth cymheiriaid",
            "estimated_minutes": 15,
            "body": [
                ("heading", "Help gan rywun sydd wedi bod yno"),
                ("text", "Cymorth cymheiriaid yw help gan rywun sydd wedi byw drwy rywbeth tebyg. Yma, mae’n golygu pobl sydd â’u profiad eu hunain o alcohol neu gyffuriau yn helpu eraill sy’n cael trafferth nawr, neu sydd ar ddechrau eu hadferiad.\n\nDoes dim rhaid i chi fod yn arbenigwr. Rydych chi’n dod â rhywbeth na all unrhyw lyfr ei roi. Rydych chi’n gwybod sut deimlad yw diwrnod gwael. Rydych chi’n gwybod pa mor anodd yw gofyn am help. Ac rydych chi’n gwybod bod newid yn bosibl, am eich bod chi wedi’i fyw."),
                ("heading", "Pam mae cymorth cymheiriaid yn gweithio"),
                ("text", "Mae pobl yn dweud wrthon ni’n aml ei bod hi’n haws agor i fyny i rywun sydd wedi bod yno. Dyma rai o’r rhesymau:\n\n- Maen nhw’n poeni llai am gael eu barnu.\n- Mae’r berthynas yn teimlo’n fwy cyfartal.\n- Gall pobl sydd wedi cael profiadau gwael gyda gwasanaethau ei chael hi’n haws ymddiried mewn cymar.\n- Rydych chi’n adnabod yr ardal leol, ac efallai eich bod chi’n gwybod eich ffordd o gwmpas y system.\n- Dim ond drwy fod yno, rydych chi’n dangos bod adferiad yn gallu digwydd.\n- Yn aml gallwch chi aros wrth ochr rhywun yn hirach nag y gall gweithiwr proffesiynol prysur."),
                ("heading", "Mae cymorth cymheiriaid yn gweithio ochr yn ochr â gweithwyr proffesiynol"),
                ("text", "Dydy cymorth cymheiriaid ddim yn cymryd lle meddygon, nyrsys, gweithwyr cyffuriau ac alcohol na chwnselwyr. Mae’n ychwanegu rhywbeth gwahanol. Bydd llawer o’r bobl rydych chi’n eu cefnogi hefyd yn gweld meddyg teulu, gwasanaeth triniaeth neu dîm iechyd meddwl. Eich gwaith chi yw cerdded wrth eu hochr, nid cymryd drosodd. Os yw’r person eisiau hynny, gallwch chi ei helpu i gyrraedd y gwasanaethau hynny a dal ati."),
                ("heading", "Mae geiriau’n bwysig"),
                ("text", "Rydyn ni’n dewis geiriau sydd ddim yn beio nac yn labelu pobl. Rydyn ni’n dweud “person sy’n defnyddio alcohol neu gyffuriau”, nid “adict” nac “alcoholig”. Rydyn ni’n siarad am “ddefnyddio” alcohol neu gyffuriau, nid eu “camddefnyddio”. Dydyn ni byth yn galw neb yn “anodd ei gyrraedd”. Os yw ein cymorth ni’n anodd i rywun ei ddefnyddio, ein gwaith ni yw dod o hyd i ffordd well o’i gyrraedd.\n\nByddwch chi’n clywed dau derm arall yma. Mae “cyn-adferiad” yn golygu cyfnod pan nad yw rhywun wedi newid ei ddefnydd eto, ond y gallai wneud gyda’r cymorth iawn. “Cyfranogwr Camau Cyntaf” yw rhywun sy’n meddwl am newid, neu’n ceisio newid, ac sy’n fodlon siarad â chefnogwr cymheiriaid."),
                ("callout", {"kind": "tip", "title": "Chi sy’n diffinio eich adferiad", "text": "Does dim un ffordd iawn o wella. I rai pobl, y nod yw stopio’n llwyr. I eraill, y nod yw cwtogi, neu fod yn fwy diogel. Rydyn ni’n cefnogi nodau’r person ei hun, nid ein nodau ni."}),
                ("reflection", "Meddyliwch yn ôl am adeg pan wnaeth rhywun eich helpu chi go iawn. Beth wnaethon nhw neu beth ddywedon nhw a wnaeth wahaniaeth? Beth allech chi ei gymryd o hynny i’ch cymorth cymheiriaid chi?"),
            ],
            "quiz": None,
        },
        {
            "slug": "your-role-as-a-peer-supporter",
            "title": "Eich rôl fel cefnogwr cymheiriaid",
            "estimated_minutes": 20,
            "body": [
                ("heading", "Beth fyddwch chi’n ei wneud"),
                ("text", "Mae pob lleoliad yn wahanol, ond bydd y rhan fwyaf o gefnogwyr cymheiriaid yn:\n\n- gwrando, heb farnu\n- helpu pobl i weld beth sydd bwysicaf iddyn nhw ar hyn o bryd\n- annog camau bach, ymarferol, fel gweld meddyg teulu neu gael atgyfeiriad i fanc bwyd\n- rhannu rhannau o’u stori eu hunain pan fydd hynny’n helpu’r person arall\n- mynd gyda phobl i apwyntiadau neu grwpiau, pan fydd hyn wedi’i gytuno\n- cadw nodiadau byr, cywir\n- siarad â’u goruchwyliwr am sut mae pethau’n mynd"),
                ("heading", "Beth fyddwch chi ddim yn ei wneud"),
                ("text", "Mae bod yn glir am eich rôl yn eich amddiffyn chi a’r bobl rydych chi’n eu cefnogi. Dydych chi ddim yn feddyg, yn nyrs, yn swyddog tai, yn gwnselydd, yn fferyllydd nac yn offeiriad. Dydych chi ddim yn rhoi cyngor meddygol. Dydych chi ddim yn dweud wrth bobl beth mae’n rhaid iddyn nhw ei wneud. Dydych chi ddim yn rhoi benthyg arian, a dydych chi ddim yn gwneud pethau i bobl y gallan nhw eu gwneud eu hunain.\n\nOs oes angen help ar rywun na allwch chi ei roi, eich gwaith chi yw ei helpu i ddod o hyd i’r person iawn, a chadw mewn cysylltiad tra bydd yn cael yr help hwnnw."),
                ("heading", "Dydy profiad bywyd ddim yn ddigon ar ei ben ei hun"),
                ("text", "Eich profiad chi yw calon y gwaith hwn, ond dydy e ddim yn ddigon ar ei ben ei hun. Mae pawb, gwirfoddolwyr a staff cyflogedig, yn gwneud yr hyfforddiant pedwar diwrnod hwn cyn rhoi cymorth cymheiriaid. Byddwch chi hefyd yn gwneud hyfforddiant diogelu, ffiniau proffesiynol ac ymwybyddiaeth o ddefnyddio sylweddau. Mae rhai lleoliadau, fel ysbytai, angen hyfforddiant ychwanegol hefyd.\n\nOherwydd hyn i gyd, mae’n cymryd o leiaf dau fis ar ôl ymuno cyn i unrhyw un ddechrau fel cefnogwr cymheiriaid. Nid prawf ar eich adferiad yw hyn. Mae’n rhoi amser i chi ddysgu, setlo, a theimlo’n barod."),
                ("heading", "Byddwch chi’n cael cefnogaeth"),
                ("text", "Mae cefnogwyr cymheiriaid yn gwneud pethau rhyfeddol, ond does neb yn arwr sy’n gallu gwneud popeth. Bydd gennych chi sgwrs 1:1 30 munud bob wythnos gyda’ch goruchwyliwr, grŵp cymheiriaid bob pythefnos, a chyfarfodydd tîm a hyfforddiant yn rheolaidd. Gallwch chi ofyn am help rhwng cyfarfodydd hefyd. Mae gofyn am help yn rhan o wneud y gwaith yn dda. Nid arwydd eich bod chi’n methu yw e."),
                ("callout", {"kind": "warning", "title": "Gofalwch am eich adferiad eich hun", "text": "Gall y gwaith hwn godi eich atgofion a’ch teimladau eich hun. Os ydych chi’n sylwi bod eich lles yn llithro, dywedwch wrth eich goruchwyliwr yn gynnar. Mae camu’n ôl am gyfnod yn iawn bob amser."}),
                ("reflection", "Beth ydych chi’n gobeithio ei roi fel cefnogwr cymheiriaid? A beth ydych chi’n gobeithio ei gael ohono i chi’ch hun?"),
            ],
            "quiz": {
                "pass_mark": 80,
                "questions": [
                    {
                        "kind": "single",
                        "text": "Pa un o’r rhain sy’n disgrifio cymorth cymheiriaid orau?",
                        "options": [
                            {"text": "Rhywbeth sy’n cymryd lle gwasanaethau cyffuriau ac alcohol", "correct": False, "feedback": "Ddim yn hollol. Mae cymorth cymheiriaid yn gweithio ochr yn ochr â gwasanaethau. Dydy e ddim yn cymryd eu lle."},
                            {"text": "Help gan rywun sydd wedi bod yno hefyd", "correct": True, "feedback": "Ie. Profiad sy’n cael ei rannu sy’n gwneud cymorth cymheiriaid yn wahanol."},
                            {"text": "Cyngor meddygol gan arbenigwr", "correct": False, "feedback": "Ddim yn hollol. Dydy cefnogwyr cymheiriaid ddim yn rhoi cyngor meddygol. Maen nhw’n helpu pobl i gyrraedd y rhai sy’n gallu."},
                            {"text": "Cyfeillgarwch heb unrhyw derfynau", "correct": False, "feedback": "Ddim yn hollol. Mae cymorth cymheiriaid yn gynnes ac yn gyfartal, ond mae ganddo derfynau clir sy’n cadw pawb yn ddiogel."},
                        ],
                    },
                    {
                        "kind": "true_false",
                        "text": "Mae cefnogwyr cymheiriaid yno i gymryd lle meddygon a gweithwyr cyffuriau ac alcohol.",
                        "options": [
                            {"text": "Cywir", "correct": False, "feedback": "Mae hwn yn anghywir. Mae cymorth cymheiriaid yn ychwanegu rhywbeth gwahanol. Mae’n gweithio ochr yn ochr â help proffesiynol."},
                            {"text": "Anghywir", "correct": True, "feedback": "Iawn. Rydych chi’n cerdded wrth ochr pobl tra byddan nhw’n cael help arall. Dydych chi ddim yn cymryd lle’r help hwnnw."},
                        ],
                    },
                    {
                        "kind": "multiple",
                        "text": "Pa rai o’r rhain sy’n rhan o rôl cefnogwr cymheiriaid? Dewiswch bob un sy’n berthnasol.",
                        "options": [
                            {"text": "Gwrando heb farnu", "correct": True, "feedback": "Ie. Gwrando sydd wrth galon y rôl."},
                            {"text": "Mynd gyda rhywun i apwyntiad, pan fydd hynny wedi’i gytuno", "correct": True, "feedback": "Ie. Gall mynd gyda rhywun wneud i gam anodd deimlo’n bosibl."},
                            {"text": "Dweud wrth rywun am newid ei feddyginiaeth", "correct": False, "feedback": "Na. Mae cyngor meddygol yn dod gan feddyg teulu, fferyllydd neu wasanaeth triniaeth."},
                            {"text": "Cadw nodiadau byr, cywir", "correct": True, "feedback": "Ie. Mae nodiadau da yn eich helpu i gofio ac yn helpu eich goruchwyliwr i’ch cefnogi."},
                            {"text": "Rhoi benthyg arian pan fydd rhywun yn brin", "correct": False, "feedback": "Na. Mae rhoi benthyg arian yn cymylu’r berthynas ac yn gallu achosi niwed, hyd yn oed pan fydd yn teimlo’n garedig."},
                        ],
                    },
                    {
                        "kind": "single",
                        "text": "Pa eiriau sy’n addas i’r ffordd rydyn ni’n siarad am bobl?",
                        "options": [
                            {"text": "Adict sy’n gwadu’r broblem", "correct": False, "feedback": "Rydyn ni’n osgoi’r gair hwn am ei fod yn diffinio person yn ôl un rhan o’i fywyd."},
                            {"text": "Cleient “anodd ei gyrraedd”", "correct": False, "feedback": "Rydyn ni’n osgoi “anodd ei gyrraedd”. Ein gwaith ni yw dod o hyd i ffyrdd gwell o gyrraedd pobl."},
                            {"text": "Camddefnyddiwr sylweddau", "correct": False, "feedback": "Rydyn ni’n osgoi “camddefnyddio”. Rydyn ni’n siarad am “ddefnyddio”, dyna i gyd."},
                            {"text": "Person sy’n defnyddio alcohol", "correct": True, "feedback": "Ie. Mae’n disgrifio beth mae rhywun yn ei wneud, nid pwy ydyn nhw."},
                        ],
                    },
                    {
                        "kind": "true_false",
                        "text": "Mae’n cymryd o leiaf dau fis ar ôl ymuno cyn i rywun ddechrau fel cefnogwr cymheiriaid.",
                        "options": [
                            {"text": "Cywir", "correct": True, "feedback": "Iawn. Mae’r amser ar gyfer hyfforddiant a setlo. Nid prawf ar eich adferiad yw e."},
                            {"text": "Anghywir", "correct": False, "feedback": "Mae hwn yn gywir. Mae hyfforddiant i’w orffen yn gyntaf, ac amser i setlo, felly mae’n cymryd o leiaf dau fis."},
                        ],
                    },
                    {
                        "kind": "single",
                        "text": "Rydych chi’n sylwi bod eich lles eich hun yn llithro. Beth yw’r peth gorau i’w wneud?",
                        "options": [
                            {"text": "Dweud wrth eich goruchwyliwr yn gynnar", "correct": True, "feedback": "Ie. Mae siarad yn gynnar yn golygu eich bod chi’n gallu cael cefnogaeth, ac mae camu’n ôl yn iawn bob amser."},
                            {"text": "Cadw’n dawel fel nad oes neb yn poeni", "correct": False, "feedback": "Mae’n naturiol eisiau ymdopi ar eich pen eich hun, ond mae cefnogaeth yn gweithio orau pan fydd pobl yn gwybod yn gynnar."},
                            {"text": "Cymryd mwy o waith i gadw’n brysur", "correct": False, "feedback": "Mae cymryd mwy fel arfer yn gwneud pethau’n anoddach. Siaradwch â’ch goruchwyliwr yn lle hynny."},
                            {"text": "Stopio gwirfoddoli heb ddweud wrth neb", "correct": False, "feedback": "Gallwch chi gamu’n ôl unrhyw bryd, ond dywedwch wrthon ni er mwyn i ni allu eich cefnogi."},
                        ],
                    },
                ],
            },
        },
    ],
}
