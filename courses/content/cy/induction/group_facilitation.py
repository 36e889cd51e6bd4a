# ruff: noqa: E501
"""Modiwl sefydlu: hwyluso grwpiau (Welsh). Plain data only."""

GROUP_FACILITATION = {
    "slug": "group-facilitation",
    "title": "Hwyluso grwpiau",
    "summary": "Sut i gynllunio, agor, rhedeg a chau grŵp adferiad, a sut i ddelio â’r adegau anodd.",
    "classroom_day": 1,
    "lessons": [
        {
            "slug": "planning-and-opening-a-group",
            "title": "Cynllunio ac agor grŵp",
            "estimated_minutes": 15,
            "body": [
                ("heading", "Beth mae hwylusydd yn ei wneud"),
                ("text", "Mae hwylusydd yn helpu grŵp i redeg yn dda. Nid chi yw’r athro ac nid chi yw’r arbenigwr. Eich gwaith chi yw gwneud i’r lle deimlo’n ddiogel, cadw amser, helpu pawb i gael cyfle i siarad, a chadw’r grŵp ar y trywydd iawn. Mae’r rhan fwyaf o’r doethineb mewn grŵp adferiad yn dod gan yr aelodau eu hunain.\n\nAr y dechrau, fel arfer byddwch chi’n rhedeg grwpiau gyda chydweithiwr sydd â mwy o brofiad. Cyd-hwyluso yw’r enw ar hyn. Mae’n golygu eich bod chi’n gallu dysgu, rhannu’r gwaith, a chael rhywun i siarad ag e wedyn."),
                ("heading", "Cyn y grŵp"),
                ("text", "Mae grwpiau da yn dechrau cyn i neb gyrraedd. Cyn y sesiwn:\n\n- Gwybod beth yw pwrpas y grŵp a beth fyddwch chi’n ei drafod, yn fras.\n- Cytuno gyda’ch cyd-hwylusydd pwy fydd yn agor, pwy fydd yn cadw amser, a phwy fydd yn cadw llygad am unrhyw un sy’n ymddangos yn ofidus.\n- Gosod y cadeiriau fel bod pobl yn gallu gweld ei gilydd. Mae cylch yn gweithio’n dda.\n- Gwneud yr ystafell yn groesawgar: cynnes, taclus, gyda diodydd os ydych chi’n eu cynnig.\n- Gwybod ble mae’r allanfeydd tân, a phwy i’w ffonio os bydd rhywun yn mynd yn sâl."),
                ("heading", "Agor y grŵp"),
                ("text", "Dechreuwch ar amser. Croesawch bobl wrth eu henwau os gallwch chi. Dywedwch beth yw pwrpas y grŵp a pha mor hir fydd e. Yna ewch drwy gytundeb y grŵp.\n\nRhestr fer o reolau sylfaenol y mae’r grŵp yn eu gwneud gyda’i gilydd yw cytundeb grŵp. Fel arfer mae’n cynnwys:\n\n- mae beth sy’n cael ei ddweud yn y grŵp yn aros yn y grŵp, a therfynau hynny pan allai rhywun fod mewn perygl\n- un person yn siarad ar y tro\n- parch at ein gilydd, heb fychanu neb\n- ffonau’n dawel\n- gall unrhyw un basio a dewis peidio â siarad\n\nGofynnwch i aelodau newydd a ydyn nhw eisiau ychwanegu unrhyw beth. Mae pobl yn cadw at reolau y gwnaethon nhw helpu i’w llunio."),
                ("callout", {"kind": "tip", "title": "Dechreuwch gyda rownd", "text": "Mae rownd fer ar y dechrau, fel “eich enw ac un gair am sut rydych chi heddiw”, yn golygu bod pawb yn siarad unwaith yn gynnar. Mae pobl sydd wedi siarad unwaith yn ei chael hi’n haws siarad eto."}),
                ("heading", "Cau’r grŵp"),
                ("text", "Gadewch amser i gau’n dda. Crynhowch beth gafodd ei drafod, diolchwch i bobl am ddod, a dywedwch pryd mae’r grŵp nesaf. Arhoswch am ychydig funudau wedyn rhag ofn bod rhywun eisiau gair tawel. Yna treuliwch ychydig funudau gyda’ch cyd-hwylusydd yn siarad am sut aeth pethau. Nodwch unrhyw beth sydd angen i chi ei drosglwyddo i’ch goruchwyliwr."),
                ("reflection", "Meddyliwch am grŵp rydych chi wedi bod yn rhan ohono, fel cyfarfod cyd-gymorth, dosbarth neu dîm. Beth wnaeth y person oedd yn ei redeg a wnaeth i chi deimlo’n ddiogel i siarad?"),
            ],
            "quiz": None,
        },
        {
            "slug": "when-groups-get-difficult",
            "title": "Pan fydd grwpiau’n mynd yn anodd",
            "estimated_minutes": 20,
            "body": [
                ("heading", "Mae gan bob grŵp adegau anodd"),
                ("text", "Dydy grwpiau ddim bob amser yn rhedeg yn esmwyth, ac mae hynny’n normal. Gall adegau anodd hyd yn oed helpu grŵp i dyfu, os ydyn nhw’n cael eu trin yn dawel. Dyma rai cyffredin, gyda ffyrdd o ymateb."),
                ("heading", "Mae rhywun yn siarad llawer"),
                ("text", "Mae rhai pobl yn llenwi pob tawelwch. Fel arfer maen nhw’n golygu’n dda. Diolchwch iddyn nhw am beth maen nhw wedi’i rannu, yna agorwch y sgwrs i eraill: “Diolch, Sam. Hoffwn i glywed gan bobl sydd heb siarad eto.” Mae rownd, lle mae pawb yn cael tro, hefyd yn rhannu’r amser yn deg."),
                ("heading", "Mae rhywun yn dawel iawn"),
                ("text", "Dydy tawelwch ddim bob amser yn broblem. Mae rhai pobl angen gwrando am ychydig wythnosau cyn iddyn nhw deimlo’n ddiogel. Peidiwch â’u rhoi nhw yn y fan a’r lle. Gwenwch, edrychwch arnyn nhw’n dyner, a chynigiwch ffordd hawdd i mewn: “Oes unrhyw beth hoffech chi ei ychwanegu? Mae’n iawn i chi basio.”"),
                ("heading", "Anghytuno neu wrthdaro"),
                ("text", "Mae anghytuno yn iawn. Dydy ymosod ddim. Os bydd pethau’n poethi, arhoswch yn dawel a chadwch eich llais yn isel. Atgoffwch y grŵp o’r cytundeb. Enwch beth sy’n digwydd heb feio neb: “Mae teimladau cryf am hyn. Gadewch i ni wneud yn siŵr ein bod ni’n gwrando ar ein gilydd.” Os bydd yn parhau, gallwch chi oedi’r grŵp, neu ofyn am gael siarad â rhywun y tu allan i’r ystafell."),
                ("heading", "Mae rhywun yn ofidus"),
                ("text", "Mae teimladau cryf yn codi’n aml mewn grwpiau adferiad. Cydnabyddwch nhw’n garedig. Rhowch wybod i’r person ei bod hi’n iawn cymryd eiliad neu gamu allan. Os bydd yn gadael yr ystafell, gall un hwylusydd fynd i weld sut mae e tra bydd y llall yn cadw’r grŵp i fynd. Dyma un rheswm pam mae cyd-hwyluso’n bwysig."),
                ("heading", "Mae’n ymddangos bod rhywun wedi defnyddio alcohol neu gyffuriau"),
                ("text", "Mae llawer o grwpiau adferiad yn gofyn i bobl ddod heb fod wedi defnyddio alcohol neu gyffuriau’r diwrnod hwnnw, er mwyn i’r lle deimlo’n ddiogel i bawb. Os ydych chi’n meddwl bod rhywun wedi defnyddio, peidiwch â’i herio o flaen pobl eraill. Siaradwch ag e’n breifat ac yn garedig, dilynwch reol eich sefydliad, a gwnewch yn siŵr ei fod yn gallu mynd adref yn ddiogel. Rhowch wybod i’ch goruchwyliwr wedyn."),
                ("callout", {"kind": "worried", "title": "Os bydd rhywun yn sôn am niweidio ei hun", "text": "Peidiwch ag aros tan ddiwedd y grŵp.\nCynllun i weithredu’n fuan, fel heno: ffoniwch 999 ac arhoswch gyda’r person.\nFel arall: siaradwch ag e’n breifat gyda’ch cyd-hwylusydd, a dywedwch wrth eich goruchwyliwr yr un diwrnod."}),
                ("reflection", "Pa un o’r adegau anodd hyn fyddai anoddaf i chi ddelio ag e? Beth fyddai’n eich helpu i deimlo’n fwy parod?"),
            ],
            "quiz": {
                "pass_mark": 80,
                "questions": [
                    {
                        "kind": "single",
                        "text": "Beth yw prif waith hwylusydd grŵp?",
                        "options": [
                            {"text": "Bod yr arbenigwr sy’n rhoi’r holl atebion i’r grŵp", "correct": False, "feedback": "Ddim yn hollol. Nid athro yw hwylusydd. Mae aelodau’n dysgu llawer gan ei gilydd."},
                            {"text": "Gwneud y lle’n ddiogel a helpu pawb i gymryd rhan", "correct": True, "feedback": "Ie. Chi sy’n dal y lle. Mae’r doethineb yn dod gan y grŵp."},
                            {"text": "Gwneud y rhan fwyaf o’r siarad", "correct": False, "feedback": "Ddim yn hollol. Mae hwylusydd da yn helpu eraill i siarad."},
                            {"text": "Gwneud yn siŵr bod pawb yn rhannu rhywbeth personol", "correct": False, "feedback": "Ddim yn hollol. Gall unrhyw un ddewis pasio. Gall gwthio pobl wneud i’r grŵp deimlo’n anniogel."},
                        ],
                    },
                    {
                        "kind": "true_false",
                        "text": "Mae cytundeb grŵp yn gweithio orau pan fydd y grŵp yn helpu i’w lunio.",
                        "options": [
                            {"text": "Cywir", "correct": True, "feedback": "Iawn. Mae pobl yn cadw at reolau y maen nhw wedi helpu i’w llunio."},
                            {"text": "Anghywir", "correct": False, "feedback": "Mae hwn yn gywir. Pan fydd aelodau’n siapio’r cytundeb, maen nhw’n fwy tebygol o gadw ato."},
                        ],
                    },
                    {
                        "kind": "multiple",
                        "text": "Mae un aelod yn dal i siarad a dydy eraill ddim yn cael cyfle i ddweud gair. Pa rai o’r rhain allai helpu? Dewiswch bob un sy’n berthnasol.",
                        "options": [
                            {"text": "Diolch iddyn nhw, yna gwahodd pobl sydd heb siarad eto", "correct": True, "feedback": "Ie. Mae hyn yn barchus ac yn agor y llawr i eraill."},
                            {"text": "Defnyddio rownd fel bod pawb yn cael tro", "correct": True, "feedback": "Ie. Mae rownd yn rhannu’r amser yn deg."},
                            {"text": "Dweud wrthyn nhw am fod yn dawel o flaen pawb", "correct": False, "feedback": "Gallai hyn godi cywilydd arnyn nhw. Rhowch gynnig ar ffordd fwy caredig yn gyntaf."},
                            {"text": "Dweud dim a gobeithio y bydd yn stopio", "correct": False, "feedback": "Efallai y bydd eraill yn stopio dod os nad oes neb yn camu i mewn. Mae ei drin yn dyner yn rhan o’ch rôl."},
                        ],
                    },
                    {
                        "kind": "single",
                        "text": "Rydych chi’n meddwl bod rhywun wedi dod i’r grŵp ar ôl yfed. Beth ddylech chi ei wneud?",
                        "options": [
                            {"text": "Cael gair tawel, caredig yn breifat a gwneud yn siŵr eu bod yn gallu mynd adref", "correct": True, "feedback": "Ie. Dilynwch reol eich sefydliad, a dywedwch wrth eich goruchwyliwr wedyn. Mae hyn yn amddiffyn y grŵp ac yn parchu’r person."},
                            {"text": "Gofyn iddyn nhw o flaen y grŵp, er mwyn i bawb wybod bod y rheol yn cael ei chadw", "correct": False, "feedback": "Gallai hyn godi cywilydd arnyn nhw. Siaradwch yn breifat bob amser."},
                            {"text": "Gadael iddo fynd y tro hwn, cyn belled â’u bod yn aros yn dawel", "correct": False, "feedback": "Mae angen i’r grŵp deimlo’n ddiogel, ac efallai bod angen cymorth ar y person. Gwnewch rywbeth, ond gwnewch e’n garedig."},
                            {"text": "Dweud wrthyn nhw na chân nhw byth ddod yn ôl", "correct": False, "feedback": "Nid eich penderfyniad chi yw hynny, ac mae’n cau’r drws. Dilynwch reol eich sefydliad a siaradwch â’ch goruchwyliwr."},
                        ],
                    },
                    {
                        "kind": "true_false",
                        "text": "Mae’n iawn i rywun basio a pheidio â siarad mewn grŵp.",
                        "options": [
                            {"text": "Cywir", "correct": True, "feedback": "Iawn. Mae dewis gwrando yn ffordd deg o gymryd rhan."},
                            {"text": "Anghywir", "correct": False, "feedback": "Mae hwn yn gywir. Mae rhai pobl angen amser cyn iddyn nhw deimlo’n ddigon diogel i siarad."},
                        ],
                    },
                    {
                        "kind": "single",
                        "text": "Yn ystod grŵp, mae rhywun yn dweud ei fod yn bwriadu niweidio ei hun heno. Beth ydych chi’n ei wneud?",
                        "options": [
                            {"text": "Aros nes bod y grŵp yn gorffen", "correct": False, "feedback": "All hyn ddim aros. Gweithredwch ar unwaith."},
                            {"text": "Addo ei gadw rhyngoch chi", "correct": False, "feedback": "Peidiwch byth ag addo cadw pryder am ddiogelwch yn gyfrinach. Mae angen i chi gael help."},
                            {"text": "Gweithredu nawr: un ohonoch chi’n aros gyda’r person ac yn ffonio 999", "correct": True, "feedback": "Ie. Mae cynllun ar gyfer heno yn berygl ar unwaith. Mae eich cyd-hwylusydd yn cadw’r grŵp i fynd. Dywedwch wrth eich goruchwyliwr wedyn."},
                            {"text": "Gwneud dim eto, am fod beth sy’n cael ei ddweud yn y grŵp yn aros yno", "correct": False, "feedback": "Mae terfynau i gyfrinachedd. Pan allai rhywun fod mewn perygl, rhaid i chi ei rannu."},
                        ],
                    },
                ],
            },
        },
    ],
}
