# ruff: noqa: E501
"""Y modiwl ffôn a negeseuon testun sy’n ofynnol i bawb ar leoliad ffôn ac i bawb a fydd yn
cadw llwyth achosion Camau Cyntaf (Welsh). Plain data only.
"""

SAFE_CONTACT = {
    "slug": "safe-texts-calls-and-voicemails",
    "title": "Negeseuon testun, galwadau a negeseuon llais diogel",
    "estimated_minutes": 20,
    "body": [
        ("heading", "Efallai nad eu ffôn nhw yn unig yw e"),
        ("text", "Efallai bod ffôn cyfranogwr Camau Cyntaf yn cael ei rannu gyda phartner neu deulu, yn cael ei ateb gan blentyn, neu’n cael ei ddarllen dros ysgwydd rhywun. Mae enw gwasanaeth cyffuriau ac alcohol ar sgrin yn dweud wrth bawb sy’n ei weld am ddefnydd y person. Felly mae pob neges destun, galwad a neges llais yn cael ei hysgrifennu fel pe bai rhywun arall yn gallu ei gweld neu ei chlywed."),
        ("heading", "Y neges destun gyntaf"),
        ("text", "Cadwch hi’n fyr ac yn syml:\n\n- eich enw cyntaf yn unig\n- dim enw gwasanaeth, a dim byd am alcohol, cyffuriau nac adferiad\n- pryd byddwch chi’n ffonio\n\nEr enghraifft: “Helô, Sam sy ’ma. Bydda i’n eich ffonio chi ddydd Iau am 2. Cadwch fy rhif os hoffech chi.” Os yw’r person yn ein hadnabod ni’n barod ac wedi dweud beth gall gael ei ysgrifennu, gallwch chi ddilyn beth ofynnodd e neu hi amdano."),
        ("heading", "Ai’r person iawn sydd yno?"),
        ("text", "Pan fydd rhywun yn ateb, gwiriwch â phwy rydych chi’n siarad cyn dweud dim byd arall: “Helô, ai Alex sydd yna?” Os mai rhywun arall sydd yno, dywedwch eich enw cyntaf yn unig ac y byddwch chi’n trio eto rywbryd arall. Peidiwch â dweud o ble rydych chi’n dod na pham rydych chi’n ffonio."),
        ("heading", "Ydy hi’n ddiogel i siarad?"),
        ("text", "Ar ôl i chi wybod mai’r person iawn sydd yno, gofynnwch: “Ydy hi’n ddiogel i siarad nawr?” Efallai bod rhywun yn y gwaith, ar fws, neu gyda pherson sy’n ei reoli. Cytunwch ar air neu ymadrodd y gallan nhw ei ddweud os oes angen iddyn nhw orffen yr alwad yn gyflym, fel “Sori, rhif anghywir”. Os ydyn nhw’n ei ddweud, gorffennwch yr alwad yn garedig a thriwch eto ar yr amser y gwnaethoch chi ei gytuno."),
        ("heading", "Negeseuon llais"),
        ("text", "Gadewch eich enw cyntaf, y byddwch chi’n trio eto, a phryd. Dim mwy. “Helô, Sam sy ’ma. Bydda i’n trio eto yfory am 11.”"),
        ("heading", "Plentyn yn ateb"),
        ("text", "Os bydd plentyn yn ateb, gofynnwch am y person wrth ei enw cyntaf yn unig, a pheidiwch â dweud dim byd am pam rydych chi’n ffonio. Os yw’r plentyn yn dweud ei fod ar ei ben ei hun a bod yr oedolyn yn sâl, ddim yn gallu cael ei ddeffro, neu os yw’r plentyn yn ofnus, mae hynny’n bryder diogelu: os oes unrhyw un mewn perygl ffoniwch 999, a dywedwch wrth eich goruchwyliwr yr un diwrnod."),
        ("heading", "Preifatrwydd ar eich pen chi"),
        ("text", "Gwnewch alwadau o le preifat, hyd yn oed os ydych chi’n gweithio gartref. Rhaid i bobl eraill yn eich cartref beidio â chlywed enwau na manylion. Defnyddiwch ffôn y gwaith, byth eich ffôn eich hun. Cadwch nodiadau ar system y sefydliad yn unig, nid ar bapur nac ar eich ffôn eich hun. Clowch y sgrin pan fyddwch chi’n camu i ffwrdd."),
        ("callout", {"kind": "tip", "title": "Tri gwiriad ar bob galwad", "text": "Y person iawn?\nDiogel i siarad?\nYr alwad nesaf wedi’i chytuno?"}),
        ("reflection", "Pwy allai weld neges destun ar eich ffôn chi? Beth fyddech chi eisiau i neges gan ddieithryn ei ddweud, pe bai’n ymwneud â chi?"),
    ],
    "quiz": None,
}

