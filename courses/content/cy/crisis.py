# ruff: noqa: E501
"""Gwersi ar gyfer yr adegau na all aros: galluedd a dewis, hunanladdiad a hunan-niweidio, ac
argyfyngau alcohol (Welsh). They belong to the required courses (see required.py). Plain data only.
"""

CAPACITY_AND_CHOICE = {
    "slug": "capacity-choice-and-sharing",
    "title": "Galluedd, dewis a rhannu pryder",
    "estimated_minutes": 20,
    "body": [
        ("heading", "Mae pobl yn penderfynu drostyn nhw eu hunain"),
        ("text", "Mae gan oedolion hawl i wneud eu penderfyniadau eu hunain, gan gynnwys rhai rydych chi neu bobl eraill yn meddwl eu bod yn annoeth. Efallai y bydd rhywun yn dewis dal ati i yfed, aros gyda phartner sy’n ei frifo, neu wrthod atgyfeiriad. Eich gwaith chi yw gwrando, rhoi’r ffeithiau iddyn nhw, a pharchu eu dewis, gan ddal i drosglwyddo unrhyw bryder diogelu."),
        ("heading", "Y Ddeddf Galluedd Meddyliol"),
        ("text", "Mae Deddf Galluedd Meddyliol 2005 yn berthnasol yng Nghymru ac yn Lloegr. Mae’n dweud:\n\n- Mae pawb sy’n 16 oed neu’n hŷn yn cael eu hystyried yn gallu gwneud eu penderfyniadau eu hunain, oni bai ei bod hi’n cael ei dangos nad ydyn nhw’n gallu.\n- Rhaid rhoi’r holl help sydd ei angen ar bobl i benderfynu cyn i unrhyw un ddweud nad ydyn nhw’n gallu.\n- Dydy gwneud penderfyniad annoeth ddim yn golygu nad oes gan berson alluedd.\n- Rhaid i benderfyniad sy’n cael ei wneud dros rywun sydd ddim yn gallu penderfynu fod er ei les gorau.\n- Rhaid iddo gyfyngu ar ei hawliau a’i ryddid cyn lleied â phosibl.\n\nMae galluedd yn ymwneud ag un penderfyniad ar un adeg. I wneud penderfyniad, mae angen i berson ddeall y wybodaeth, ei chofio’n ddigon hir, ei phwyso a’i mesur, a dweud wrth eraill beth mae wedi’i benderfynu, mewn unrhyw ffordd y gall."),
        ("heading", "Alcohol, cyffuriau a galluedd"),
        ("text", "Gall bod yn feddw iawn neu’n uchel iawn gymryd galluedd rhywun i ffwrdd am gyfnod. Efallai bod person sydd ddim yn gallu dilyn beth rydych chi’n ei ddweud ar alwad heno yn gwbl abl i benderfynu bore yfory. Os gall penderfyniad aros, gadewch iddo aros, a ffoniwch yn ôl ar adeg well. Os na all aros am fod rhywun mewn perygl, ffoniwch 999.\n\nDydych chi ddim yn asesu galluedd eich hun. Dywedwch wrth eich goruchwyliwr beth sylwoch chi arno: beth ddywedodd y person, a oedd yn eich deall chi, ac a oedd yn ymddangos yn feddw neu’n uchel. Os nad ydych chi’n siŵr a allai rhywun wneud penderfyniad, gofynnwch i’ch goruchwyliwr."),
        ("heading", "Pan nad yw “na” efallai’n rhydd"),
        ("text", "Weithiau mae person yn dweud na am fod rhywun arall yn ei reoli. Mae’r arwyddion yn cynnwys llais yn y cefndir yn dweud wrtho beth i’w ddweud, person sy’n ymddangos yn ofnus, neu rywun sydd byth â’i ffôn na’i arian ei hun. Gorfodaeth yw hyn. Dywedwch wrth eich goruchwyliwr neu’r arweinydd diogelu. Nhw fydd yn penderfynu, fesul achos, a ddylid rhannu’r pryder heb gytundeb y person."),
        ("heading", "Beth gallwch chi ei addo a beth na allwch chi"),
        ("text", "Gallwch chi addo gwrando, bod yn onest, a dweud wrth y person beth rydych chi’n bwriadu ei wneud. Allwch chi ddim addo cyfrinachedd llwyr. Mae eich nodiadau’n cael eu cadw gan y sefydliad a’u trafod mewn goruchwyliaeth, ac mae pryder diogelu bob amser yn mynd at eich goruchwyliwr neu’r arweinydd diogelu. Nhw sy’n penderfynu a yw’n mynd ymhellach, fesul achos."),
        ("callout", {"kind": "tip", "title": "Annoeth, nid analluog", "text": "Mae dewis na fyddech chi’n ei wneud yn dal i fod yn ddewis iddyn nhw. Trosglwyddwch bryderon, nid barn."}),
        ("reflection", "Meddyliwch am ddewis a wnaethoch chi yr oedd pobl eraill yn meddwl ei fod yn annoeth. Sut deimlad oedd hi pan wnaeth pobl ei barchu, neu pan na wnaethon nhw?"),
    ],
    "quiz": {
        "pass_mark": 80,
        "questions": [
            {
                "kind": "single",
                "text": "Mae cyfranogwr Camau Cyntaf yn sobr ac mae ei ben yn glir. Mae’n dweud ei fod eisiau dal ati i yfed a dydy e ddim eisiau atgyfeiriad. Beth mae’r gyfraith yn ei ddweud?",
                "options": [
                    {"text": "Gall ei deulu wneud y dewis drosto", "correct": False, "feedback": "Ddim yn hollol. Mae oedolion yn gwneud eu penderfyniadau eu hunain. Does neb arall yn penderfynu dros berson sydd â galluedd."},
                    {"text": "Does ganddo ddim galluedd, am fod yfed yn ei niweidio", "correct": False, "feedback": "Ddim yn hollol. Dydy dewisiadau niweidiol neu annoeth ddim yn golygu nad oes gan rywun alluedd."},
                    {"text": "Gall benderfynu, hyd yn oed os yw’r dewis yn ymddangos yn annoeth", "correct": True, "feedback": "Ie. Dydy penderfyniad annoeth ddim yn ddiffyg galluedd. Cadwch y drws ar agor a throsglwyddwch unrhyw bryderon."},
                    {"text": "Rydych chi’n ei atgyfeirio beth bynnag, am ei fod yn yfed bob dydd", "correct": False, "feedback": "Ddim yn hollol. Mae angen ei gytundeb ar gyfer atgyfeiriad oni bai bod rhywun mewn perygl."},
                ],
            },
            {
                "kind": "true_false",
                "text": "Efallai na fydd rhywun sy’n feddw iawn yn gallu gwneud penderfyniad heno, ond y bydd yn gallu ei wneud yfory.",
                "options": [
                    {"text": "Cywir", "correct": True, "feedback": "Iawn. Mae galluedd yn ymwneud ag un penderfyniad ar un adeg. Os gall aros, ffoniwch yn ôl."},
                    {"text": "Anghywir", "correct": False, "feedback": "Mae hwn yn gywir. Gall bod yn feddw neu’n uchel gymryd galluedd i ffwrdd am gyfnod."},
                ],
            },
            {
                "kind": "multiple",
                "text": "I wneud penderfyniad, beth mae angen i berson allu ei wneud? Dewiswch bob un sy’n berthnasol.",
                "options": [
                    {"text": "Deall y wybodaeth", "correct": True, "feedback": "Ie. Dyma un o’r pedair rhan."},
                    {"text": "Cytuno â chyngor y gweithwyr proffesiynol", "correct": False, "feedback": "Na. Gall pobl anghytuno â chyngor a dal i fod â galluedd."},
                    {"text": "Ei chofio’n ddigon hir i benderfynu", "correct": True, "feedback": "Ie. Dyma un o’r pedair rhan."},
                    {"text": "Ei phwyso a’i mesur", "correct": True, "feedback": "Ie. Dyma un o’r pedair rhan."},
                    {"text": "Dweud wrth eraill beth yw ei benderfyniad, mewn unrhyw ffordd y gall", "correct": True, "feedback": "Ie. Mae siarad, ysgrifennu, arwyddion neu ystumiau i gyd yn cyfrif."},
                ],
            },
            {
                "kind": "single",
                "text": "Ar alwad, mae menyw’n dweud bod ei phartner yn cymryd ei harian. Mae llais dyn yn dweud wrthi am roi’r ffôn i lawr. Mae hi’n dweud, “Peidiwch â gwneud dim.” Beth ydych chi’n ei wneud?",
                "options": [
                    {"text": "Parchu ei dymuniad a dweud dim wrth neb, am ei bod hi’n oedolyn", "correct": False, "feedback": "Ddim yn hollol. Efallai nad yw ei “na” hi’n rhydd. Mae pryder diogelu bob amser yn mynd at eich goruchwyliwr neu’r arweinydd."},
                    {"text": "Gofyn am gael siarad â’r dyn i ddatrys y peth", "correct": False, "feedback": "Peidiwch byth â herio rhywun a allai fod yn achosi niwed. Gallai ei rhoi hi mewn perygl."},
                    {"text": "Dweud wrth eich goruchwyliwr neu’r arweinydd diogelu heddiw", "correct": True, "feedback": "Ie. Gallai hyn fod yn orfodaeth. Nhw sy’n penderfynu, fesul achos, beth sy’n digwydd nesaf."},
                    {"text": "Ffonio’r heddlu eich hun ar unwaith", "correct": False, "feedback": "Ffoniwch 999 os yw hi mewn perygl ar hyn o bryd. Fel arall, yr arweinydd diogelu sy’n penderfynu beth sy’n digwydd nesaf."},
                ],
            },
            {
                "kind": "single",
                "text": "Pwy sy’n penderfynu a yw pryder diogelu’n cael ei rannu y tu allan i’r sefydliad?",
                "options": [
                    {"text": "Chi, fel y person a’i clywodd gyntaf", "correct": False, "feedback": "Ddim yn hollol. Rydych chi’n ei drosglwyddo. Yr arweinydd diogelu sy’n penderfynu am rannu ymhellach."},
                    {"text": "Yr arweinydd diogelu, fesul achos", "correct": True, "feedback": "Ie. Maen nhw’n pwyso dymuniadau’r person yn erbyn y risg."},
                    {"text": "Neb: dydy e byth yn cael ei rannu", "correct": False, "feedback": "Ddim yn hollol. Gall pryderon gael eu rhannu heb gytundeb pan fydd rhywun mewn perygl."},
                    {"text": "Meddyg teulu’r person, ar ôl cael gwybod", "correct": False, "feedback": "Ddim yn hollol. Yr arweinydd diogelu sy’n penderfynu, a gall gynnwys y meddyg teulu."},
                ],
            },
        ],
    },
}

