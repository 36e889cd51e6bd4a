# ruff: noqa: E501
"""Hyfforddiant GIG ychwanegol i gefnogwyr cymheiriaid ar leoliad mewn ysbyty (Welsh). Plain data only."""

NHS_CONFIDENTIALITY = {
    "slug": "nhs-confidentiality",
    "title": "Cyfrinachedd yn y GIG",
    "category": "placement",
    "delivery": "online",
    "summary": "Sut mae gwybodaeth cleifion yn cael ei hamddiffyn yn yr ysbyty, a beth mae hynny’n ei olygu i chi ar y ward.",
    "estimated_minutes": 45,
    "validity_months": 24,
    "for_roles": ["Volunteer", "Supervisor"],
    "for_placements": ["hospital"],
    "prerequisites": [],
    "accreditation": "",
    "modules": [
        {
            "slug": "confidentiality-in-hospital",
            "title": "Cyfrinachedd yn yr ysbyty",
            "summary": "Y rheolau sy’n amddiffyn gwybodaeth cleifion, a sut i’w dilyn ar leoliad mewn ysbyty.",
            "classroom_day": None,
            "lessons": [
                {
                    "slug": "why-patient-information-is-protected",
                    "title": "Pam mae gwybodaeth cleifion yn cael ei hamddiffyn",
                    "estimated_minutes": 20,
                    "body": [
                        ("heading", "Mae ymddiriedaeth yn dibynnu arni"),
                        ("text", "Pan fydd pobl yn mynd i’r ysbyty, maen nhw’n rhannu pethau preifat iawn: eu hiechyd, eu pryderon, weithiau eu defnydd o alcohol neu gyffuriau. Maen nhw’n gwneud hyn am eu bod yn ymddiried y bydd y wybodaeth yn cael ei chadw’n ddiogel. Os bydd yr ymddiriedaeth honno’n cael ei thorri, efallai y bydd pobl yn stopio dweud y gwir wrth staff, neu’n stopio dod am help o gwbl. I bobl sydd eisoes yn teimlo eu bod yn cael eu barnu am eu defnydd, mae hyn yn bwysicach fyth."),
                        ("heading", "Y rheolau rydych chi’n gweithio oddi tanyn nhw"),
                        ("text", "Mae gan bawb yn y GIG ddyletswydd i gadw gwybodaeth cleifion yn gyfrinachol. Mae’r gyfraith hefyd yn amddiffyn gwybodaeth bersonol, drwy Reoliad Cyffredinol y DU ar Ddiogelu Data (GDPR y DU) a Deddf Diogelu Data 2018. Mae gwybodaeth iechyd yn cael ei hystyried yn arbennig o sensitif.\n\nPan fyddwch chi’n gwirfoddoli mewn ysbyty, rydych chi’n dilyn rheolau cyfrinachedd yr ysbyty yn ogystal â rhai eich sefydliad eich hun. Efallai y bydd gofyn i chi lofnodi cytundeb cyfrinachedd cyn i chi ddechrau. Darllenwch e’n ofalus a gofynnwch am unrhyw beth nad ydych chi’n ei ddeall."),
                        ("heading", "Angen gwybod"),
                        ("text", "Mae un rheol syml yn rhedeg drwy gyfrinachedd y GIG: rhannwch wybodaeth dim ond gyda phobl sydd ei hangen i helpu’r claf, a rhannwch dim ond cymaint ag sydd ei angen arnyn nhw. Gofynnwch i chi’ch hun:\n\n- Oes angen i’r person hwn wybod hyn i helpu’r claf?\n- Allwn i rannu llai a dal i helpu?\n- Ydy’r claf yn gwybod fy mod i’n ei rannu, ac ydy e’n hapus gyda hynny?\n\nOs nad ydych chi’n siŵr, peidiwch â’i rannu. Gofynnwch i’r nyrs sy’n gyfrifol neu i’ch goruchwyliwr yn gyntaf."),
                        ("heading", "Pan fydd terfynau i gyfrinachedd"),
                        ("text", "Nid yr un peth yw cyfrinachedd â chadw cyfrinach. Os bydd claf yn dweud rhywbeth wrthoch chi sy’n awgrymu y gallai ef neu hi, plentyn neu oedolyn arall fod mewn perygl o niwed difrifol, rhaid i chi ei drosglwyddo. Dywedwch wrth y nyrs sy’n gyfrifol ar unwaith, a dilynwch weithdrefn diogelu eich sefydliad. Byddwch yn onest gyda’r claf am hyn o’r dechrau: “Bydda i’n cadw nodiadau byr, a dw i’n siarad am fy ngwaith gyda fy ngoruchwyliwr. Os ydw i’n poeni eich bod chi neu rywun arall mewn perygl, bydd rhaid i fi ddweud wrth y nyrs sy’n gyfrifol.”"),
                        ("callout", {"kind": "tip", "title": "Os ydych chi’n ansicr, gofynnwch", "text": "Fyddwch chi byth mewn trwbl am wirio cyn i chi rannu rhywbeth. Byddai’n well o lawer gan y nyrs sy’n gyfrifol a’ch goruchwyliwr eich bod chi’n gofyn."}),
                        ("reflection", "Meddyliwch am adeg pan wnaeth rhywun rannu eich gwybodaeth breifat heb ofyn i chi. Sut deimlad oedd e? Sut bydd hynny’n siapio’r ffordd rydych chi’n trin gwybodaeth pobl eraill?"),
                    ],
                    "quiz": None,
                },
                {
                    "slug": "confidentiality-on-the-ward",
                    "title": "Cyfrinachedd ar y ward",
                    "estimated_minutes": 20,
                    "body": [
                        ("heading", "Dydy llenni ddim yn waliau"),
                        ("text", "Mae wardiau ysbyty yn lleoedd prysur, llawn. Dydy llen o gwmpas gwely ddim yn atal pobl rhag clywed. Cyn i chi siarad â chlaf am unrhyw beth personol, meddyliwch pwy arall sy’n gallu clywed. Cadwch eich llais yn isel. Gofynnwch i’r claf a hoffai symud i ystafell dawelach, os oes un yn rhydd. Peidiwch byth â siarad am gleifion mewn coridorau, lifftiau, y ffreutur na’r maes parcio."),
                        ("heading", "Cofnodion, sgriniau a byrddau"),
                        ("text", "Fel arfer fydd gennych chi ddim mynediad at gofnodion cleifion. Peidiwch ag edrych ar nodiadau, sgriniau, byrddau gwyn na siartiau oni bai bod aelod o staff wedi dangos rhywbeth i chi sydd ei angen arnoch chi. Os byddwch chi’n gweld gwybodaeth drwy ddamwain, peidiwch â’i rhannu na gweithredu arni. Peidiwch byth â thynnu lluniau ar ward, hyd yn oed o rywbeth diniwed, achos gallai cleifion neu eu manylion fod yn y llun."),
                        ("heading", "Pobl rydych chi’n eu hadnabod"),
                        ("text", "Mewn ysbyty lleol, efallai y byddwch chi’n gweld rhywun rydych chi’n ei adnabod: cymydog, ffrind, neu rywun o’ch cymuned adferiad. Mae’r ffaith bod person yn yr ysbyty yn gyfrinachol ynddi’i hun. Peidiwch â dweud wrth neb arall eich bod chi wedi ei weld. Os ydych chi’n adnabod claf rydych chi’n cael eich gofyn i’w gefnogi, dywedwch wrth y nyrs sy’n gyfrifol neu eich goruchwyliwr, achos efallai y byddai’n well i rywun arall ei weld."),
                        ("heading", "Rhannu gyda thîm y ward"),
                        ("text", "Mae cymorth cymheiriaid yn gweithio orau pan fyddwch chi a thîm y ward yn gweithio gyda’ch gilydd. Eglurwch i gleifion beth byddwch chi’n ei rannu gyda staff a pham. Gyda’u cytundeb, gallwch chi drosglwyddo pethau a fydd yn helpu eu gofal. Mae pryder am risg neu ddiogelwch yn wahanol: dywedwch wrth y nyrs sy’n gyfrifol a’ch goruchwyliwr ar unwaith. Nhw sy’n penderfynu, fesul achos, beth sy’n cael ei rannu ymhellach a gyda phwy."),
                        ("heading", "Eich nodiadau a’ch ffôn"),
                        ("text", "Ysgrifennwch nodiadau ar system eich sefydliad yn unig. Peidiwch â chadw enwau na manylion cleifion ar eich ffôn eich hun, mewn negeseuon testun nac mewn nodiadau papur rydych chi’n mynd adref gyda chi. Peidiwch â siarad am gleifion ar y cyfryngau cymdeithasol, hyd yn oed heb enwau, achos yn aml mae pobl yn gallu gweithio allan pwy rydych chi’n ei olygu."),
                        ("callout", {"kind": "warning", "title": "Os aiff rhywbeth o’i le", "text": "Nodiadau ar goll, neu wybodaeth wedi’i hanfon neu ei rhannu’n anghywir? Dywedwch wrth y nyrs sy’n gyfrifol a’ch goruchwyliwr ar unwaith. Gorau po gyntaf y caiff ei adrodd, er mwyn ei unioni’n gyflym."}),
                        ("reflection", "Ble ar ward y gallai rhywun eich clywed? Sut gallech chi wneud sgwrs gyda chlaf yn fwy preifat?"),
                    ],
                    "quiz": {
                        "pass_mark": 80,
                        "questions": [
                            {
                                "kind": "single",
                                "text": "Beth yw’r rheol “angen gwybod”?",
                                "options": [
                                    {"text": "Rhannu dim ond beth sy’n helpu’r claf, gyda’r rhai sydd ei angen", "correct": True, "feedback": "Ie. Rhannwch y lleiaf y gallwch chi, gyda’r nifer lleiaf o bobl, am y rheswm iawn."},
                                    {"text": "Rhannu popeth gydag unrhyw un sy’n gweithio yn yr ysbyty, am eu bod yn dilyn y rheolau", "correct": False, "feedback": "Ddim yn hollol. Dydy gweithio yn yr ysbyty ddim yn golygu bod angen i rywun wybod."},
                                    {"text": "Peidio byth â rhannu dim byd gydag unrhyw un", "correct": False, "feedback": "Ddim yn hollol. Mae rhannu’r pethau iawn gyda’r tîm gofal yn helpu’r claf, a rhaid trosglwyddo risgiau bob amser."},
                                    {"text": "Rhannu gyda theulu’r claf yn unig", "correct": False, "feedback": "Ddim yn hollol. Dydy teuluoedd ddim yn cael gwybod pethau heb gytundeb y claf."},
                                ],
                            },
                            {
                                "kind": "true_false",
                                "text": "Mae llen o gwmpas gwely ysbyty yn gwneud sgwrs yn breifat.",
                                "options": [
                                    {"text": "Cywir", "correct": False, "feedback": "Mae hwn yn anghywir. Dydy llenni ddim yn waliau. Cadwch eich llais yn isel, neu dewch o hyd i ystafell dawelach."},
                                    {"text": "Anghywir", "correct": True, "feedback": "Iawn. Mae pobl gerllaw yn dal i allu clywed. Meddyliwch pwy allai fod yn gwrando."},
                                ],
                            },
                            {
                                "kind": "multiple",
                                "text": "Pa rai o’r rhain fyddai’n torri cyfrinachedd cleifion? Dewiswch bob un sy’n berthnasol.",
                                "options": [
                                    {"text": "Dweud wrth ffrind eich bod chi wedi gweld eich cymydog ar y ward", "correct": True, "feedback": "Ie. Mae’r ffaith bod rhywun yn yr ysbyty yn gyfrinachol."},
                                    {"text": "Tynnu llun ar y ward", "correct": True, "feedback": "Ie. Gallai cleifion neu eu manylion fod yn y llun."},
                                    {"text": "Cadw enwau cleifion mewn negeseuon testun ar eich ffôn eich hun", "correct": True, "feedback": "Ie. Defnyddiwch system eich sefydliad yn unig."},
                                    {"text": "Dweud wrth y nyrs sy’n gyfrifol bod claf wedi sôn am ddod â’i fywyd i ben", "correct": False, "feedback": "Na. Rhaid rhannu risg ar unwaith bob amser. Dyma’r peth iawn i’w wneud."},
                                ],
                            },
                            {
                                "kind": "single",
                                "text": "Rydych chi’n cael cais i gefnogi claf, ac mae’n troi allan ei fod yn rhywun o’ch grŵp adferiad. Beth ddylech chi ei wneud?",
                                "options": [
                                    {"text": "Dweud wrth weddill y grŵp er mwyn iddyn nhw allu ymweld", "correct": False, "feedback": "Na. Mae ei arhosiad yn yr ysbyty yn gyfrinachol."},
                                    {"text": "Edrych ar ei nodiadau i weld sut mae e", "correct": False, "feedback": "Na. Ddylech chi ddim edrych ar gofnodion oni bai bod staff yn dangos rhywbeth i chi sydd ei angen arnoch chi."},
                                    {"text": "Dal ati, ond cadw’n dawel eich bod chi’n ei adnabod", "correct": False, "feedback": "Mae’n well bod yn agored amdano er mwyn gwneud y penderfyniad iawn."},
                                    {"text": "Dweud wrth y nyrs sy’n gyfrifol neu eich goruchwyliwr", "correct": True, "feedback": "Ie. Gall adnabod rhywun wneud pethau’n lletchwith i’r ddau ohonoch chi. Gadewch i eraill helpu i benderfynu."},
                                ],
                            },
                            {
                                "kind": "true_false",
                                "text": "Os byddwch chi’n anfon manylion claf at y person anghywir drwy ddamwain, dylech chi ei adrodd ar unwaith.",
                                "options": [
                                    {"text": "Cywir", "correct": True, "feedback": "Iawn. Dywedwch wrth y nyrs sy’n gyfrifol a’ch goruchwyliwr ar unwaith, er mwyn ei unioni."},
                                    {"text": "Anghywir", "correct": False, "feedback": "Mae hwn yn gywir. Mae adrodd yn gyflym yn cyfyngu ar y niwed. Mae pawb yn gwneud camgymeriadau."},
                                ],
                            },
                        ],
                    },
                },
            ],
        },
    ],
}

