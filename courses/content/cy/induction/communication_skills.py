# ruff: noqa: E501
"""Modiwl sefydlu: sgiliau cyfathrebu (Welsh). Plain data only."""

COMMUNICATION_SKILLS = {
    "slug": "communication-skills",
    "title": "Sgiliau cyfathrebu",
    "summary": "Sut i wrando’n dda, gofyn cwestiynau da a chael sgyrsiau sy’n helpu, wyneb yn wyneb ac ar y ffôn.",
    "classroom_day": 3,
    "lessons": [
        {
            "slug": "listening-well",
            "title": "Gwrando’n dda",
            "estimated_minutes": 15,
            "body": [
                ("heading", "Mae gwrando yn sgil"),
                ("text", "Mae’r rhan fwyaf ohonon ni’n meddwl ein bod ni’n gwrando’n dda. A dweud y gwir, tra bydd rhywun yn siarad, rydyn ni’n aml yn cynllunio beth i’w ddweud nesaf. Mae gwrando gweithredol yn golygu rhoi eich sylw llawn i’r person arall, a dangos iddo eich bod chi wedi clywed. Dyma’r sgil bwysicaf sydd gan gefnogwr cymheiriaid."),
                ("heading", "Dangoswch eich bod chi’n gwrando"),
                ("text", "Wynebwch y person. Eisteddwch mewn ffordd hamddenol, agored. Nodiwch, a gwnewch synau bach fel “mm” neu “ewch ymlaen”. Rhowch eich ffôn i gadw. Ewch ar yr un cyflymder â’r person.\n\nAr y ffôn, dydy pobl ddim yn gallu eich gweld chi, felly mae’n rhaid i’ch llais wneud y gwaith. Siaradwch yn gynnes, a rhowch wybod iddyn nhw eich bod chi yno o hyd."),
                ("heading", "Pedwar offeryn defnyddiol"),
                ("text", "- Cwestiynau agored. Does dim modd ateb y rhain gydag ie neu na yn unig, felly maen nhw’n gwahodd pobl i ddweud mwy. Mae “Sut mae pethau wedi bod yr wythnos hon?” yn agor sgwrs. Yn aml mae “Ydych chi wedi bod yn iawn?” yn cael ateb un gair.\n- Cadarnhau. Sylwch ar gryfderau ac ymdrechion y person a’u henwi: “Roedd angen dewrder i godi’r ffôn heddiw.”\n- Adlewyrchu. Dywedwch yn ôl, yn eich geiriau eich hun, beth glywsoch chi: “Mae’n swnio fel mai’r nosweithiau yw’r rhan anoddaf.” Mae hyn yn dangos eich bod chi’n deall, ac yn gadael i’r person eich cywiro os ydych chi wedi camddeall.\n- Crynhoi. Bob hyn a hyn, tynnwch at ei gilydd beth sydd wedi cael ei ddweud: “Felly rydych chi eisiau cwtogi, rydych chi’n poeni am y cryndod, a hoffech chi weld eich meddyg teulu. Ydw i wedi deall yn iawn?”\n\nEfallai y byddwch chi’n clywed y rhain yn cael eu galw’n OARS, o’r geiriau Saesneg amdanyn nhw. Gallwch chi ddysgu mwy ar y cwrs cyfweld ysgogiadol."),
                ("heading", "Byddwch yn gyfforddus gyda thawelwch"),
                ("text", "Gall saib deimlo’n lletchwith, ond yn aml mae’n golygu bod y person yn meddwl. Rhowch amser iddo. Cyfrwch i bump yn eich pen cyn i chi neidio i mewn. Yn aml, mae’r peth pwysicaf yn cael ei ddweud ar ôl tawelwch."),
                ("callout", {"kind": "tip", "title": "Peidiwch â rhuthro i’w ddatrys", "text": "Pan fydd rhywun yn rhannu problem, mae’n demtasiwn rhoi cyngor ar unwaith. Ceisiwch ddeall yn gyntaf. Mae pobl yn llawer mwy tebygol o weithredu ar syniadau sy’n dod ganddyn nhw eu hunain."}),
                ("reflection", "Meddyliwch am rywun sy’n gwrando arnoch chi go iawn. Beth maen nhw’n ei wneud sy’n gwneud i chi deimlo eich bod yn cael eich clywed? Pa rai o’r pethau hynny allech chi eu gwneud yn amlach?"),
            ],
            "quiz": None,
        },
        {
            "slug": "conversations-that-help",
            "title": "Sgyrsiau sy’n helpu",
            "estimated_minutes": 20,
            "body": [
                ("heading", "Gadewch i’r person arwain"),
                ("text", "Dechreuwch gyda chwestiwn agored, fel “Sut rydych chi’n teimlo heddiw?” neu “Beth fyddai’n eich helpu chi ar hyn o bryd?”, a gadewch i’r ateb arwain y sgwrs. Mae pob person yn diffinio ei adferiad ei hun, felly eich gwaith chi yw darganfod beth mae’r person ei eisiau, nid penderfynu drosto. Gallwch chi awgrymu pethau y gallai roi cynnig arnyn nhw, ond peidiwch â dweud wrth bobl beth i’w wneud."),
                ("heading", "Y cysylltiad cyntaf"),
                ("text", "Pan fyddwch chi’n cysylltu â rhywun newydd, er enghraifft rhywun sydd wedi’i atgyfeirio gan ysbyty, mae neges destun yn gyntaf fel arfer yn gweithio’n well na galwad yn annisgwyl:\n\n- Rhowch eich enw cyntaf yn unig. Peidiwch ag enwi’r gwasanaeth na dweud beth yw pwrpas y neges: efallai bod y ffôn yn cael ei rannu, neu’n cael ei ddarllen gan rywun arall, ac mae enw gwasanaeth cyffuriau ac alcohol yn dweud wrthyn nhw am ddefnydd y person.\n- Awgrymwch eu bod yn cadw eich rhif o dan eich enw.\n- Dywedwch pryd byddwch chi’n ffonio.\n\nEr enghraifft: “Helô, Sam sy ’ma. Bydda i’n eich ffonio chi ddydd Iau am 2. Cadwch fy rhif os hoffech chi.” Pan fyddan nhw’n ateb, gwnewch yn siŵr mai’r person iawn sydd yno cyn dweud mwy, a gofynnwch: “Ydy hi’n ddiogel i siarad nawr?” Gadewch negeseuon llais yr un mor syml.\n\nOs nad ydyn nhw’n ateb, anfonwch neges eto a chynigiwch amser arall. Rhowch y dewis iddyn nhw ddweud na i alwadau. Dydy dim ateb ddim bob amser yn golygu dim diddordeb: mae credyd pobl yn dod i ben, neu maen nhw’n newid ffôn. Cadwch y galwadau cynnar yn ysgafn ac yn gyfeillgar. Does dim rhaid i alcohol a chyffuriau fod y pwnc cyntaf."),
                ("heading", "Byddwch yn onest ac yn ddibynadwy"),
                ("text", "Mae ymddiriedaeth yn tyfu pan fyddwch chi’n gwneud beth rydych chi’n ei ddweud. Os ydych chi’n dweud y byddwch chi’n ffonio ddydd Gwener am ddau, ffoniwch ddydd Gwener am ddau. Os nad ydych chi’n gwybod yr ateb i rywbeth, dywedwch hynny a chynigiwch gael gwybod. Peidiwch â gwneud addewidion na allwch chi eu cadw, ac mae hynny’n cynnwys addo cadw popeth yn gyfrinach."),
                ("heading", "Cadwch bethau’n gadarnhaol ac yn deg"),
                ("text", "Chwiliwch am y pethau da, hyd yn oed rhai bach, a thynnwch sylw atyn nhw. Ceisiwch beidio ag ymuno pan fydd pobl yn lladd ar wasanaethau neu weithwyr eraill. Gallwch chi dderbyn bod rhywun yn rhwystredig heb gytuno “eu bod nhw i gyd yn dda i ddim”. A pheidiwch byth â chredu “bydd hi fel hyn am byth”."),
                ("heading", "Nodiadau"),
                ("text", "Ar ôl pob cyswllt, ysgrifennwch nodiadau byr, ffeithiol: y dyddiad, beth wnaethoch chi siarad amdano, unrhyw beth a gafodd ei gytuno, ac unrhyw bryderon. Mae cofio manylion bach, fel enw ci rhywun, yn dangos eich bod chi wedi gwrando. Dywedwch wrth bobl beth rydych chi’n ei ysgrifennu a sut mae’n cael ei gadw’n ddiogel. Cadwch nodiadau ar y systemau y mae eich sefydliad yn eu rhoi i chi yn unig."),
                ("callout", {"kind": "warning", "title": "Sgyrsiau anodd", "text": "Os yw sgwrs yn eich gadael chi wedi cynhyrfu, yn flin neu’n isel, peidiwch â’i chario ar eich pen eich hun. Siaradwch â’ch goruchwyliwr, neu dewch â hi i’ch grŵp cymheiriaid."}),
                ("reflection", "Meddyliwch am sgwrs a aeth yn wael i chi, fel siaradwr neu wrandäwr. Beth fyddech chi’n ei wneud yn wahanol nawr?"),
            ],
            "quiz": {
                "pass_mark": 80,
                "questions": [
                    {
                        "kind": "single",
                        "text": "Pa un o’r rhain sy’n gwestiwn agored?",
                        "options": [
                            {"text": "Wnaethoch chi yfed ddoe?", "correct": False, "feedback": "Gall hwn gael ei ateb gydag ie neu na, a gall deimlo fel prawf."},
                            {"text": "Sut mae’r wythnos hon wedi bod i chi?", "correct": True, "feedback": "Ie. Mae’n gwahodd y person i ddweud mwy yn ei ffordd ei hun."},
                            {"text": "Ydych chi’n iawn?", "correct": False, "feedback": "Mae hwn yn aml yn cael ateb un gair. Rhowch gynnig ar “Sut mae pethau’n mynd?”"},
                            {"text": "Aethoch chi at y meddyg teulu fel dywedoch chi, on’d do?", "correct": False, "feedback": "Cwestiwn caeedig yw hwn, ac mae’n awgrymu’r ateb."},
                        ],
                    },
                    {
                        "kind": "multiple",
                        "text": "Pa rai o’r rhain sy’n dangos eich bod chi’n gwrando? Dewiswch bob un sy’n berthnasol.",
                        "options": [
                            {"text": "Dweud yn ôl beth glywsoch chi yn eich geiriau eich hun", "correct": True, "feedback": "Ie. Adlewyrchu yw hyn, ac mae’n dangos eich bod chi’n deall."},
                            {"text": "Crynhoi beth sydd wedi cael ei ddweud", "correct": True, "feedback": "Ie. Mae crynhoi yn dangos eich bod chi wedi dilyn y sgwrs."},
                            {"text": "Edrych ar eich ffôn tra byddan nhw’n siarad", "correct": False, "feedback": "Mae hyn yn dweud wrth bobl nad nhw yw eich ffocws. Rhowch y ffôn i gadw."},
                            {"text": "Gadael saib er mwyn iddyn nhw allu meddwl", "correct": True, "feedback": "Ie. Mae tawelwch yn rhoi lle i bobl ddweud beth sy’n bwysig."},
                            {"text": "Gorffen eu brawddegau drostyn nhw", "correct": False, "feedback": "Gall hyn deimlo fel cael eich rhuthro. Gadewch i bobl ddod o hyd i’w geiriau eu hunain."},
                        ],
                    },
                    {
                        "kind": "true_false",
                        "text": "Pan fydd rhywun yn rhannu problem, y peth gorau i’w wneud yw rhoi cyngor ar unwaith.",
                        "options": [
                            {"text": "Cywir", "correct": False, "feedback": "Mae hwn yn anghywir. Deallwch yn gyntaf. Mae pobl yn gweithredu mwy ar syniadau sy’n dod ganddyn nhw."},
                            {"text": "Anghywir", "correct": True, "feedback": "Iawn. Gwrandewch ac archwiliwch yn gyntaf. Gallwch chi awgrymu dewisiadau wedyn."},
                        ],
                    },
                    {
                        "kind": "single",
                        "text": "Fe wnaethoch chi anfon neges destun at rywun newydd, yna ffonio ar yr amser a ddywedoch chi, ond wnaethon nhw ddim ateb. Beth nesaf?",
                        "options": [
                            {"text": "Rhoi’r gorau iddi ar unwaith", "correct": False, "feedback": "Dydy dim ateb ddim bob amser yn golygu dim diddordeb. Mae credyd ffonau’n dod i ben, neu mae pobl yn newid ffôn."},
                            {"text": "Dal i ffonio bob awr nes eu bod yn ateb, er mwyn iddyn nhw wybod eich bod chi’n poeni amdanyn nhw", "correct": False, "feedback": "Ddylai cysylltiad byth deimlo fel pwysau nac aflonyddu."},
                            {"text": "Ffonio eu teulu i ddod o hyd iddyn nhw", "correct": False, "feedback": "Gallai hyn dorri eu cyfrinachedd. Holwch y person a wnaeth yr atgyfeiriad neu eich goruchwyliwr os ydych chi’n meddwl bod y rhif yn anghywir."},
                            {"text": "Anfon neges yn dweud pryd byddwch chi’n ffonio nesaf, a gadael iddyn nhw ddweud na", "correct": True, "feedback": "Ie. Cynigiwch amser arall, byddwch yn amyneddgar, a pharchwch eu dewis."},
                        ],
                    },
                    {
                        "kind": "true_false",
                        "text": "Os nad ydych chi’n gwybod yr ateb i gwestiwn, mae’n well dweud hynny na dyfalu.",
                        "options": [
                            {"text": "Cywir", "correct": True, "feedback": "Iawn. Mae gonestrwydd yn meithrin ymddiriedaeth. Cynigiwch gael gwybod."},
                            {"text": "Anghywir", "correct": False, "feedback": "Mae hwn yn gywir. Gall dyfalu gamarwain pobl. Mae dweud “Dw i ddim yn gwybod, ond fe wna i gael gwybod” yn meithrin ymddiriedaeth."},
                        ],
                    },
                    {
                        "kind": "single",
                        "text": "Mae rhywun rydych chi’n ei gefnogi yn dweud bod pob gweithiwr cymdeithasol yn dda i ddim. Beth yw’r ymateb gorau?",
                        "options": [
                            {"text": "Cytuno, er mwyn iddyn nhw deimlo eich bod chi ar eu hochr", "correct": False, "feedback": "Gall ymuno ei gwneud hi’n anoddach iddyn nhw ddefnyddio help y gallai fod ei angen arnyn nhw wedyn."},
                            {"text": "Dadlau eu bod nhw’n anghywir", "correct": False, "feedback": "Anaml y mae dadlau’n helpu. Gwrandewch ar y rhwystredigaeth yn gyntaf."},
                            {"text": "Clywed eu rhwystredigaeth heb gytuno", "correct": True, "feedback": "Ie. Gallwch chi glywed y teimlad heb ladd ar weithwyr eraill, yna siarad am beth allai helpu."},
                            {"text": "Dweud wrthyn nhw bod gweithwyr cymdeithasol yn gwneud gwaith anodd", "correct": False, "feedback": "Efallai ei fod yn wir, ond gall amddiffyn eraill yn gyntaf eu gadael yn teimlo nad ydyn nhw wedi cael eu clywed. Clywch y rhwystredigaeth, yna siaradwch am beth allai helpu."},
                        ],
                    },
                ],
            },
        },
    ],
}