SUICIDE_AND_SELF_HARM = {
    "slug": "when-someone-talks-about-suicide",
    "title": "Pan fydd rhywun yn sôn am hunanladdiad neu hunan-niweidio",
    "estimated_minutes": 20,
    "body": [
        ("heading", "Mae gofyn yn uniongyrchol yn ddiogel"),
        ("text", "Mae pobl sy’n defnyddio alcohol neu gyffuriau mewn mwy o berygl o hunanladdiad. Os ydych chi’n poeni, gofynnwch yn uniongyrchol: “Ydych chi’n meddwl am hunanladdiad?” neu “Ydych chi’n meddwl am ddod â’ch bywyd i ben?” Dydy gofyn ddim yn rhoi’r syniad ym mhen rhywun. Mae’r rhan fwyaf o bobl yn teimlo rhyddhad bod rhywun wedi sylwi. Osgowch gwestiynau sy’n gwahodd “na”, fel “Dydych chi ddim yn mynd i wneud dim byd gwirion, ydych chi?”"),
        ("heading", "Gwrandewch yn gyntaf"),
        ("text", "Os ydyn nhw’n ateb “ydw”, arhoswch yn dawel a gwrandewch. Diolchwch iddyn nhw am ddweud wrthoch chi. Peidiwch â dadlau, pregethu na cheisio eu darbwyllo i beidio â theimlo fel maen nhw’n teimlo. Gofynnwch a oes ganddyn nhw gynllun, ac a oes ganddyn nhw’r modd i’w gyflawni. Peidiwch ag addo cadw’r peth yn gyfrinach."),
        ("heading", "Perygl nawr: gweithredwch nawr"),
        ("text", "Os oes gan rywun gynllun i ddod â’i fywyd i ben yn fuan, fel heno, neu os yw eisoes wedi niweidio ei hun neu wedi cymryd gorddos, mae mewn perygl ar unwaith. Peidiwch ag aros tan ddiwedd y grŵp neu’r alwad, a pheidiwch â’i adael nes y gallwch chi gael gafael ar eich goruchwyliwr.\n\n- Ffoniwch 999, neu gofynnwch iddyn nhw wneud, ac arhoswch gyda nhw. Ar y ffôn, arhoswch ar y lein.\n- Os gallwch chi, darganfyddwch ble maen nhw.\n- Cadwch nhw i siarad nes bod help yn cyrraedd.\n- Yna dywedwch wrth eich goruchwyliwr neu’r arweinydd diogelu."),
        ("heading", "Ddim mewn perygl ar hyn o bryd"),
        ("text", "Os ydyn nhw’n meddwl am hunanladdiad ond yn ddiogel am y tro, helpwch nhw i gael cymorth yr un diwrnod:\n\n- NHS 111, opsiwn 2: help iechyd meddwl brys, am ddim, ddydd a nos, yng Nghymru ac yn Lloegr.\n- Samaritans: 116 123, am ddim, ddydd a nos.\n- Eu meddyg teulu, neu dîm argyfwng os oes ganddyn nhw un yn barod.\n\nCytunwch beth fyddan nhw’n ei wneud i gadw’n ddiogel tan hynny, a phwy gallan nhw ei ffonio. Dywedwch wrth eich goruchwyliwr neu’r arweinydd diogelu yr un diwrnod."),
        ("nation", {"england": "Mae’n well gan rai pobl anfon neges destun. Mae Shout yn llinell negeseuon am ddim, ddydd a nos: anfonwch SHOUT i 85258.", "wales": "Gall pobl gael help yn Gymraeg. Mae gan Samaritans linell Gymraeg ar 0808 164 0123, bob nos o 7pm tan 11pm. Mae C.A.L.L., y llinell wrando iechyd meddwl i Gymru, am ddim ar 0800 132 737, ddydd a nos, neu anfonwch “help” i 81066. Yng Nghymru, mae NHS 111 opsiwn 2 yn cael ei ateb gan y tîm iechyd meddwl lleol, ddydd a nos."}),
        ("heading", "Hunan-niweidio"),
        ("text", "Mae rhai pobl yn brifo eu hunain i ymdopi â theimladau, heb eisiau marw. Cymerwch y peth o ddifrif a pheidiwch â barnu. Os yw anaf yn ddifrifol, neu os ydyn nhw wedi llyncu rhywbeth, ffoniwch 999 neu ewch â nhw i’r Adran Achosion Brys. Fel arall, anogwch nhw i siarad â’u meddyg teulu neu NHS 111, a dywedwch wrth eich goruchwyliwr."),
        ("callout", {"kind": "worried", "title": "Mae cynllun ar gyfer heno yn argyfwng", "text": "Ffoniwch 999 ac arhoswch gyda nhw.\nDdim mewn perygl nawr? NHS 111, opsiwn 2, neu Samaritans ar 116 123.\nDywedwch wrth eich goruchwyliwr yr un diwrnod."}),
        ("reflection", "Pa eiriau fyddech chi’n eu defnyddio i ofyn i rywun yn uniongyrchol am hunanladdiad? Dywedwch nhw’n uchel unwaith, fel eu bod yn barod pan fydd eu hangen arnoch chi."),
    ],
    "quiz": {
        "pass_mark": 80,
        "questions": [
            {
                "kind": "true_false",
                "text": "Gall gofyn i rywun yn uniongyrchol a yw’n meddwl am hunanladdiad roi’r syniad yn ei ben.",
                "options": [
                    {"text": "Cywir", "correct": False, "feedback": "Mae hwn yn anghywir. Mae gofyn yn uniongyrchol yn ddiogel, ac yn aml yn rhyddhad i’r person."},
                    {"text": "Anghywir", "correct": True, "feedback": "Iawn. Mae gofyn yn dangos eich bod chi wedi sylwi a’i bod hi’n ddiogel siarad."},
                ],
            },
            {
                "kind": "single",
                "text": "Yn ystod grŵp, mae rhywun yn dweud ei fod yn bwriadu niweidio ei hun heno. Beth ydych chi’n ei wneud?",
                "options": [
                    {"text": "Dweud wrth eich goruchwyliwr amdano yn eich sgwrs 1:1 nesaf", "correct": False, "feedback": "Mae cynllun ar gyfer heno yn berygl ar unwaith. All e ddim aros."},
                    {"text": "Gorffen y grŵp, yna siarad â’r person yn breifat", "correct": False, "feedback": "All hyn ddim aros tan y diwedd. Gall eich cyd-hwylusydd gadw’r grŵp i fynd."},
                    {"text": "Gweithredu nawr: aros gyda’r person a ffonio 999", "correct": True, "feedback": "Ie. Mae cynllun ar gyfer heno yn berygl ar unwaith. Dywedwch wrth eich goruchwyliwr wedyn."},
                    {"text": "Rhoi rhif Samaritans iddo a gadael iddo fynd", "correct": False, "feedback": "Mae Samaritans yn gymorth da, ond mae angen 999 a rhywun gydag e ar berson sydd â chynllun ar gyfer heno."},
                ],
            },
            {
                "kind": "single",
                "text": "Ar alwad, mae rhywun yn dweud ei fod wedi meddwl am ddod â’i fywyd i ben, does ganddo ddim cynllun, ac mae’n teimlo’n ddiogel am y tro. Beth sydd fwyaf addas?",
                "options": [
                    {"text": "Ffonio 999 ar unwaith, yn groes i’w ddymuniad", "correct": False, "feedback": "Mae 999 ar gyfer perygl ar unwaith. Yma, mae help brys yr un diwrnod yn fwy addas."},
                    {"text": "Addo cadw’r peth rhwng y ddau ohonoch chi", "correct": False, "feedback": "Peidiwch byth ag addo cadw risg yn gyfrinach. Byddwch yn onest y byddwch chi’n dweud wrth eich goruchwyliwr."},
                    {"text": "Cynnig NHS 111 opsiwn 2 neu Samaritans; dweud wrth eich goruchwyliwr", "correct": True, "feedback": "Ie. Helpwch nhw i gael cymorth heddiw, cytunwch sut byddan nhw’n cadw’n ddiogel, a throsglwyddwch y pryder."},
                    {"text": "Newid y pwnc i rywbeth mwy hapus, i godi ei galon", "correct": False, "feedback": "Arhoswch gyda beth mae wedi’i ddweud wrthoch chi. Gwrando sydd bwysicaf."},
                ],
            },
            {
                "kind": "multiple",
                "text": "Pa rai o’r rhain sy’n gofyn yn uniongyrchol am hunanladdiad? Dewiswch bob un sy’n berthnasol.",
                "options": [
                    {"text": "“Dydych chi ddim yn mynd i wneud dim byd gwirion, ydych chi?”", "correct": False, "feedback": "Na. Mae hwn yn gwahodd “na” a gall ei gwneud hi’n anoddach bod yn onest."},
                    {"text": "“Ydych chi’n meddwl am hunanladdiad?”", "correct": True, "feedback": "Ie. Clir ac uniongyrchol."},
                    {"text": "“Ydych chi’n meddwl am ddod â’ch bywyd i ben?”", "correct": True, "feedback": "Ie. Clir ac uniongyrchol."},
                    {"text": "“Mae gennych chi gymaint i fyw amdano, on’d oes?”", "correct": False, "feedback": "Na. Mae hwn yn dweud wrthyn nhw sut i deimlo yn lle gofyn."},
                ],
            },
            {
                "kind": "single",
                "text": "Beth rydych chi’n ei gael drwy bwyso opsiwn 2 ar NHS 111?",
                "options": [
                    {"text": "Apwyntiad gyda meddyg teulu drannoeth", "correct": False, "feedback": "Ddim yn hollol. Mae opsiwn 2 ar gyfer help iechyd meddwl brys."},
                    {"text": "Help iechyd meddwl brys", "correct": True, "feedback": "Ie. Mae am ddim, yng Nghymru ac yn Lloegr."},
                    {"text": "Ambiwlans ar gyfer anaf corfforol", "correct": False, "feedback": "Ddim yn hollol. Am ambiwlans, ffoniwch 999."},
                    {"text": "Atgyfeiriad i wasanaeth cyffuriau ac alcohol", "correct": False, "feedback": "Ddim yn hollol. Mae opsiwn 2 ar gyfer help iechyd meddwl brys."},
                ],
            },
        ],
    },
}

