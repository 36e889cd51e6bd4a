# ruff: noqa: E501
"""Modiwl sefydlu: cydraddoldeb ac amrywiaeth (Welsh). Plain data only."""

EQUALITY_AND_DIVERSITY = {
    "slug": "equality-and-diversity",
    "title": "Cydraddoldeb ac amrywiaeth",
    "summary": "Beth mae cydraddoldeb, amrywiaeth a chynhwysiant yn ei olygu, beth mae’r gyfraith yn ei ddweud, a sut i wneud i bawb deimlo croeso.",
    "classroom_day": 2,
    "lessons": [
        {
            "slug": "equality-diversity-and-inclusion",
            "title": "Cydraddoldeb, amrywiaeth a chynhwysiant",
            "estimated_minutes": 15,
            "body": [
                ("heading", "Tri gair"),
                ("text", "- Mae cydraddoldeb yn golygu bod pawb yn cael cyfle teg. Weithiau mae hynny’n golygu gwneud pethau’n wahanol i bobl wahanol, fel ffonio rhywun sy’n ei chael hi’n anodd darllen llythyrau.\n- Mae amrywiaeth yn golygu’r gwahaniaethau rhwng pobl: cefndir, diwylliant, credoau, oed, corff, hunaniaeth a phrofiad bywyd.\n- Mae cynhwysiant yn golygu bod pobl yn teimlo croeso a pharch, ac yn gallu cymryd rhan yn llawn fel nhw eu hunain."),
                ("heading", "Beth mae’r gyfraith yn ei ddweud"),
                ("text", "Ym Mhrydain Fawr, mae Deddf Cydraddoldeb 2010 yn amddiffyn pobl rhag gwahaniaethu oherwydd naw “nodwedd warchodedig”:\n\n- oed\n- anabledd\n- ailbennu rhywedd\n- priodas a phartneriaeth sifil\n- beichiogrwydd a mamolaeth\n- hil\n- crefydd neu gred\n- rhyw\n- cyfeiriadedd rhywiol\n\nMae’r gyfraith yn berthnasol i’n sefydliad ni. Fel gwirfoddolwr, rydych chi’n rhan o sut rydyn ni’n cadw ati."),
                ("heading", "Sut olwg sydd ar wahaniaethu"),
                ("text", "Dydy gwahaniaethu ddim bob amser yn swnllyd nac yn amlwg. Gall fod yn:\n\n- trin rhywun yn waeth oherwydd pwy ydyn nhw\n- rheol sy’n edrych yn deg ond sy’n cau rhai pobl allan, fel rhedeg grwpiau dim ond ar adegau pan na all rhieni ddod\n- aflonyddu: sylwadau neu “jôcs” digroeso sy’n gwneud i rywun deimlo’n ofnus, wedi’i fychanu neu wedi’i gywilyddio\n- trin rhywun yn wael am ei fod wedi cwyno am wahaniaethu"),
                ("heading", "Pam mae’n bwysig mewn gwaith adferiad"),
                ("text", "Mae rhai pobl yn cadw draw o gymorth adferiad am eu bod yn ofni na fyddan nhw’n ffitio i mewn, neu y byddan nhw’n cael eu trin yn wael. Efallai bod mam yn poeni beth fydd yn digwydd i’w phlant os bydd hi’n gofyn am help. Efallai bod person hŷn yn teimlo bod grwpiau ar gyfer pobl ifanc yn unig. Efallai bod rhywun yn ofni homoffobia, hiliaeth neu ddiffyg parch at ei ffydd. Bob tro rydyn ni’n gwneud i un person deimlo croeso, rydyn ni’n ei gwneud hi’n haws i’r nesaf."),
                ("heading", "Mae llawer o bobl yn wynebu mwy nag un rhwystr"),
                ("text", "Mae llawer o’r bobl rydyn ni’n eu cefnogi yn wynebu sawl rhwystr ar unwaith. Efallai bod rhywun yn delio â defnyddio alcohol, iechyd meddwl gwael, hiliaeth a phroblemau tai, i gyd ar yr un pryd. Mae’r pethau hyn yn adio i fyny. Mae gwybod hyn yn eich helpu i fod yn amyneddgar pan fydd rhywun yn ei chael hi’n anodd ymddiried mewn gwasanaethau, neu gyrraedd apwyntiadau."),
                ("callout", {"kind": "tip", "title": "Rydych chi’n gwybod sut deimlad yw cael eich barnu", "text": "Mae llawer o gefnogwyr cymheiriaid yn gwybod o’u bywydau eu hunain sut deimlad yw cael pobl yn edrych i lawr arnoch chi. Defnyddiwch y ddealltwriaeth honno i sylwi pan fydd pobl eraill yn cael eu gadael allan."}),
                ("reflection", "Meddyliwch am adeg pan oeddech chi’n teimlo nad oeddech chi’n perthyn yn rhywle. Beth wnaeth i chi deimlo felly? Beth fyddai wedi eich helpu i deimlo croeso?"),
            ],
            "quiz": None,
        },
        {
            "slug": "inclusion-in-practice",
            "title": "Cynhwysiant yn ymarferol",
            "estimated_minutes": 20,
            "body": [
                ("heading", "Rydyn ni i gyd yn barnu’n gyflym"),
                ("text", "Mae pawb yn barnu pobl eraill yn gyflym. Mae ein hymennydd yn gwneud hyn yn awtomatig, ar sail beth rydyn ni wedi’i weld a beth rydyn ni wedi cael gwybod. Weithiau mae hyn yn cael ei alw’n duedd ddiarwybod. Dydy e ddim yn rheswm i deimlo’n euog, ond mae’n rheswm i arafu. Gofynnwch i chi’ch hun: “Ydw i’n gwneud tybiaeth am y person hwn? Fyddwn i’n meddwl yr un peth am rywun arall?”"),
                ("heading", "Gwneud pethau’n hygyrch"),
                ("text", "Gall newidiadau bach wneud gwahaniaeth mawr. Er enghraifft:\n\n- Mae rhai pobl yn ei chael hi’n anodd darllen ac ysgrifennu. Cynigiwch fynd drwy ffurflenni gyda’ch gilydd ac egluro pethau ar lafar, heb wneud ffws.\n- Defnyddiwch eiriau syml. Gwiriwch fod y person yn deall drwy ofyn iddo ddweud y peth yn ôl yn ei eiriau ei hun, yn lle gofyn “Ydych chi’n deall?” yn unig.\n- Os nad Cymraeg neu Saesneg yw iaith gyntaf rhywun, holwch am gyfieithydd. Peidiwch â dibynnu ar aelodau’r teulu, a byth ar blant.\n- Meddyliwch am fynediad: grisiau, toiledau, golau, seddi a chlyw.\n- Gofynnwch i bobl beth sydd ei angen arnyn nhw. Peidiwch â dyfalu.\n\nI bobl anabl, mae’r Ddeddf Cydraddoldeb yn mynd ymhellach: rhaid i sefydliadau wneud “addasiadau rhesymol”, fel print bras, ramp neu ystafell dawel, fel nad yw pobl anabl o dan anfantais. Dydy iaith gyntaf rhywun ddim yn anabledd, ond mae cyfieithydd yn arfer da o hyd."),
                ("heading", "Parch at bwy yw pobl"),
                ("text", "Defnyddiwch yr enw a’r rhagenwau y mae rhywun yn gofyn i chi eu defnyddio. Parchwch gredoau, diwylliant ac arferion crefyddol pobl, fel amseroedd gweddïo neu ymprydio. Peidiwch â gwneud tybiaethau am deuluoedd a pherthnasoedd. Er enghraifft, holwch am “bartner” yn lle “gŵr” neu “wraig”."),
                ("heading", "Pan fyddwch chi’n gweld neu’n clywed gwahaniaethu"),
                ("text", "Os bydd rhywun yn gwneud sylw gwahaniaethol mewn grŵp neu mewn canolfan, mae’n iawn siarad yn dawel: “Dydyn ni ddim yn siarad am bobl fel yna yma.” Does dim rhaid i chi ennill dadl. Os nad ydych chi’n teimlo’n ddiogel i’w herio ar y pryd, dywedwch wrth eich goruchwyliwr wedyn. Os yw wedi’i anelu atoch chi, rydych chi’n haeddu cefnogaeth hefyd, felly dywedwch wrthon ni."),
                ("callout", {"kind": "worried", "title": "Os yw rhywun yn cael ei dargedu oherwydd pwy ydyn nhw", "text": "Ymosodiad neu fygythiad oherwydd pwy ydyn nhw? Gall fod yn drosedd casineb.\nGwrandewch a’i gymryd o ddifrif.\nMewn perygl: 999. Fel arall, yr heddlu ar 101.\nDywedwch wrth eich goruchwyliwr yr un diwrnod."}),
                ("reflection", "Pa dybiaethau allech chi eu gwneud am rywun cyn i chi ddod i’w adnabod? Sut gallech chi wirio’r tybiaethau hynny?"),
            ],
            "quiz": {
                "pass_mark": 80,
                "questions": [
                    {
                        "kind": "single",
                        "text": "Beth mae cynhwysiant yn ei olygu?",
                        "options": [
                            {"text": "Mae pawb yn teimlo croeso ac yn gallu cymryd rhan fel nhw eu hunain", "correct": True, "feedback": "Ie. Mae cynhwysiant yn ymwneud â sut deimlad yw bod yn rhan o rywbeth."},
                            {"text": "Mae pawb yn cael eu trin yn union yr un ffordd, beth bynnag yw eu hanghenion", "correct": False, "feedback": "Ddim yn hollol. Weithiau mae angen pethau gwahanol ar bobl i gael cyfle teg."},
                            {"text": "Rhoi poster am amrywiaeth ar y wal", "correct": False, "feedback": "Mae poster yn ddechrau, ond mae cynhwysiant yn ymwneud â beth mae pobl yn ei brofi go iawn."},
                            {"text": "Gwahodd dim ond pobl sy’n debyg i ni", "correct": False, "feedback": "Dyna’r gwrthwyneb i gynhwysiant. Rydyn ni eisiau i bawb deimlo croeso."},
                        ],
                    },
                    {
                        "kind": "multiple",
                        "text": "Pa rai o’r rhain sy’n nodweddion gwarchodedig o dan Ddeddf Cydraddoldeb 2010? Dewiswch bob un sy’n berthnasol.",
                        "options": [
                            {"text": "Oed", "correct": True, "feedback": "Ie, mae oed yn nodwedd warchodedig."},
                            {"text": "Crefydd neu gred", "correct": True, "feedback": "Ie, mae crefydd neu gred wedi’i gwarchod."},
                            {"text": "Anabledd", "correct": True, "feedback": "Ie, mae anabledd wedi’i warchod."},
                            {"text": "Cael cofnod troseddol", "correct": False, "feedback": "Na. Mae’n bwysig yn ein gwaith, ac rydyn ni’n trin pobl yn deg, ond dydy e ddim yn un o’r naw nodwedd warchodedig."},
                            {"text": "Cyfeiriadedd rhywiol", "correct": True, "feedback": "Ie, mae cyfeiriadedd rhywiol wedi’i warchod."},
                        ],
                    },
                    {
                        "kind": "true_false",
                        "text": "Mae trin pawb yn union yr un ffordd bob amser yn deg.",
                        "options": [
                            {"text": "Cywir", "correct": False, "feedback": "Mae hwn yn anghywir. Efallai bod angen cymorth gwahanol ar bobl i gael yr un cyfle."},
                            {"text": "Anghywir", "correct": True, "feedback": "Iawn. Weithiau mae tegwch yn golygu gwneud pethau’n wahanol, fel darllen ffurflen yn uchel."},
                        ],
                    },
                    {
                        "kind": "single",
                        "text": "Mae rhywun rydych chi’n ei gefnogi yn ei chael hi’n anodd darllen. Beth yw’r ffordd orau?",
                        "options": [
                            {"text": "Rhoi taflen iddyn nhw fynd adref gyda nhw", "correct": False, "feedback": "Efallai na fydd taflen ar ei phen ei hun yn helpu. Mae siarad drwyddi yn gweithio’n well."},
                            {"text": "Gofyn iddyn nhw ddod â phlentyn neu berthynas sy’n gallu ei darllen iddyn nhw", "correct": False, "feedback": "Ddylai plant ddim cael eu defnyddio i ddarllen na chyfieithu i oedolion."},
                            {"text": "Llenwi’r ffurflen drostyn nhw heb fynd drwyddi", "correct": False, "feedback": "Eu ffurflen nhw a’u gwybodaeth nhw yw hi. Ewch drwyddi gyda’ch gilydd fel eu bod yn gwybod beth mae’n ei ddweud."},
                            {"text": "Mynd drwy’r ffurflen gyda’ch gilydd, gan ei darllen yn uchel", "correct": True, "feedback": "Ie. Mae hyn yn barchus ac yn ymarferol."},
                        ],
                    },
                    {
                        "kind": "single",
                        "text": "Mewn grŵp, mae rhywun yn gwneud jôc hiliol. Beth allech chi ei wneud?",
                        "options": [
                            {"text": "Chwerthin gyda nhw i gadw’r heddwch", "correct": False, "feedback": "Mae hyn yn dweud wrth eraill bod y sylw’n dderbyniol. Mae gair tawel yn well."},
                            {"text": "Dweud dim yn y grŵp, er mwyn peidio â chodi cywilydd ar y person", "correct": False, "feedback": "Bydd eraill yn yr ystafell wedi clywed. Os na allwch chi siarad, dywedwch wrth eich goruchwyliwr wedyn."},
                            {"text": "Dweud yn dawel, “Dydyn ni ddim yn siarad am bobl fel yna yma”", "correct": True, "feedback": "Ie. Mae tawel a chlir yn ddigon, a does dim rhaid i chi ennill dadl. Dywedwch wrth eich goruchwyliwr wedyn hefyd."},
                            {"text": "Gofyn iddyn nhw adael y grŵp am byth", "correct": False, "feedback": "Nid eich penderfyniad chi yw hynny yn y fan a’r lle. Dywedwch rywbeth tawel, yna dywedwch wrth eich goruchwyliwr."},
                        ],
                    },
                    {
                        "kind": "true_false",
                        "text": "Mae cael tuedd ddiarwybod yn golygu eich bod chi’n berson drwg.",
                        "options": [
                            {"text": "Cywir", "correct": False, "feedback": "Mae hwn yn anghywir. Mae gan bawb dueddiadau. Y peth pwysig yw sylwi arnyn nhw ac arafu."},
                            {"text": "Anghywir", "correct": True, "feedback": "Iawn. Mae’n rhan normal o sut mae’r ymennydd yn gweithio. Y nod yw sylwi arni a gwirio ein tybiaethau."},
                        ],
                    },
                ],
            },
        },
    ],
}