STRUCTURING_A_CALL = {
    "slug": "structuring-and-ending-a-call",
    "title": "Rhoi siâp i alwad a’i gorffen",
    "estimated_minutes": 20,
    "body": [
        ("heading", "Mae gan alwad siâp"),
        ("text", "Mae hyd yn oed galwad fer yn mynd yn well gyda dechrau, canol a diwedd.\n\n- Dechrau: gwiriwch mai’r person iawn sydd yno a’i bod hi’n ddiogel i siarad. Dywedwch faint o amser sydd gennych chi: “Mae gen i tua 15 munud.”\n- Canol: gadewch iddyn nhw arwain. Defnyddiwch gwestiynau agored, adlewyrchu a chrynhoi. Yn gynnar, cadwch bethau’n ysgafn. Does dim rhaid i alcohol a chyffuriau fod y pwnc cyntaf.\n- Diwedd: crynhowch beth wnaethoch chi siarad amdano ac unrhyw beth a gafodd ei gytuno. Trefnwch yr alwad nesaf bob amser: diwrnod ac amser. Yna ffarweliwch yn gynnes."),
        ("heading", "Galwadau cynnar"),
        ("text", "Mae’r galwadau cyntaf yn ymwneud â dod i adnabod eich gilydd. Holwch am eu diwrnod, beth sy’n bwysig iddyn nhw, a beth fyddai’n helpu. Dros yr ychydig alwadau nesaf, siaradwch am eu hiechyd, ble maen nhw’n aros ac a yw’n ddiogel, ac a ydyn nhw’n bwyta. Dilynwch eu blaenoriaethau nhw, nid rhestr wirio."),
        ("heading", "Gorffen yn dda"),
        ("text", "Mae diweddglo’n bwysig, achos efallai y bydd y person ar ei ben ei hun pan fydd yr alwad yn stopio. Rhowch rybudd ychydig funudau cyn hynny: “Mae gennym ni tua phum munud ar ôl.” Os bydd rhywbeth mawr yn codi reit ar y diwedd, dywedwch eich bod chi wedi ei glywed, a chytunwch pryd byddwch chi’n siarad amdano. Os yw’n bryder am ddiogelwch, all e ddim aros: deliwch ag e cyn i chi roi’r ffôn i lawr."),
        ("heading", "Dim ateb"),
        ("text", "Os nad ydyn nhw’n ateb ar yr amser a ddywedoch chi, anfonwch neges yn dweud pryd byddwch chi’n ffonio nesaf. Dydy dim ateb ddim yn golygu dim diddordeb: mae credyd pobl yn dod i ben, maen nhw’n colli ffonau neu’n newid rhifau. Gall rhif sydd ddim yn gweithio o gwbl olygu ffôn newydd, felly holwch y person a wnaeth yr atgyfeiriad. Rhowch y dewis i bobl stopio’r galwadau unrhyw bryd, a pharchwch “na” ar unwaith."),
        ("heading", "Nodiadau ar ôl pob galwad"),
        ("text", "Yn syth ar ôl yr alwad, ysgrifennwch nodiadau byr ar system y sefydliad: y dyddiad, a wnaethoch chi gael ateb, beth wnaethoch chi siarad amdano, beth a gafodd ei gytuno, yr alwad nesaf, ac unrhyw bryder. Ysgrifennwch ffeithiau, mewn geiriau syml, fel pe bai’r person yn gallu eu darllen un diwrnod, achos mae ganddyn nhw hawl i wneud hynny."),
        ("heading", "Gweithio ar eich pen eich hun"),
        ("text", "Os ydych chi’n gwneud galwadau ar eich pen eich hun, dywedwch wrth rywun pryd rydych chi’n dechrau ac yn gorffen. Gwybod pwy i’w ffonio os yw galwad yn eich poeni, a chadw’r rhif hwnnw wrth law. Os yw rhywun yn ymosodol neu’n bygwth ar y ffôn, gallwch chi orffen yr alwad: “Dw i’n mynd i orffen yr alwad nawr. Bydda i’n trio eto ddiwrnod arall.” Dywedwch wrth eich goruchwyliwr."),
        ("callout", {"kind": "tip", "title": "Trefnwch yr alwad nesaf bob amser", "text": "Diwrnod ac amser, cyn i chi ffarwelio. Yna anfonwch neges i atgoffa."}),
        ("reflection", "Sut hoffech chi i alwad ffôn orffen, pan mai chi yw’r un sy’n cael trafferth? Beth allech chi ei gopïo o hynny?"),
    ],
    "quiz": None,
}

