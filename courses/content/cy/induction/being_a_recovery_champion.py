# ruff: noqa: E501
"""Modiwl sefydlu: bod yn hyrwyddwr adferiad (Welsh). Plain data only."""

BEING_A_RECOVERY_CHAMPION = {
    "slug": "being-a-recovery-champion",
    "title": "Bod yn hyrwyddwr adferiad",
    "summary": "Sut gallwch chi ddangos bod adferiad yn bosibl, sylwi ar lwyddiannau bach, a rhannu eich stori eich hun yn ddiogel.",
    "classroom_day": 2,
    "lessons": [
        {
            "slug": "showing-recovery-is-possible",
            "title": "Dangos bod adferiad yn bosibl",
            "estimated_minutes": 15,
            "body": [
                ("heading", "Beth yw hyrwyddwr adferiad"),
                ("text", "Mae hyrwyddwr adferiad yn dangos, drwy sut mae’n byw a beth mae’n ei ddweud, bod adferiad yn real ac yn bosibl. Does dim rhaid i chi fod yn berffaith i fod yn hyrwyddwr. Mae bod yn onest bod gan adferiad ei bethau da a drwg yn rhan o’r hyn sy’n gwneud i bobl eich credu.\n\nFel hyrwyddwr, rydych chi’n cario gobaith i bobl sydd ddim yn gallu ei deimlo drostyn nhw eu hunain eto. Mae llawer o bobl sy’n defnyddio alcohol neu gyffuriau wedi cael gwybod, neu wedi dweud wrthyn nhw eu hunain, na fyddan nhw byth yn newid. Mae eich presenoldeb chi’n dweud rhywbeth gwahanol."),
                ("heading", "Llawer o lwybrau i adferiad"),
                ("text", "Mae adferiad yn edrych yn wahanol i bobl wahanol. Mae rhai’n stopio’n llwyr. Mae rhai’n cwtogi yn gyntaf. Mae rhai’n mynd i grwpiau cyd-gymorth fel AA, NA neu SMART Recovery. Mae rhai’n defnyddio triniaeth, presgripsiwn, ffydd, ymarfer corff, celf, gwaith neu deulu. Mae hyrwyddwr yn parchu’r holl lwybrau hyn, nid dim ond yr un a weithiodd iddo fe.\n\nY peth pwysicaf yw beth mae person yn ei wneud gyda’i fywyd, nid dim ond sawl diwrnod sydd ers iddo yfed neu ddefnyddio ddiwethaf."),
                ("heading", "Sylwi ar lwyddiannau bach"),
                ("text", "Yn aml, dydy pobl sydd ar ddechrau newid ddim yn gallu gweld eu cynnydd eu hunain. Gallwch chi eu helpu i sylwi arno. Mae llwyddiannau bach yn cyfrif:\n\n- codi ac agor y llenni\n- bwyta pryd o fwyd iawn\n- ateb y ffôn\n- cyrraedd canol y bore heb ddiod\n- mynd i apwyntiad gyda’r meddyg teulu\n\nHelpwch bobl i edrych yn ôl ar ba mor bell maen nhw wedi dod. Heriwch y gair “dim ond” yn dyner, fel yn “dim ond un diwrnod oedd e”. Mae un diwrnod yn gamp go iawn."),
                ("heading", "Herio stigma"),
                ("text", "Stigma yw’r cywilydd a’r bai y mae pobl yn eu rhoi ar ddefnyddio alcohol a chyffuriau. Mae’n atal pobl rhag gofyn am help. Fel hyrwyddwr, gallwch chi wthio yn ei erbyn. Defnyddiwch iaith barchus. Siaradwch pan fydd pobl yn cael eu bychanu. Dangoswch fod gan bobl mewn adferiad lawer i’w roi i’w cymuned."),
                ("callout", {"kind": "tip", "title": "Cynnydd, nid perffeithrwydd", "text": "Taith yw adferiad, nid llinell derfyn. Dydy cam yn ôl ddim yn dileu’r cynnydd y mae rhywun wedi’i wneud. Dywedwch hyn wrth y bobl rydych chi’n eu cefnogi, ac wrthoch chi’ch hun."}),
                ("reflection", "Pwy ddangosodd i chi fod adferiad yn bosibl, neu beth wnaeth eich helpu i gredu hynny? Sut gallech chi wneud yr un peth i rywun arall?"),
            ],
            "quiz": None,
        },
        {
            "slug": "sharing-your-own-story",
            "title": "Rhannu eich stori eich hun",
            "estimated_minutes": 20,
            "body": [
                ("heading", "Pam mae eich stori chi’n bwysig"),
                ("text", "Eich stori eich hun yw un o’r offer mwyaf pwerus sydd gennych chi. Gall clywed “Dw i wedi bod yno hefyd” dorri rhwystrau, meithrin ymddiriedaeth, a rhoi’r hwb sydd ei angen ar rywun i ddechrau. Ond gall stori helpu, neu gall fynd yn y ffordd. Mae’n dibynnu ar sut, pryd a pham rydych chi’n ei rhannu."),
                ("heading", "Rhannwch er eu lles nhw, nid eich lles chi"),
                ("text", "Cyn i chi rannu, gofynnwch i chi’ch hun: “Fydd hyn yn helpu’r person o fy mlaen i?” Gall dweud eich stori deimlo’n dda, ond nid dyna’r rheswm dros ei wneud. Dewiswch y rhannau sy’n cysylltu â beth mae’r person arall yn mynd drwyddo. Cadwch hi’n fyr, yna dewch â’r sgwrs yn ôl ato fe neu hi."),
                ("heading", "Byddwch yn real ac yn ostyngedig"),
                ("text", "Byddwch yn onest am y rhannau anodd a’r camau bach. Os ydych chi’n dweud “Dw i wedi bod mewn adferiad ers deng mlynedd”, gall hynny deimlo fel mynydd i rywun ar ei ddiwrnod cyntaf. Yn aml mae’n helpu mwy i siarad am sut dechreuodd pethau: yr wythnos gyntaf, y diwrnod gwael cyntaf i chi ddod drwyddo, y peth bach cyntaf a weithiodd."),
                ("heading", "Chi sy’n dewis beth sy’n aros yn breifat"),
                ("text", "Nid yr un peth yw bod yn gymar a bod yn ffrind. Does dim rhaid i chi rannu popeth, ac mae’n well cadw rhai pethau’n breifat. Osgowch fanylion byw am ddefnyddio, achos gallan nhw sbarduno chwant mewn pobl eraill. Peidiwch â rhannu manylion a fyddai’n gadael i bobl ddod o hyd i chi neu i’ch teulu. Mae’n iawn dweud, “Dw i’n cadw hynny i fi fy hun, ond galla i ddweud wrthoch chi beth wnaeth fy helpu i.”\n\nArhoswch yn onest, serch hynny. Os nad ydych chi eisiau ateb cwestiwn, dywedwch hynny, yn lle creu rhywbeth."),
                ("heading", "Cael cefnogaeth gyda’ch stori"),
                ("text", "Mae defnyddio eich stori’n dda yn sgil, ac mae angen ymarfer. Yn yr ystafell ddosbarth byddwch chi’n rhoi cynnig ar ddweud rhan fer o’ch stori ac yn cael adborth cyfeillgar. Gall eich goruchwyliwr eich helpu i feddwl am beth i’w rannu, a beth i’w gadw’n ôl, gyda’r bobl rydych chi’n eu cefnogi."),
                ("callout", {"kind": "warning", "title": "Holwch eich hun sut rydych chi", "text": "Gall dweud eich stori godi hen deimladau, weithiau ddyddiau wedyn. Sylwch sut rydych chi’n teimlo ar ôl rhannu. Os yw’n codi pethau, siaradwch amdano yn eich sgwrs 1:1 neu yn y grŵp cymheiriaid."}),
                ("reflection", "Pa rannau o’ch stori allai helpu rhywun arall? Pa rannau ydych chi eisiau eu cadw’n breifat? Ysgrifennwch un neu ddau o bob un."),
            ],
            "quiz": {
                "pass_mark": 80,
                "questions": [
                    {
                        "kind": "true_false",
                        "text": "Rhaid i chi fod yn berffaith yn eich adferiad i fod yn hyrwyddwr adferiad.",
                        "options": [
                            {"text": "Cywir", "correct": False, "feedback": "Mae hwn yn anghywir. Mae bod yn onest am y pethau da a drwg yn rhan o’r hyn sy’n gwneud i bobl eich credu."},
                            {"text": "Anghywir", "correct": True, "feedback": "Iawn. Does neb yn berffaith. Bod yn onest am y daith sy’n rhoi gobaith i bobl."},
                        ],
                    },
                    {
                        "kind": "multiple",
                        "text": "Pa rai o’r rhain allai fod yn llwyddiant go iawn i rywun ar ddechrau newid? Dewiswch bob un sy’n berthnasol.",
                        "options": [
                            {"text": "Bwyta pryd o fwyd iawn", "correct": True, "feedback": "Ie. Mae gofalu am anghenion sylfaenol yn gynnydd go iawn."},
                            {"text": "Ateb y ffôn i chi", "correct": True, "feedback": "Ie. Mae cadw mewn cysylltiad yn gam ymlaen."},
                            {"text": "Mynd i apwyntiad gyda’r meddyg teulu", "correct": True, "feedback": "Ie. Gall gymryd llawer o ddewrder."},
                            {"text": "Does dim byd yn cyfrif nes eu bod wedi stopio’n llwyr", "correct": False, "feedback": "Mae pob person yn diffinio ei adferiad ei hun, ac mae camau bach yn bwysig. Mae sylwi arnyn nhw’n magu hyder."},
                        ],
                    },
                    {
                        "kind": "single",
                        "text": "Cyn i chi rannu rhan o’ch stori, beth yw’r cwestiwn gorau i’w ofyn i chi’ch hun?",
                        "options": [
                            {"text": "Fydd hyn yn gwneud i fi edrych yn dda?", "correct": False, "feedback": "Ddim yn hollol. Mae’r stori er lles y person arall."},
                            {"text": "Fydd hyn yn helpu’r person o fy mlaen i?", "correct": True, "feedback": "Ie. Rhannwch er eu lles nhw, nid eich lles chi."},
                            {"text": "Faint o fanylion alla i eu cynnwys i’w gwneud hi’n fyw?", "correct": False, "feedback": "Ddim yn hollol. Byr a pherthnasol sy’n gweithio orau, a gall manylion byw sbarduno chwant."},
                            {"text": "Ydw i wedi dweud yr un yma o’r blaen?", "correct": False, "feedback": "Ddim yn hollol. Y peth pwysig yw a fydd yn helpu’r person hwn nawr."},
                        ],
                    },
                    {
                        "kind": "single",
                        "text": "Mae rhywun ar ei ddiwrnod cyntaf yn dweud bod eich blynyddoedd chi mewn adferiad yn teimlo’n amhosibl eu cyrraedd. Beth allai helpu fwyaf?",
                        "options": [
                            {"text": "Dweud wrthyn nhw ei fod yn mynd yn hawdd ar ôl tipyn", "correct": False, "feedback": "Efallai na fydd hyn yn teimlo’n onest nac yn real iddyn nhw. Mae camau bach, real yn helpu mwy."},
                            {"text": "Newid y pwnc", "correct": False, "feedback": "Mae eu pryder yn werth ei glywed. Dewch â’r sgwrs yn ôl at gamau bach y gallan nhw eu cyrraedd."},
                            {"text": "Disgrifio eich dyddiau defnyddio gwaethaf yn fanwl", "correct": False, "feedback": "Gall manylion byw sbarduno chwant, a dydy e ddim yn ateb eu pryder."},
                            {"text": "Siarad am eich camau bach cyntaf chi", "correct": True, "feedback": "Ie. Y camau cynnar yw’r rhan maen nhw’n gallu uniaethu â hi."},
                        ],
                    },
                    {
                        "kind": "true_false",
                        "text": "Mae’n iawn cadw rhai rhannau o’ch bywyd yn breifat rhag y bobl rydych chi’n eu cefnogi.",
                        "options": [
                            {"text": "Cywir", "correct": True, "feedback": "Iawn. Chi sy’n dewis beth i’w rannu. Dydy bod yn onest ddim yn golygu dweud popeth."},
                            {"text": "Anghywir", "correct": False, "feedback": "Mae hwn yn gywir. Nid yr un peth yw cymar a ffrind, ac mae’n well cadw rhai pethau’n breifat."},
                        ],
                    },
                    {
                        "kind": "single",
                        "text": "Beth yw stigma?",
                        "options": [
                            {"text": "Cywilydd a bai sy’n cael eu rhoi ar ddefnyddio alcohol a chyffuriau", "correct": True, "feedback": "Ie. Mae’n atal pobl rhag gofyn am help, a gall hyrwyddwyr wthio yn ei erbyn."},
                            {"text": "Gair meddygol am arwyddion diddyfnu o alcohol", "correct": False, "feedback": "Ddim yn hollol. Mae stigma’n ymwneud ag agweddau, nid symptomau."},
                            {"text": "Arwydd nad yw rhywun yn barod i newid", "correct": False, "feedback": "Ddim yn hollol. Stigma yw’r cywilydd a’r bai y mae pobl eraill yn eu rhoi ar ddefnyddio alcohol a chyffuriau."},
                            {"text": "Rheol gyfreithiol am alcohol", "correct": False, "feedback": "Ddim yn hollol. Mae stigma’n ymwneud â sut mae pobl yn cael eu barnu a’u trin."},
                        ],
                    },
                ],
            },
        },
    ],
}