NHS_HEALTH_AND_SAFETY = {
    "slug": "nhs-health-and-safety",
    "title": "Iechyd a diogelwch yn y GIG",
    "category": "placement",
    "delivery": "online",
    "summary": "Sut i gadw eich hun, cleifion a staff yn ddiogel ar leoliad mewn ysbyty, o olchi dwylo i larymau tân.",
    "estimated_minutes": 45,
    "validity_months": 24,
    "for_roles": ["Volunteer", "Supervisor"],
    "for_placements": ["hospital"],
    "prerequisites": [],
    "accreditation": "",
    "modules": [
        {
            "slug": "staying-safe-in-hospital",
            "title": "Cadw’n ddiogel yn yr ysbyty",
            "summary": "Atal haint, a chadw’n ddiogel ar y wardiau ac o gwmpas yr ysbyty.",
            "classroom_day": None,
            "lessons": [
                {
                    "slug": "preventing-infection",
                    "title": "Atal haint",
                    "estimated_minutes": 20,
                    "body": [
                        ("heading", "Pam mae’n bwysig"),
                        ("text", "Mae llawer o bobl yn yr ysbyty yn sâl iawn, ac mae eu cyrff yn llai abl i ymladd haint. Gallai salwch a fyddai’n rhoi annwyd bach i chi wneud claf yn llawer gwaeth. Mae pobl sydd wedi bod yn yfed yn drwm neu’n defnyddio cyffuriau am amser hir yn aml yn arbennig o fregus. Mae arferion syml gennych chi’n helpu i’w hamddiffyn."),
                        ("heading", "Dwylo glân"),
                        ("text", "Dwylo yw’r ffordd fwyaf cyffredin i germau ledaenu yn yr ysbyty. Glanhewch eich dwylo:\n\n- pan fyddwch chi’n cyrraedd ward, a phan fyddwch chi’n gadael\n- cyn ac ar ôl i chi dreulio amser gyda chlaf\n- ar ôl cyffwrdd â phethau o gwmpas gwely claf\n- ar ôl mynd i’r toiled, a chyn bwyta\n\nDefnyddiwch y gel dwylo wrth y drws neu’r gwely, neu golchwch gyda sebon a dŵr. Defnyddiwch sebon a dŵr os yw eich dwylo’n edrych yn fudr, neu os yw staff yn dweud wrthoch chi, achos dydy gel ddim yn lladd pob germ."),
                        ("heading", "Dillad ac arferion personol"),
                        ("text", "Mae llawer o wardiau’n gofyn i bawb fod yn “noeth o dan y penelin”. Mae hyn yn golygu llewys byr neu lewys wedi’u torchi, dim oriawr na breichledau, a dim ewinedd hir. Dilynwch reolau eich ysbyty. Pesychwch neu tisiwch i hances bapur, rhowch hi yn y bin, yna glanhewch eich dwylo. Peidiwch ag eistedd ar welyau cleifion, a pheidiwch â dod â bwyd na diod i gleifion oni bai bod staff yn dweud ei bod hi’n iawn."),
                        ("heading", "Os ydych chi’n sâl"),
                        ("text", "Peidiwch â dod i’r ysbyty os ydych chi’n sâl gyda rhywbeth a allai ledaenu, fel gwres, peswch, neu chwydu a dolur rhydd. Gyda chwydu neu ddolur rhydd, mae ysbytai fel arfer yn gofyn i chi gadw draw nes eich bod wedi bod heb symptomau am 48 awr. Rhowch wybod i’ch goruchwyliwr, a dilynwch reolau’r ysbyty ei hun."),
                        ("heading", "Arwyddion ar ddrysau ac offer amddiffynnol"),
                        ("text", "Mae rhai cleifion yn cael eu cadw mewn ystafelloedd ochr i atal haint rhag lledaenu. Os oes arwydd ar ddrws, peidiwch â mynd i mewn nes eich bod wedi siarad â nyrs. Bydd hi’n dweud wrthoch chi a allwch chi fynd i mewn a beth sydd angen i chi ei wisgo, fel menig neu ffedog."),
                        ("callout", {"kind": "tip", "title": "Gel i mewn, gel allan", "text": "Arfer hawdd ei gofio: glanhewch eich dwylo bob tro rydych chi’n mynd i mewn i ward neu le claf, a bob tro rydych chi’n dod allan."}),
                        ("reflection", "Pa rai o’r arferion hyn fydd yn newydd i chi? Beth allai eich helpu i’w cofio ar ddiwrnod prysur?"),
                    ],
                    "quiz": None,
                },
                {
                    "slug": "keeping-safe-on-site",
                    "title": "Cadw’n ddiogel ar y safle",
                    "estimated_minutes": 20,
                    "body": [
                        ("heading", "Gwybod ble rydych chi"),
                        ("text", "Gwisgwch eich bathodyn adnabod lle mae’n gallu cael ei weld. Llofnodwch i mewn ac allan fel mae eich lleoliad yn gofyn, er mwyn i bobl wybod eich bod chi yn yr adeilad. Ar eich diwrnod cyntaf, gofynnwch i aelod o staff y ward ddangos y lle i chi: ble mae’r allanfeydd tân a’r larymau, ble i ddod o hyd i’r nyrs sy’n gyfrifol, a beth i’w wneud mewn argyfwng."),
                        ("heading", "Tân"),
                        ("text", "Os byddwch chi’n clywed y larwm tân, dilynwch gyfarwyddiadau staff y ward. Mae ysbytai’n aml yn symud pobl i’r ochr, i ffwrdd o’r tân, yn hytrach nag allan o’r adeilad, felly ewch lle mae staff yn eich anfon. Peidiwch â defnyddio’r lifftiau oni bai bod staff yn dweud wrthoch chi. Os dewch chi o hyd i dân, canwch y larwm ac ewch i le diogel. Peidiwch â cheisio ymladd tân oni bai eich bod wedi cael hyfforddiant."),
                        ("heading", "Pethau na ddylech chi eu gwneud"),
                        ("text", "Mae rhai tasgau ar gyfer staff wedi’u hyfforddi yn unig, i’ch amddiffyn chi a chleifion:\n\n- Peidiwch byth â chyffwrdd â nodwyddau nac offer miniog eraill. Os gwelwch chi un yn gorwedd o gwmpas, arhoswch wrth ei ymyl a gofynnwch i staff ddelio ag e.\n- Os bydd nodwydd wedi’i defnyddio yn eich pigo: gwnewch i’r clwyf waedu’n dyner, golchwch e o dan ddŵr rhedeg gyda sebon, peidiwch â’i sgwrio na’i sugno, a gorchuddiwch e. Yna dywedwch wrth y nyrs sy’n gyfrifol ac ewch at iechyd galwedigaethol neu’r Adran Achosion Brys ar unwaith. Mae triniaeth i atal haint yn gweithio orau o fewn oriau.\n- Peidiwch â chodi na symud cleifion, hyd yn oed os ydyn nhw’n gofyn. Galwch aelod o staff.\n- Peidiwch â helpu cleifion i fwyta nac yfed oni bai bod staff yn dweud ei bod hi’n ddiogel, achos dydy rhai pobl ddim yn gallu llyncu’n ddiogel.\n- Os bydd claf yn cwympo, peidiwch â cheisio ei godi. Galwch am staff ar unwaith."),
                        ("heading", "Pan fydd rhywun yn gwylltio"),
                        ("text", "Gall cleifion wylltio neu ddychryn, yn enwedig os ydyn nhw mewn poen, wedi drysu neu’n diddyfnu. Arhoswch yn dawel. Siaradwch yn araf ac yn dawel. Cadwch bellter diogel, a gwnewch yn siŵr eich bod chi’n gallu cyrraedd y drws. Peidiwch â dadlau. Os ydych chi’n teimlo’n anniogel, gadewch a dywedwch wrth staff. Eich diogelwch chi sy’n dod gyntaf."),
                        ("heading", "Adrodd"),
                        ("text", "Dywedwch wrth y nyrs sy’n gyfrifol am unrhyw beth a aeth o’i le neu a fu bron â mynd o’i le, fel anaf, cwymp, digwyddiad ymosodol neu rywbeth wedi’i ollwng. Mae gan ysbytai eu system eu hunain ar gyfer cofnodi digwyddiadau. Dywedwch wrth eich goruchwyliwr yr un diwrnod hefyd."),
                        ("callout", {"kind": "worried", "title": "Os yw claf yn ymddangos yn sâl iawn", "text": "Os yw claf yn crynu, yn chwysu, wedi drysu, yn cael trafferth anadlu neu’n cael ffit, dywedwch wrth nyrs ar unwaith. Gall y rhain fod yn arwyddion o salwch difrifol neu ddiddyfnu peryglus. Peidiwch ag aros tan ddiwedd eich ymweliad."}),
                        ("reflection", "Gall ysbytai ddod ag atgofion anodd yn ôl i rai cefnogwyr cymheiriaid. Sut gallech chi ofalu amdanoch eich hun ar ôl shifft anodd?"),
                    ],
                    "quiz": {
                        "pass_mark": 80,
                        "questions": [
                            {
                                "kind": "multiple",
                                "text": "Pryd dylech chi lanhau eich dwylo ar ward? Dewiswch bob un sy’n berthnasol.",
                                "options": [
                                    {"text": "Pan fyddwch chi’n cyrraedd y ward", "correct": True, "feedback": "Ie. Gel i mewn."},
                                    {"text": "Cyn ac ar ôl treulio amser gyda chlaf", "correct": True, "feedback": "Ie. Mae hyn yn amddiffyn y claf a chi."},
                                    {"text": "Pan fyddwch chi’n gadael y ward", "correct": True, "feedback": "Ie. Gel allan."},
                                    {"text": "Dim ond os yw eich dwylo’n edrych yn fudr", "correct": False, "feedback": "Na. Dydy germau ddim i’w gweld, felly glanhewch eich dwylo bob tro, nid dim ond pan fyddan nhw’n edrych yn fudr."},
                                ],
                            },
                            {
                                "kind": "true_false",
                                "text": "Os ydych chi wedi bod yn chwydu neu wedi cael dolur rhydd, gallwch chi ddod i mewn cyn gynted ag y byddwch chi’n teimlo’n well.",
                                "options": [
                                    {"text": "Cywir", "correct": False, "feedback": "Mae hwn yn anghywir. Mae ysbytai fel arfer yn gofyn i chi aros nes eich bod wedi bod heb symptomau am 48 awr."},
                                    {"text": "Anghywir", "correct": True, "feedback": "Iawn. Cadwch draw nes eich bod wedi bod heb symptomau am 48 awr, neu fel mae eich ysbyty’n dweud."},
                                ],
                            },
                            {
                                "kind": "single",
                                "text": "Rydych chi’n dod o hyd i nodwydd wedi’i defnyddio ar y llawr wrth wely. Beth ydych chi’n ei wneud?",
                                "options": [
                                    {"text": "Ei chodi’n ofalus a’i rhoi yn y bin", "correct": False, "feedback": "Peidiwch byth â chyffwrdd ag offer miniog. Gall anaf gan nodwydd basio heintiau ymlaen."},
                                    {"text": "Ei gorchuddio â thywel papur a dal ati", "correct": False, "feedback": "Gallai rhywun gael ei frifo o hyd, ac efallai na fydd staff yn dod o hyd iddi. Arhoswch wrth ei hymyl a dywedwch wrth staff."},
                                    {"text": "Aros wrth ei hymyl a gofyn i staff ddelio â hi", "correct": True, "feedback": "Ie. Peidiwch byth â chyffwrdd ag offer miniog. Cadwch bobl eraill draw nes bod staff yn cyrraedd. Os bydd nodwydd byth yn eich pigo, gadewch iddo waedu, golchwch e, a chewch help meddygol ar unwaith."},
                                    {"text": "Gofyn i’r claf ei symud", "correct": False, "feedback": "Gallai hyn frifo’r claf. Gofynnwch i staff."},
                                ],
                            },
                            {
                                "kind": "single",
                                "text": "Mae claf rydych chi’n ymweld ag e yn cwympo o’r gwely. Beth ddylech chi ei wneud?",
                                "options": [
                                    {"text": "Ei helpu’n ôl i’r gwely eich hun, yn dyner", "correct": False, "feedback": "Gallai hyn anafu’r ddau ohonoch chi. Galwch am staff."},
                                    {"text": "Galw am staff; peidio â’i godi", "correct": True, "feedback": "Ie. Mae angen staff wedi’u hyfforddi i symud rhywun sydd wedi cwympo."},
                                    {"text": "Ei eistedd i fyny a gofyn ble mae’n brifo", "correct": False, "feedback": "Gall symud rhywun sydd wedi cwympo wneud anaf yn waeth. Galwch am staff ac arhoswch gydag e."},
                                    {"text": "Rhoi diod o ddŵr iddo", "correct": False, "feedback": "Ddim nes bod staff wedi ei wirio. Galwch am staff yn gyntaf."},
                                ],
                            },
                            {
                                "kind": "true_false",
                                "text": "Dylech chi ddefnyddio’r lifft pan fydd y larwm tân yn canu.",
                                "options": [
                                    {"text": "Cywir", "correct": False, "feedback": "Mae hwn yn anghywir. Peidiwch byth â defnyddio lifftiau mewn tân. Dilynwch gyfarwyddiadau staff y ward."},
                                    {"text": "Anghywir", "correct": True, "feedback": "Iawn. Dilynwch staff y ward: byddan nhw’n dweud wrthoch chi ble i fynd."},
                                ],
                            },
                            {
                                "kind": "single",
                                "text": "Mae claf yn gwylltio ac rydych chi’n dechrau teimlo’n anniogel. Beth yw’r peth gorau i’w wneud?",
                                "options": [
                                    {"text": "Cadw eich pellter, gadael, a dweud wrth staff", "correct": True, "feedback": "Ie. Eich diogelwch chi sy’n dod gyntaf. Adroddwch y peth wedyn hefyd."},
                                    {"text": "Dadlau eich pwynt nes eu bod yn tawelu", "correct": False, "feedback": "Mae dadlau fel arfer yn gwneud pethau’n waeth."},
                                    {"text": "Sefyll rhyngddyn nhw a’r drws", "correct": False, "feedback": "Cadwch eich ffordd eich hun allan yn glir bob amser."},
                                    {"text": "Aros gyda nhw, fel nad ydyn nhw’n teimlo eu bod yn cael eu gwrthod na’u barnu", "correct": False, "feedback": "Mae eu teimladau’n bwysig, ond rhaid i chi beidio ag aros os ydych chi’n teimlo’n anniogel."},
                                ],
                            },
                        ],
                    },
                },
            ],
        },
    ],
}

PLACEMENT_COURSES = [NHS_CONFIDENTIALITY, NHS_HEALTH_AND_SAFETY]