INFORMATION_AND_RIGHTS = {
    "slug": "how-their-information-is-looked-after",
    "title": "Dweud wrth rywun sut mae ei wybodaeth yn cael ei chadw",
    "estimated_minutes": 15,
    "body": [
        ("heading", "Pam rydyn ni’n ei ddweud"),
        ("text", "Ddaeth y rhan fwyaf o gyfranogwyr Camau Cyntaf ddim aton ni eu hunain: fe wnaeth rhywun eu hatgyfeirio, ac mae eu manylion yn ein cofnodion ni nawr. Mae’r gyfraith yn dweud bod rhaid dweud wrthyn nhw, mewn geiriau maen nhw’n eu deall, beth rydyn ni’n ei gadw amdanyn nhw, pam, pwy sy’n ei weld, am faint rydyn ni’n ei gadw, a beth yw eu hawliau. Dywedwch hyn yn gynnar, fel arfer ar yr alwad gyntaf neu’r ail, unwaith y byddwch chi’n gwybod ei bod hi’n ddiogel i siarad. Yna nodwch eich bod chi wedi ei ddweud."),
        ("heading", "Beth rydych chi’n ei ddweud"),
        ("text", "Defnyddiwch eich geiriau eich hun, ond soniwch am bob pwynt. Er enghraifft:\n\n- O ble cawson ni eich rhif: “Fe roddodd tîm yr ysbyty eich rhif i ni, am i chi ddweud ei bod hi’n iawn i ni ffonio.”\n- Beth rydyn ni’n ei ysgrifennu: “Dw i’n cadw nodiadau byr o’n galwadau, er mwyn i fi gofio beth sy’n bwysig i chi a beth wnaethon ni ei gytuno.”\n- Pwy sy’n eu gweld: “Maen nhw’n cael eu cadw’n ddiogel ar ein system. Y bobl sy’n gallu eu gweld yw fi, fy ngoruchwyliwr, a’r rheolwyr sy’n gwneud yn siŵr ein bod ni’n gwneud gwaith da.”\n- Pryd rydyn ni’n rhannu: “Dydyn ni ddim yn eu rhannu gydag unrhyw un arall heb ofyn i chi, oni bai fy mod i’n poeni bod rhywun mewn perygl o niwed difrifol. Yna dw i’n siarad â fy ngoruchwyliwr, ac maen nhw’n penderfynu beth i’w wneud. Alla i ddim addo cadw popeth yn breifat.”\n- Am faint: “Rydyn ni’n cadw’r nodiadau am gyfnod penodol ar ôl i ni fod mewn cysylltiad ddiwethaf, yna’n eu dileu.” Bydd eich goruchwyliwr yn dweud wrthoch chi pa gyfnod mae eich sefydliad yn ei ddefnyddio.\n- Eich hawliau: “Gallwch chi ofyn am gael gweld beth sydd gennym amdanoch chi, gofyn i ni ei gywiro, neu ofyn i ni ei ddileu. Gallwch chi stopio’r galwadau unrhyw bryd. Os ydych chi’n anhapus gyda sut rydyn ni’n ei drin, gallwch chi gwyno wrthon ni, neu wrth Swyddfa’r Comisiynydd Gwybodaeth.”"),
        ("heading", "Gwiriwch eu bod wedi deall"),
        ("text", "Gofynnwch: “Ydy hynny’n gwneud synnwyr? Oes unrhyw beth hoffech chi ei ofyn?” Os ydyn nhw’n feddw neu’n uchel, neu os nad yw’n amser da, dywedwch e eto ar alwad arall. Os ydyn nhw’n gofyn am rywbeth na allwch chi ei ateb, fel copi o’u nodiadau, dywedwch wrthyn nhw y byddwch chi’n ei drosglwyddo, a dywedwch wrth eich goruchwyliwr yr un diwrnod."),
        ("heading", "Os ydyn nhw’n dweud na"),
        ("text", "Os nad yw rhywun eisiau i ni gadw nodiadau, neu ddim eisiau galwadau, dywedwch wrth eich goruchwyliwr. Gall person sy’n stopio ddod yn ôl unrhyw bryd."),
        ("callout", {"kind": "tip", "title": "Dywedwch e, yna nodwch e", "text": "O ble daeth y rhif. Pwy sy’n gweld y nodiadau. Am faint rydyn ni’n eu cadw. Eu hawliau."}),
        ("reflection", "Sut fyddech chi’n teimlo pe bai dieithryn yn ffonio ac yn gwybod eich rhif a rhywbeth amdanoch chi? Beth fyddai’n eich helpu i ymddiried ynddo?"),
    ],
    "quiz": None,
}