ALCOHOL_EMERGENCIES = {
    "slug": "alcohol-emergencies",
    "title": "Argyfyngau alcohol: gwenwyno a diddyfnu",
    "estimated_minutes": 20,
    "body": [
        ("heading", "Pam mae angen gwers ei hun ar alcohol"),
        ("text", "I’r rhan fwyaf o gyfranogwyr Camau Cyntaf, alcohol yw’r prif sylwedd. Gall gormod ar unwaith wenwyno rhywun. Gall stopio’n sydyn ar ôl yfed yn drwm achosi diddyfnu peryglus. Gall y ddau ladd, a gall y ddau godi ar alwad ffôn yn ogystal ag wyneb yn wyneb."),
        ("heading", "Arwyddion gwenwyn alcohol: ffoniwch 999"),
        ("text", "Ffoniwch 999 os yw rhywun sydd wedi bod yn yfed:\n\n- ddim yn gallu cael ei ddeffro, neu’n dal i lewygu\n- yn anadlu’n araf, yn anwastad, neu gyda bylchau hir\n- â chroen gwelw, glas neu oer a chwyslyd\n- yn cael ffit\n- yn chwydu tra bydd yn gysglyd iawn\n- wedi drysu’n fawr\n\nTra byddwch chi’n aros, arhoswch gyda’r person. Os yw’n effro, cadwch e’n eistedd i fyny. Os nad yw’n effro ond yn anadlu, rhowch e ar ei ochr yn yr ystum adfer. Cadwch e’n gynnes. Peidiwch byth â gadael rhywun i “gysgu’r peth i ffwrdd”: gall yr alcohol yn ei waed ddal i godi am dipyn ar ôl ei ddiod olaf. Dydy coffi, cawod oer na gwneud iddo chwydu ddim yn helpu, a gallan nhw wneud niwed."),
        ("heading", "Diddyfnu: beth sydd angen 999, a beth sydd angen meddyg teulu heddiw"),
        ("text", "Ffoniwch 999 os yw rhywun sydd wedi cwtogi neu stopio yfed:\n\n- yn cael ffit\n- wedi drysu, neu’n gweld neu’n clywed pethau sydd ddim yno\n- â phoen yn y frest, neu’n chwydu gwaed\n- yn rhy gysglyd i aros yn effro\n\nHelpwch nhw i siarad â meddyg teulu, NHS 111 neu eu gwasanaeth alcohol yr un diwrnod os ydyn nhw:\n\n- yn crynu, yn chwysu, yn bryderus neu’n teimlo’n sâl ar ôl cwtogi\n- ddim yn cysgu ac yn teimlo’n sâl\n- yn bwriadu stopio’n sydyn, neu wedi cael ffitiau wrth ddiddyfnu o’r blaen\n\nPeidiwch â dweud wrth bobl a ddylen nhw yfed neu beidio. Cyngor meddygol yw hynny. Helpwch nhw i’w gael yn gyflym."),
        ("nation", {"england": "I gael cyngor am yfed nad yw’n argyfwng, gall pobl ffonio Drinkline, y llinell gymorth alcohol genedlaethol, ar 0300 123 1110.", "wales": "I gael cyngor am yfed neu gyffuriau nad yw’n argyfwng, gall pobl ffonio DAN 24/7, llinell gymorth cyffuriau ac alcohol Cymru, am ddim ar 0808 808 2234, ddydd a nos, yn Gymraeg neu’n Saesneg. Gallan nhw hefyd anfon y neges DAN i 81066."}),
        ("heading", "Ar y ffôn"),
        ("text", "Os ydych chi’n poeni ar alwad, gofynnwch ble maen nhw ar hyn o bryd, ac a oes unrhyw un gyda nhw. Os oes angen ambiwlans, ffoniwch 999 eich hun, neu gofynnwch i rywun sydd gyda nhw ffonio. Dywedwch wrth eich goruchwyliwr yr un diwrnod."),
        ("callout", {"kind": "worried", "title": "Argyfwng alcohol", "text": "Methu eu deffro, anadlu araf neu ffit: ffoniwch 999.\nArhoswch gyda nhw. Peidiwch byth â’u gadael i gysgu’r peth i ffwrdd."}),
        ("reflection", "Ydych chi wedi gweld rhywun yn sâl iawn o yfed neu o stopio? Beth ydych chi’n ei wybod nawr yr hoffech chi fod wedi’i wybod bryd hynny?"),
    ],
    "quiz": {
        "pass_mark": 80,
        "questions": [
            {
                "kind": "multiple",
                "text": "Mae rhywun wedi bod yn yfed yn drwm. Pa rai o’r rhain sy’n golygu y dylech chi ffonio 999? Dewiswch bob un sy’n berthnasol.",
                "options": [
                    {"text": "Does dim modd eu deffro", "correct": True, "feedback": "Ie. Gall hyn fod yn wenwyn alcohol."},
                    {"text": "Maen nhw’n anadlu’n araf, gyda bylchau hir", "correct": True, "feedback": "Ie. Mae anadlu araf neu anwastad yn argyfwng."},
                    {"text": "Maen nhw’n siarad yn uchel ac yn chwerthin", "correct": False, "feedback": "Na. Dydy bod yn llon ddim yn wenwyn, ond cadwch lygad arnyn nhw."},
                    {"text": "Maen nhw’n cael ffit", "correct": True, "feedback": "Ie. Mae ffit bob amser angen 999."},
                ],
            },
            {
                "kind": "single",
                "text": "Dridiau ar ôl stopio yfed, mae rhywun yn dweud ei fod yn sigledig, yn chwyslyd ac yn bryderus. Mae ei ben yn glir a dydy e ddim yn gweld pethau. Beth sydd fwyaf addas?",
                "options": [
                    {"text": "Dweud wrtho am gael diod fach i setlo’r cryndod", "correct": False, "feedback": "Cyngor meddygol yw a ddylai yfed, ac nid chi ddylai ei roi. Helpwch e i’w gael heddiw."},
                    {"text": "Dweud wrtho y bydd yn pasio mewn diwrnod neu ddau, a ffonio eto wythnos nesaf", "correct": False, "feedback": "Gall diddyfnu waethygu. Mae angen cyngor meddygol arno heddiw."},
                    {"text": "Ffonio 999 heb ofyn iddo, ar unwaith", "correct": False, "feedback": "Ffoniwch 999 am ffitiau, dryswch neu weld pethau. Yma, mae cyngor yr un diwrnod yn addas."},
                    {"text": "Ei helpu i siarad â meddyg teulu, NHS 111 neu ei wasanaeth heddiw", "correct": True, "feedback": "Ie. Mae angen cyngor meddygol yr un diwrnod ar gyfer diddyfnu. Dywedwch wrth eich goruchwyliwr hefyd."},
                ],
            },
            {
                "kind": "true_false",
                "text": "Dylid gadael rhywun sydd wedi bod yn yfed ac sydd ddim yn gallu cael ei ddeffro i gysgu’r peth i ffwrdd.",
                "options": [
                    {"text": "Cywir", "correct": False, "feedback": "Mae hwn yn anghywir. Ffoniwch 999, rhowch nhw yn yr ystum adfer ac arhoswch gyda nhw."},
                    {"text": "Anghywir", "correct": True, "feedback": "Iawn. Peidiwch byth â’u gadael. Gall yr alcohol yn eu gwaed ddal i godi."},
                ],
            },
            {
                "kind": "single",
                "text": "Mae’n ymddangos bod rhywun wedi cymryd gorddos o heroin. Mae pecyn naloxone yn yr ystafell, a dydych chi erioed wedi cael hyfforddiant. Beth sy’n wir?",
                "options": [
                    {"text": "Dim ond nyrs neu feddyg sy’n cael ei ddefnyddio", "correct": False, "feedback": "Ddim yn wir. Yn y DU, gall unrhyw un roi naloxone i achub bywyd mewn argyfwng."},
                    {"text": "Gall unrhyw un ei ddefnyddio i achub bywyd", "correct": True, "feedback": "Ie. Dilynwch gyfarwyddiadau’r pecyn neu’r person sy’n ateb yr alwad. Mae angen ambiwlans arnyn nhw o hyd."},
                    {"text": "Aros am yr ambiwlans cyn rhoi dim byd", "correct": False, "feedback": "Ffoniwch 999 yn gyntaf, yna defnyddiwch y naloxone. Gall aros gostio bywyd."},
                    {"text": "Ei ddefnyddio dim ond os oedd y person wedi cytuno o flaen llaw", "correct": False, "feedback": "Ddim yn wir. Gall naloxone gael ei roi i achub bywyd rhywun heb ei gytundeb."},
                ],
            },
        ],
    },
}