HARD_CALLS = {
    "slug": "when-a-call-is-hard",
    "title": "Pan fydd galwad yn anodd",
    "estimated_minutes": 25,
    "body": [
        ("heading", "Mae’r person yn feddw neu’n uchel"),
        ("text", "Os yw rhywun yn feddw neu’n uchel, penderfynwch a ydych chi am ddal ati neu ffonio’n ôl. Daliwch ati os ydyn nhw’n gallu eich dilyn ac eisiau siarad, a chadwch bethau’n fyr ac yn syml. Ffoniwch yn ôl os nad ydyn nhw’n gallu eich dilyn, neu’n ailadrodd eu hunain o hyd: “Mae’n swnio fel nad yw nawr yn amser da. Alla i eich ffonio chi yfory am 11?” Peidiwch â gwneud cynlluniau na chytuno ar ddim byd pwysig. Gall bod yn feddw neu’n uchel gymryd galluedd person i ffwrdd am gyfnod, felly mae penderfyniadau mawr yn aros."),
        ("heading", "Cael help i rywun ar y ffôn"),
        ("text", "Os ydych chi’n meddwl bod rhywun ar y ffôn mewn perygl, er enghraifft maen nhw’n dweud eu bod wedi cymryd gorddos, ddim yn gallu aros yn effro, neu’n bwriadu dod â’u bywyd i ben heno:\n\n- Gofynnwch ble maen nhw ar hyn o bryd: y cyfeiriad, neu beth maen nhw’n gallu ei weld. Ysgrifennwch e i lawr.\n- Gofynnwch a oes unrhyw un gyda nhw sy’n gallu ffonio 999 neu agor y drws.\n- Ffoniwch 999 eich hun ar ffôn arall os gallwch chi, ac arhoswch ar y lein gyda nhw. Os mai dim ond un ffôn sydd gennych chi, dywedwch wrthyn nhw eich bod yn ffonio am help a ffoniwch nhw’n ôl yn syth.\n- Rhowch bopeth rydych chi’n ei wybod i’r person sy’n ateb yr alwad: eu henw, eu rhif, ble maen nhw, beth ddywedon nhw.\n\nOs nad ydych chi’n gwybod ble maen nhw, ffoniwch 999 beth bynnag a dywedwch hynny. Dywedwch wrth eich goruchwyliwr cyn gynted ag y gallwch."),
        ("heading", "Galwad argyfwng"),
        ("text", "Os yw rhywun yn ofidus iawn, arafwch. Gwrandewch fwy nag rydych chi’n siarad. Gofynnwch yn uniongyrchol am hunanladdiad os ydych chi’n poeni. Os nad ydyn nhw mewn perygl ar unwaith, helpwch nhw i gysylltu â NHS 111, opsiwn 2, neu Samaritans ar 116 123, cytunwch sut byddan nhw’n cadw’n ddiogel tan hynny, a threfnwch yr alwad nesaf. Dywedwch wrth eich goruchwyliwr yr un diwrnod."),
        ("heading", "Ar ôl galwad anodd"),
        ("text", "Gall galwad anodd aros gyda chi, a gall godi eich atgofion eich hun. Wedyn, cymerwch ychydig funudau cyn yr alwad nesaf. Ysgrifennwch eich nodiadau. Siaradwch â’ch goruchwyliwr neu’r person rydych chi’n gweithio gydag e, yr un diwrnod os gallwch chi. Dewch â’r peth i’ch sgwrs 1:1 a’ch grŵp cymheiriaid. Os yw wedi ysgwyd eich adferiad eich hun, dywedwch hynny: dyna beth yw pwrpas goruchwyliaeth."),
        ("callout", {"kind": "worried", "title": "Mae rhywun ar y ffôn mewn perygl", "text": "Gofynnwch ble maen nhw.\nFfoniwch 999 ac arhoswch ar y lein.\nDywedwch wrth eich goruchwyliwr."}),
        ("reflection", "Beth sy’n eich helpu i setlo ar ôl sgwrs anodd? Wrth bwy fyddwch chi’n siarad ar ôl eich galwad anodd gyntaf?"),
    ],
    "quiz": {
        "pass_mark": 80,
        "questions": [
            {
                "kind": "single",
                "text": "Rydych chi’n anfon neges destun gyntaf at rywun sydd wedi’i atgyfeirio gan ysbyty. Pa un yw’r mwyaf diogel?",
                "options": [
                    {"text": "“Helô, Sam o’r Gwasanaeth Adferiad sy ’ma. Bydda i’n ffonio ddydd Iau.”", "correct": False, "feedback": "Gallai enwi’r gwasanaeth ddweud wrth unrhyw un sy’n gweld y ffôn am ddefnydd y person."},
                    {"text": "“Helô Alex, gofynnodd yr ysbyty i ni ffonio am eich yfed.”", "correct": False, "feedback": "Peidiwch byth â sôn am yfed na chyffuriau mewn neges destun. Efallai y bydd rhywun arall yn ei darllen."},
                    {"text": "“Helô, Sam sy ’ma. Bydda i’n eich ffonio chi ddydd Iau am 2.”", "correct": True, "feedback": "Ie. Enw cyntaf ac amser: dim byd sy’n dweud wrth unrhyw un arall amdanyn nhw."},
                    {"text": "“Ffoniwch y tîm alcohol yn ôl cyn gynted ag y gallwch chi.”", "correct": False, "feedback": "Mae hyn yn enwi pwrpas yr alwad. Cadwch negeseuon yn syml."},
                ],
            },
            {
                "kind": "single",
                "text": "Mae plentyn yn ateb y ffôn. Beth ydych chi’n ei ddweud?",
                "options": [
                    {"text": "Egluro pwy ydych chi a’ch bod chi’n helpu gydag adferiad", "correct": False, "feedback": "Mae hyn yn dweud wrth y plentyn am ddefnydd yr oedolyn. Dywedwch eich enw cyntaf yn unig."},
                    {"text": "Gofyn i’r plentyn faint mae ei riant wedi bod yn yfed", "correct": False, "feedback": "Peidiwch byth â holi plentyn am ddefnydd oedolyn."},
                    {"text": "Gofyn i’r plentyn basio neges ymlaen am yr alwad", "correct": False, "feedback": "Gallai neges ddatgelu pam roeddech chi’n ffonio. Gofynnwch am y person wrth ei enw cyntaf yn unig."},
                    {"text": "Gofyn am y person wrth ei enw cyntaf yn unig", "correct": True, "feedback": "Ie. Os yw’r plentyn yn ymddangos ar ei ben ei hun neu’n ofnus, mae hynny’n bryder diogelu."},
                ],
            },
            {
                "kind": "multiple",
                "text": "Mae rhywun rydych chi’n ei ffonio yn siarad yn aneglur ac yn methu dilyn beth rydych chi’n ei ddweud. Pa rai o’r rhain sy’n iawn? Dewiswch bob un sy’n berthnasol.",
                "options": [
                    {"text": "Cynnig ffonio’n ôl ar amser penodol", "correct": True, "feedback": "Ie. Cadwch bethau’n fyr a threfnwch yr alwad nesaf."},
                    {"text": "Cytuno ar gynllun newydd ar gyfer eu triniaeth", "correct": False, "feedback": "Na. Mae penderfyniadau mawr yn aros nes eu bod yn gallu eu dilyn a’u pwyso a’u mesur."},
                    {"text": "Os ydyn nhw’n dweud eu bod wedi cymryd rhywbeth ac yn methu aros yn effro, gofyn ble maen nhw a ffonio 999", "correct": True, "feedback": "Ie. Mae hynny’n argyfwng."},
                    {"text": "Dweud y drefn wrthyn nhw am yfed", "correct": False, "feedback": "Na. Arhoswch yn gynnes a heb farnu. Ffoniwch yn ôl pan fyddan nhw’n gallu siarad."},
                ],
            },
            {
                "kind": "single",
                "text": "Ar alwad, mae rhywun yn dweud ei fod wedi cymryd ei holl dabledi. Dydych chi ddim yn gwybod ble mae e. Beth ydych chi’n ei wneud yn gyntaf?",
                "options": [
                    {"text": "Gorffen yr alwad a ffonio eich goruchwyliwr ar unwaith am gyngor", "correct": False, "feedback": "All hyn ddim aros am gyngor. Gofynnwch ble mae e a ffoniwch 999."},
                    {"text": "Gofyn ble mae e, yna ffonio 999 ac aros gydag e", "correct": True, "feedback": "Ie. Hyd yn oed heb gyfeiriad, ffoniwch 999 a dywedwch beth rydych chi’n ei wybod."},
                    {"text": "Dweud wrtho am yfed dŵr a chysgu’r peth i ffwrdd", "correct": False, "feedback": "Mae gorddos angen 999. Peidiwch byth â’i adael i gysgu’r peth i ffwrdd."},
                    {"text": "Anfon rhif Samaritans ato mewn neges", "correct": False, "feedback": "Dydy Samaritans ddim yn wasanaeth brys. Mae angen 999 ar hyn nawr."},
                ],
            },
            {
                "kind": "true_false",
                "text": "Gallwch chi ddweud wrth gyfranogwr Camau Cyntaf y bydd popeth mae’n ei ddweud yn aros yn breifat.",
                "options": [
                    {"text": "Cywir", "correct": False, "feedback": "Mae hwn yn anghywir. Mae nodiadau’n cael eu cadw a’u trafod mewn goruchwyliaeth, ac mae pryder am risg yn cael ei drosglwyddo."},
                    {"text": "Anghywir", "correct": True, "feedback": "Iawn. Eglurwch pwy sy’n gweld y nodiadau, ac na allwch chi addo cadw popeth yn breifat."},
                ],
            },
            {
                "kind": "single",
                "text": "Pryd dylech chi ddweud wrth gyfranogwr Camau Cyntaf sut mae ei wybodaeth yn cael ei chadw a beth yw ei hawliau?",
                "options": [
                    {"text": "Dim ond os yw’n gofyn amdano", "correct": False, "feedback": "Ddim yn hollol. Mae ganddo hawl i gael gwybod, p’un a yw’n gofyn neu beidio."},
                    {"text": "Byth: mae’r person a wnaeth yr atgyfeiriad wedi dweud wrtho’n barod", "correct": False, "feedback": "Ddim yn hollol. Rhaid i ni ddweud wrtho ein hunain beth rydyn ni’n ei gadw a pham."},
                    {"text": "Yn y neges destun gyntaf rydych chi’n ei hanfon", "correct": False, "feedback": "Ddim yn hollol. Efallai y bydd rhywun arall yn darllen neges destun. Dywedwch e ar alwad."},
                    {"text": "Yn gynnar ar alwad, unwaith y bydd hi’n ddiogel i siarad", "correct": True, "feedback": "Ie. Yna nodwch eich bod chi wedi ei ddweud."},
                ],
            },
        ],
    },
}

PHONE_AND_TEXT_SUPPORT = {
    "slug": "phone-and-text-support",
    "title": "Cymorth dros y ffôn a thrwy negeseuon testun: y pethau hanfodol",
    "category": "placement",
    "delivery": "online",
    "summary": "Beth mae pawb sy’n cefnogi pobl dros y ffôn ei angen cyn eu galwad gyntaf: negeseuon a galwadau diogel, siâp galwad, egluro sut mae gwybodaeth yn cael ei chadw, a beth i’w wneud pan fydd galwad yn anodd.",
    "estimated_minutes": 80,
    "validity_months": 36,
    "for_roles": ["Volunteer", "Supervisor"],
    "for_placements": ["telephone"],
    "for_first_steps": True,
    "prerequisites": [],
    "accreditation": "",
    "modules": [
        {
            "slug": "before-your-first-call",
            "title": "Cyn eich galwad gyntaf",
            "summary": "Cadw galwadau’n ddiogel ac yn breifat ar y ddau ben, rhoi siâp i bob galwad, a dweud wrth bobl sut mae eu gwybodaeth yn cael ei chadw.",
            "classroom_day": None,
            "lessons": [SAFE_CONTACT, STRUCTURING_A_CALL, INFORMATION_AND_RIGHTS, HARD_CALLS],
        },
    ],
}

PHONE_COURSES = [PHONE_AND_TEXT_SUPPORT]
